import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../config/env";
import { repoRoot } from "../paths";
import { createMailer, describeMailDestination } from "./create-mailer";
import { isMailbox, loadMailConfig, mailFromVariable } from "./mail-config";
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

  it("takes one sender, never a list, a group or a second line", () => {
    expect(
      ["DCX Cloud <no-reply@dcx.cloud>", "ops@dcx.cloud", '"Billing, DCX" <billing@dcx.cloud>'].map(isMailbox),
    ).toEqual([true, true, true]);
    expect(
      [
        "a@dcx.cloud, b@dcx.cloud",
        "Team: a@dcx.cloud;",
        "Billing <nobody>",
        "Ops <ops@dcx.cloud>\r\nBcc: x@y.co",
        "",
      ].map(isMailbox),
    ).toEqual([false, false, false, false, false]);
  });

  it("lists every problem at once", () => {
    const problems = problemsOf({
      SMTP_URL: "http://mail.dcx.cloud",
      WALLET_MAIL_FROM: "Billing <nobody>\r\nBcc: x@y.co",
      SMTP_DKIM_DOMAIN: "dcx.cloud",
    });
    expect(problems.map((problem) => problem.split(":")[0])).toEqual([
      "SMTP_URL",
      "WALLET_MAIL_FROM",
      "SMTP_DKIM_SELECTOR",
      "SMTP_DKIM_PRIVATE_KEY_FILE",
    ]);
  });
});

describe("DKIM settings", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "dcx-dkim-"));
  const keyFile = (name: string, pem: string) => {
    const file = path.join(folder, name);
    writeFileSync(file, pem, { mode: 0o600 });
    return file;
  };
  const rsaPem = generateKeyPairSync("rsa", { modulusLength: 2048 })
    .privateKey.export({ type: "pkcs8", format: "pem" })
    .toString();
  const dkimEnv = (overrides: Record<string, string> = {}) => ({
    SMTP_URL: "smtp://mail.dcx.cloud",
    SMTP_DKIM_DOMAIN: "DCX.cloud",
    SMTP_DKIM_SELECTOR: "mail2026",
    SMTP_DKIM_PRIVATE_KEY_FILE: keyFile("rsa.pem", rsaPem),
    ...overrides,
  });

  it("reads the key at start and signs every message with it", () => {
    const config = loadMailConfig("wallet", BILLING, dkimEnv());
    expect(config.dkim).toEqual({ domainName: "dcx.cloud", keySelector: "mail2026", privateKey: rsaPem });
    expect(describeMailDestination(config)).toBe(
      "SMTP smtp://mail.dcx.cloud:587, DKIM-signed as mail2026._domainkey.dcx.cloud",
    );
    expect(describeMailDestination(config)).not.toContain("PRIVATE KEY");
    expect(loadMailConfig("wallet", BILLING, {}).dkim).toBeUndefined();
  });

  it("takes all three variables or none", () => {
    expect(problemsOf({ SMTP_DKIM_SELECTOR: "mail2026" })).toEqual([
      "SMTP_DKIM_DOMAIN: required when any SMTP_DKIM_* variable is set",
      "SMTP_DKIM_PRIVATE_KEY_FILE: required when any SMTP_DKIM_* variable is set",
    ]);
  });

  it("refuses a missing file, a key that is not RSA, and a malformed domain or selector", () => {
    expect(problemsOf(dkimEnv({ SMTP_DKIM_PRIVATE_KEY_FILE: path.join(folder, "absent.pem") }))).toEqual([
      expect.stringMatching(/^SMTP_DKIM_PRIVATE_KEY_FILE: cannot read .*absent\.pem \(ENOENT\)$/),
    ]);
    const ed25519 = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    for (const pem of [ed25519, "not a key"]) {
      expect(problemsOf(dkimEnv({ SMTP_DKIM_PRIVATE_KEY_FILE: keyFile("other.pem", pem) }))).toEqual([
        expect.stringMatching(/^SMTP_DKIM_PRIVATE_KEY_FILE: .* is not an RSA private key/),
      ]);
    }
    expect(problemsOf(dkimEnv({ SMTP_DKIM_DOMAIN: "localhost", SMTP_DKIM_SELECTOR: "mail 2026" }))).toEqual([
      expect.stringMatching(/^SMTP_DKIM_DOMAIN: /),
      expect.stringMatching(/^SMTP_DKIM_SELECTOR: /),
    ]);
  });
});
