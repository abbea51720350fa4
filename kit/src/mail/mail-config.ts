import path from "node:path";
import { z } from "zod";
import { envPrefix } from "../config/subgraph-config";
import { ConfigError, parseEnv } from "../config/env";
import { repoRoot } from "../paths";
import type { MailConfig } from "./create-mailer";
import { readDkimSettings } from "./dkim-config";
import { isEmailAddress } from "./email-address";
import { parseMailbox } from "./mailbox";
import { parseSmtpUrl } from "./smtp-url";

export interface MailSettings {
  /** The From header when the variable is not set, e.g. `DCX Cloud Billing <billing@dcx.cloud>`. */
  defaultFrom: string;
  /** The variable that overrides the From header; `<SERVICE>_MAIL_FROM` by default. */
  fromVariable?: string;
}

/** `"Name <address>"` or a bare address, on one line, with an ordinary address in it. */
export function isMailbox(from: string): boolean {
  const mailbox = parseMailbox(from);
  return mailbox !== undefined && isEmailAddress(mailbox.address.toLowerCase());
}

/** `MAIL_FROM` for tenancy would be `TENANCY_MAIL_FROM`; `telemetry-billing` → `TELEMETRY_BILLING_MAIL_FROM`. */
export const mailFromVariable = (service: string, settings: MailSettings) =>
  settings.fromVariable ?? `${envPrefix(service)}_MAIL_FROM`;

/**
 * How a service sends mail, shared by every service that does: `SMTP_URL` (one relay for the
 * platform; without it mail is written to the outbox folder), `OUTBOX_DIR` (default
 * `<DATA_DIR>/outbox`, the same folder for every service), the service's own From address and,
 * optionally, DKIM signing (`SMTP_DKIM_*`). Throws a ConfigError listing every problem.
 */
export function loadMailConfig(
  service: string,
  settings: MailSettings,
  env: Record<string, string | undefined> = process.env,
): MailConfig {
  const fromVariable = mailFromVariable(service, settings);
  const dkim = readDkimSettings(env);
  let parsed: MailEnv;
  try {
    parsed = parseEnv(mailEnv(fromVariable, settings.defaultFrom), env) as MailEnv;
  } catch (error) {
    throw error instanceof ConfigError ? new ConfigError([...error.problems, ...dkim.problems]) : error;
  }
  if (dkim.problems.length > 0) throw new ConfigError(dkim.problems);
  return {
    smtp: parsed.SMTP_URL,
    outboxDir: parsed.OUTBOX_DIR ?? path.join(parsed.DATA_DIR, "outbox"),
    from: parsed[fromVariable] as string,
    dkim: dkim.dkim,
  };
}

/** The parsed variables; the From variable's name varies by service, hence the record. */
type MailEnv = { DATA_DIR: string; SMTP_URL: MailConfig["smtp"]; OUTBOX_DIR: string | undefined } & Record<
  string,
  unknown
>;

const mailEnv = (fromVariable: string, defaultFrom: string) => ({
  DATA_DIR: z.string().default(path.join(repoRoot, ".data")),
  SMTP_URL: z
    .string()
    .optional()
    .transform((text, context) => {
      if (!text) return undefined;
      try {
        return parseSmtpUrl(text);
      } catch (error) {
        context.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
  OUTBOX_DIR: z.string().optional(),
  [fromVariable]: z
    .string()
    .default(defaultFrom)
    .refine(isMailbox, { message: 'must be an address or "Name <address>"' }),
});
