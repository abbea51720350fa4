import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../config/env";
import { repoRoot } from "../paths";
import { createMailer } from "./create-mailer";
import { loadMailConfig, mailFromVariable } from "./mail-config";
import { OutboxMailer } from "./outbox-mailer";
import { SmtpMailer } from "./smtp-mailer";

const BILLING = { defaultFrom: "DCX Cloud Billing <billing@dcx.cloud>" };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadMailConfig("wallet", BILLING, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("loadMailConfig", () => {
  it("writes to the shared outbox under DATA_DIR with the service's default sender", () => {
    const config = loadMailConfig("wallet", BILLING, {});
    expect(config).toEqual({
      smtp: undefined,
      outboxDir: path.join(repoRoot, ".data", "outbox"),
      from: BILLING.defaultFrom,
    });
    expect(createMailer(config)).toBeInstanceOf(OutboxMailer);
    expect(loadMailConfig("wallet", BILLING, { DATA_DIR: "/srv/dcx" }).outboxDir).toBe(path.join("/srv/dcx", "outbox"));
    expect(loadMailConfig("wallet", BILLING, { OUTBOX_DIR: "/tmp/mail" }).outboxDir).toBe("/tmp/mail");
  });

  it("reads the sender from <SERVICE>_MAIL_FROM, or the variable the service names", () => {
    expect(mailFromVariable("telemetry-billing", BILLING)).toBe("TELEMETRY_BILLING_MAIL_FROM");
    const env = { WALLET_MAIL_FROM: "Accounts <accounts@dcx.cloud>", MAIL_FROM: "Other <other@dcx.cloud>" };
    expect(loadMailConfig("wallet", BILLING, env).from).toBe("Accounts <accounts@dcx.cloud>");
    expect(loadMailConfig("tenancy", { ...BILLING, fromVariable: "MAIL_FROM" }, env).from).toBe(
      "Other <other@dcx.cloud>",
    );
  });

  it("sends over SMTP when SMTP_URL is set", () => {
    const config = loadMailConfig("wallet", BILLING, { SMTP_URL: "smtps://mailer:secret@mail.dcx.cloud" });
    expect(config.smtp).toEqual({
      host: "mail.dcx.cloud",
      port: 465,
      implicitTls: true,
      username: "mailer",
      password: "secret",
    });
    expect(createMailer(config)).toBeInstanceOf(SmtpMailer);
  });

  it("lists every problem at once", () => {
    const problems = problemsOf({
      SMTP_URL: "http://mail.dcx.cloud",
      WALLET_MAIL_FROM: "Billing <nobody>\r\nBcc: x@y.co",
    });
    expect(problems.map((problem) => problem.split(":")[0])).toEqual(["SMTP_URL", "WALLET_MAIL_FROM"]);
  });
});
