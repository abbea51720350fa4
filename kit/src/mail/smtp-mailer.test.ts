import { afterEach, describe, expect, it } from "vitest";
import { SmtpMailer, type SmtpMailerOptions } from "./smtp-mailer";
import { TEST_TLS_CERTIFICATE, TEST_TLS_KEY } from "../testing/smtp-test-certificate";
import { type SmtpTestServer, type SmtpTestServerOptions, startSmtpTestServer } from "../testing/smtp-test-server";
import { parseSmtpUrl } from "./smtp-url";

const certificate = { cert: TEST_TLS_CERTIFICATE, key: TEST_TLS_KEY };
const trustTestCertificate = { ca: TEST_TLS_CERTIFICATE };
const message = { to: "jane@vodacom.co.za", subject: "Your DCX Cloud sign-in code", text: "Code: 123456\n.\nBye" };

describe("SmtpMailer against a local SMTP server", () => {
  let server: SmtpTestServer | undefined;
  afterEach(() => server?.close());

  async function mailerFor(
    url: (port: number) => string,
    serverOptions: SmtpTestServerOptions,
    extra: Partial<SmtpMailerOptions> = {},
  ) {
    server = await startSmtpTestServer(serverOptions);
    const port = server.port;
    return new SmtpMailer({
      server: parseSmtpUrl(url(port)),
      from: "DCX Cloud <no-reply@dcx.cloud>",
      clientName: "tenancy.test",
      ...extra,
    });
  }

  it("delivers over plain SMTP: EHLO, MAIL FROM, RCPT TO, DATA, QUIT", async () => {
    const mailer = await mailerFor((port) => `smtp://127.0.0.1:${port}`, {});
    await mailer.send(message);
    expect(server!.commands).toEqual([["EHLO", "MAIL", "RCPT", "DATA", "QUIT"]]);
    const [mail] = server!.received;
    expect(mail).toMatchObject({
      clientName: "tenancy.test",
      sender: "no-reply@dcx.cloud",
      recipients: ["jane@vodacom.co.za"],
    });
    expect(mail!.data).toContain("Subject: Your DCX Cloud sign-in code\r\n");
    // The lone "." line survives dot-stuffing instead of ending the message early.
    expect(mail!.data.endsWith("\r\n\r\nCode: 123456\r\n.\r\nBye\r\n")).toBe(true);
  });

  it("upgrades with STARTTLS, verifies the certificate and then authenticates with AUTH PLAIN", async () => {
    const credentials = { username: "mailer@dcx.cloud", password: "p@ss:w0rd/%" };
    const mailer = await mailerFor(
      (port) => `smtp://mailer%40dcx.cloud:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`,
      { certificate, credentials },
      { tls: trustTestCertificate },
    );
    await mailer.send(message);
    expect(server!.commands).toEqual([["EHLO", "STARTTLS", "EHLO", "AUTH", "MAIL", "RCPT", "DATA", "QUIT"]]);
    expect(server!.received[0]).toMatchObject({ encrypted: true, ...credentials, recipients: ["jane@vodacom.co.za"] });
  });

  it("speaks TLS from the first byte for smtps://", async () => {
    const mailer = await mailerFor(
      (port) => `smtps://127.0.0.1:${port}`,
      { certificate, implicitTls: true },
      { tls: trustTestCertificate },
    );
    await mailer.send(message);
    expect(server!.received[0]).toMatchObject({ encrypted: true, recipients: ["jane@vodacom.co.za"] });
  });

  it("refuses a server whose certificate it cannot verify", async () => {
    const mailer = await mailerFor((port) => `smtp://127.0.0.1:${port}`, { certificate });
    await expect(mailer.send(message)).rejects.toThrow(/SMTP STARTTLS failed/);
    expect(server!.received).toEqual([]);
  });

  it("reports wrong credentials without repeating them", async () => {
    const mailer = await mailerFor((port) => `smtp://mailer:wrong-secret@127.0.0.1:${port}`, {
      credentials: { username: "mailer", password: "right" },
    });
    const error = await mailer.send(message).catch((reason: Error) => reason);
    expect(String(error)).toMatch(/SMTP AUTH failed: 535/);
    expect(String(error)).not.toContain("wrong-secret");
    expect(server!.received).toEqual([]);
  });

  it("reports a refused recipient and delivers nothing", async () => {
    const mailer = await mailerFor((port) => `smtp://127.0.0.1:${port}`, { unknownRecipients: [message.to] });
    await expect(mailer.send(message)).rejects.toMatchObject({ step: "RCPT TO", reply: { code: 550 } });
    expect(server!.received).toEqual([]);
  });

  it("fails when nothing listens", async () => {
    const mailer = await mailerFor((port) => `smtp://127.0.0.1:${port}`, {});
    await server!.close();
    await expect(mailer.send(message)).rejects.toThrow(/SMTP connection failed/);
  });
});
