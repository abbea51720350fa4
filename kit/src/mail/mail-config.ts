import path from "node:path";
import { z } from "zod";
import { envPrefix } from "../config/subgraph-config";
import { parseEnv } from "../config/env";
import { repoRoot } from "../paths";
import type { MailConfig } from "./create-mailer";
import { isEmailAddress } from "./email-address";
import { addressOf } from "./mime-message";
import { parseSmtpUrl } from "./smtp-url";

export interface MailSettings {
  /** The From header when the variable is not set, e.g. `DCX Cloud Billing <billing@dcx.cloud>`. */
  defaultFrom: string;
  /** The variable that overrides the From header; `<SERVICE>_MAIL_FROM` by default. */
  fromVariable?: string;
}

/** `"Name <address>"` or a bare address, on one line, with an ordinary address in it. */
export const isMailbox = (from: string) => !/[\r\n]/.test(from) && isEmailAddress(addressOf(from).toLowerCase());

/** `MAIL_FROM` for tenancy would be `TENANCY_MAIL_FROM`; `telemetry-billing` → `TELEMETRY_BILLING_MAIL_FROM`. */
export const mailFromVariable = (service: string, settings: MailSettings) =>
  settings.fromVariable ?? `${envPrefix(service)}_MAIL_FROM`;

/**
 * How a service sends mail, shared by every service that does: `SMTP_URL` (one relay for the
 * platform; without it mail is written to the outbox folder), `OUTBOX_DIR` (default
 * `<DATA_DIR>/outbox`, the same folder for every service) and the service's own From address.
 * Throws a ConfigError listing every problem.
 */
export function loadMailConfig(
  service: string,
  settings: MailSettings,
  env: Record<string, string | undefined> = process.env,
): MailConfig {
  const fromVariable = mailFromVariable(service, settings);
  const parsed = parseEnv(
    {
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
        .default(settings.defaultFrom)
        .refine(isMailbox, { message: 'must be an address or "Name <address>"' }),
    },
    env,
  ) as { DATA_DIR: string; SMTP_URL: MailConfig["smtp"]; OUTBOX_DIR: string | undefined } & Record<string, unknown>;
  return {
    smtp: parsed.SMTP_URL,
    outboxDir: parsed.OUTBOX_DIR ?? path.join(parsed.DATA_DIR, "outbox"),
    from: parsed[fromVariable] as string,
  };
}
