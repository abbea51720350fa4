import { generateKeyPairSync } from "node:crypto";
import { dkimVerify } from "mailauth";
import { afterEach, describe, expect, it } from "vitest";
import { TEST_TLS_CERTIFICATE, TEST_TLS_KEY } from "../testing/smtp-test-certificate";
import { type SmtpTestServer, type SmtpTestServerOptions, startSmtpTestServer } from "../testing/smtp-test-server";
import { SmtpError } from "./smtp-error";
import { SmtpMailer, type SmtpMailerOptions, transportOptions } from "./smtp-mailer";
import { parseSmtpUrl } from "./smtp-url";

const certificate = { cert: TEST_TLS_CERTIFICATE, key: TEST_TLS_KEY };
const trustTestCertificate = { ca: TEST_TLS_CERTIFICATE };
const message = { to: "jane@vodacom.co.za", subject: "Your DCX Cloud sign-in code", text: "Code: 123456\n.\nBye" };

describe("SmtpMailer against smtp-server", () => {
  let server: SmtpTestServer | undefined;
  let mailer: SmtpMailer | undefined;
  afterEach(async () => {
    await mailer?.close();
    await server?.close();
    server = mailer = undefined;
  });

  async function mailerFor(
    url: (port: number) => string,
    serverOptions: SmtpTestServerOptions,
    extra: Partial<SmtpMailerOptions> = {},
  ) {
    server = await startSmtpTestServer(serverOptions);
    mailer = new SmtpMailer({
      server: parseSmtpUrl(url(server.port)),
      from: "DCX Cloud <no-reply@dcx.cloud>",
      clientName: "tenancy.test",
      ...extra,
    });
    return mailer;
  }

  it("delivers over plain SMTP to this machine, the envelope taken from From and To", async () => {
    await (await mailerFor((port) => `smtp://127.0.0.1:${port}`, {})).send(message);
    const [mail] = server!.received;
    expect(mail).toMatchObject({
      clientName: "tenancy.test",
      sender: "no-reply@dcx.cloud",
      recipients: ["jane@vodacom.co.za"],
      secure: false,
    });
    expect(mail!.parsed.subject).toBe("Your DCX Cloud sign-in code");
    expect(mail!.parsed.from?.text).toBe('"DCX Cloud" <no-reply@dcx.cloud>');
    // The lone "." line survives dot-stuffing instead of ending the message early.
    expect(mail!.raw.toString().endsWith("\r\n\r\nCode: 123456\r\n.\r\nBye\r\n")).toBe(true);
  });

  it("upgrades with STARTTLS, verifies the certificate and only then authenticates", async () => {
    const credentials = { username: "mailer@dcx.cloud", password: "p@ss:w0rd/%" };
    const send = await mailerFor(
      (port) => `smtp://mailer%40dcx.cloud:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`,
      { certificate, credentials },
      { tls: trustTestCertificate },
    );
    await send.send(message);
    expect(server!.authentications).toEqual([{ method: "PLAIN", username: credentials.username, secure: true }]);
    expect(server!.received[0]).toMatchObject({
      secure: true,
      username: credentials.username,
      recipients: ["jane@vodacom.co.za"],
    });
  });

  it("speaks TLS from the first byte for smtps://", async () => {
    const send = await mailerFor(
      (port) => `smtps://127.0.0.1:${port}`,
      { certificate, implicitTls: true },
      { tls: trustTestCertificate },
    );
    await send.send(message);
    expect(server!.received[0]).toMatchObject({ secure: true, recipients: ["jane@vodacom.co.za"] });
  });

  it("refuses a server whose certificate it cannot verify", async () => {
    const send = await mailerFor((port) => `smtp://127.0.0.1:${port}`, { certificate });
    const error = await send.send(message).catch((reason: unknown) => reason);
    expect(String(error)).toBe("SmtpError: SMTP connection failed: self-signed certificate");
    expect(error).toMatchObject({ cause: { originalCode: "DEPTH_ZERO_SELF_SIGNED_CERT" } });
    expect(server!.received).toEqual([]);
  });

  it("reports wrong credentials without repeating them", async () => {
    const send = await mailerFor((port) => `smtp://mailer:wrong-secret@127.0.0.1:${port}`, {
      credentials: { username: "mailer", password: "right" },
    });
    const error = await send.send(message).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(SmtpError);
    expect(error).toMatchObject({ code: "EAUTH", responseCode: 535, permanent: true });
    expect(String(error)).toMatch(/^SmtpError: SMTP AUTH PLAIN failed: .*535 5\.7\.8 credentials invalid/);
    expect(String(error)).not.toContain("wrong-secret");
    expect(server!.received).toEqual([]);
  });

  it("reports a refused recipient clearly and delivers nothing", async () => {
    const send = await mailerFor((port) => `smtp://127.0.0.1:${port}`, { unknownRecipients: [message.to] });
    const error = await send.send(message).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ step: "RCPT TO", code: "EENVELOPE", responseCode: 550, permanent: true });
    expect(String(error)).toMatch(/SMTP RCPT TO failed: .*550 5\.1\.1 no such user/);
    expect(server!.received).toEqual([]);
  });

  it("fails when nothing listens", async () => {
    const send = await mailerFor((port) => `smtp://127.0.0.1:${port}`, {});
    await server!.close();
    await expect(send.send(message)).rejects.toThrow(/^SMTP connection failed: .*ECONNREFUSED/);
  });

  it("keeps non-ASCII subject and body intact", async () => {
    const send = await mailerFor((port) => `smtp://127.0.0.1:${port}`, {});
    const subject = "Kodë yako ya DCX: Dumêla — ₹ 100 ✓";
    const text = `Sawubona Thandë,\nR 1 234,56 — «ok» ✓ 日本語\n${"é".repeat(200)}`;
    await send.send({ to: message.to, subject, text });
    const { parsed, raw } = server!.received[0]!;
    expect(parsed.subject).toBe(subject);
    expect(parsed.text).toBe(text);
    // Encoded for 7-bit transport, not sent as raw UTF-8 bytes.
    expect(raw.every((byte) => byte < 0x80)).toBe(true);
  });

  it("carries an attachment byte for byte", async () => {
    const send = await mailerFor((port) => `smtp://127.0.0.1:${port}`, {});
    const pdf = Buffer.concat([
      Buffer.from("%PDF-1.7\n"),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256)),
    ]);
    await send.send({
      ...message,
      subject: "Invoice INV-2026-0042",
      attachments: [{ filename: "INV-2026-0042.pdf", content: pdf, contentType: "application/pdf" }],
    });
    const { parsed } = server!.received[0]!;
    expect(parsed.text).toBe(message.text);
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0]).toMatchObject({ filename: "INV-2026-0042.pdf", contentType: "application/pdf" });
    expect(parsed.attachments[0]!.content.equals(pdf)).toBe(true);
  });

  it("signs with DKIM when configured, a signature that verifies against the published key", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const dkim = {
      domainName: "dcx.cloud",
      keySelector: "mail2026",
      privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    };
    const send = await mailerFor((port) => `smtp://127.0.0.1:${port}`, {}, { dkim });
    await send.send(message);
    const { raw, parsed } = server!.received[0]!;
    expect(parsed.headers.get("dkim-signature")).toMatchObject({ params: { d: "dcx.cloud", s: "mail2026" } });

    const published = publicKey.export({ type: "spki", format: "der" }).toString("base64");
    const resolver = async (name: string, type: string) => {
      if (name !== "mail2026._domainkey.dcx.cloud" || type !== "TXT")
        throw Object.assign(new Error(name), { code: "ENOTFOUND" });
      return [[`v=DKIM1; k=rsa; p=${published}`]];
    };
    const { results } = await dkimVerify(raw, { resolver });
    expect(results.map((result) => result.status.result)).toEqual(["pass"]);
  });

  it("sends no signature without DKIM settings", async () => {
    await (await mailerFor((port) => `smtp://127.0.0.1:${port}`, {})).send(message);
    expect(server!.received[0]!.parsed.headers.has("dkim-signature")).toBe(false);
  });

  it("reuses one pooled connection for consecutive messages", async () => {
    const send = await mailerFor((port) => `smtp://127.0.0.1:${port}`, {});
    await send.send(message);
    await send.send({ ...message, to: "sipho@adcock.co.za" });
    expect(server!.received.map((mail) => mail.recipients)).toEqual([["jane@vodacom.co.za"], ["sipho@adcock.co.za"]]);
    expect(server!.connections).toBe(1);
  });

  it("refuses a recipient or subject that would add recipients or headers, before connecting", async () => {
    const send = await mailerFor((port) => `smtp://127.0.0.1:${port}`, {});
    await expect(send.send({ ...message, to: "a@b.co\r\nBcc: x@y.co" })).rejects.toThrow(/To must be one address/);
    await expect(send.send({ ...message, to: "a@b.co, x@y.co" })).rejects.toThrow(/To must be one address/);
    await expect(send.send({ ...message, subject: "s\nBcc: x@y.co" })).rejects.toThrow(/Subject/);
    expect(server!.connections).toBe(0);
  });
});

describe("transportOptions", () => {
  const base = { from: "no-reply@dcx.cloud" };
  it("requires STARTTLS before credentials go to another machine, and only then", () => {
    const requireTls = (url: string) => transportOptions({ ...base, server: parseSmtpUrl(url) }).requireTLS;
    expect(requireTls("smtp://user:pass@mail.dcx.cloud:587")).toBe(true);
    expect(requireTls("smtp://mail.dcx.cloud:587")).toBe(false);
    expect(requireTls("smtp://user:pass@127.0.0.1:2525")).toBe(false);
    expect(requireTls("smtps://user:pass@mail.dcx.cloud")).toBe(false);
    expect(transportOptions({ ...base, server: parseSmtpUrl("smtps://mail.dcx.cloud") })).toMatchObject({
      pool: true,
      secure: true,
      port: 465,
    });
  });
});
