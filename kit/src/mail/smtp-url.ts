import { isIP } from "node:net";

/** Where and how to reach an SMTP server, read from `SMTP_URL`. */
export interface SmtpServer {
  host: string;
  port: number;
  /** `smtps://`: TLS from the first byte (port 465). `smtp://` upgrades with STARTTLS when offered. */
  implicitTls: boolean;
  username?: string;
  password?: string;
}

/**
 * `smtp://user:pass@mail.example.com:587` or `smtps://…:465`. User and password are
 * percent-decoded, so a password with `@` or `:` is written `%40` / `%3A`.
 */
export function parseSmtpUrl(text: string): SmtpServer {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error("SMTP_URL is not a URL (expected smtp://user:pass@host:587 or smtps://…)");
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
  }
  if (!url.hostname) throw new Error("SMTP_URL has no host");
  const implicitTls = url.protocol === "smtps:";
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port ? Number(url.port) : implicitTls ? 465 : 587,
    implicitTls,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
  };
}

/** The server without its credentials, for log lines. */
export const describeSmtpServer = (server: SmtpServer) =>
  `${server.implicitTls ? "smtps" : "smtp"}://${isIP(server.host) === 6 ? `[${server.host}]` : server.host}:${server.port}`;

/** Credentials may cross an unencrypted connection only when it never leaves this machine. */
export function mayAuthenticateWithoutTls(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
