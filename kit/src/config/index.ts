/**
 * `@dcx/kit/config`: reading configuration and key files, without the server libraries the
 * kit's index loads (Apollo, Drizzle, PGlite, OpenTelemetry, …). For what must stay light: the
 * launcher of `npm start`, which only reads settings and watches processes, and the
 * configuration modules it shares with the services.
 */
export * from "./env";
export * from "./subgraph-config";
export { repoRoot } from "../paths";
export { loadMailConfig } from "../mail/mail-config";
export type { MailConfig } from "../mail/create-mailer";
export * from "../keys/ed25519-keys";
export * from "../keys/secret-box";
export * from "../files/create-file-once";
