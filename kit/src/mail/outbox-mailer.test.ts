import { mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSmtpTestServer } from "../testing/smtp-test-server";
import { OUTBOX_INDEX, type OutboxEntry, OutboxMailer } from "./outbox-mailer";
import { SmtpMailer } from "./smtp-mailer";
import { parseSmtpUrl } from "./smtp-url";

const FROM = "DCX Cloud <no-reply@dcx.cloud>";
const AT = new Date("2026-03-01T08:30:00.000Z");

describe("OutboxMailer", () => {
  let directory: string;
  beforeEach(async () => {
    directory = path.join(await mkdtemp(path.join(tmpdir(), "dcx-outbox-")), "outbox");
  });
  afterEach(() => rm(path.dirname(directory), { recursive: true, force: true }));

  const emlFiles = async () => (await readdir(directory)).filter((file) => file.endsWith(".eml")).sort();

  it("writes each message as a parseable .eml file and a JSON line", async () => {
    const mailer = new OutboxMailer({ directory, from: FROM, now: () => AT });
    await mailer.send({ to: "jane@vodacom.co.za", subject: "Your code", text: "Code: 123456\nBye" });
    await mailer.send({ to: "sipho@adcock.co.za", subject: "Kodë yako", text: "Dumêla ✓" });

    const lines = (await readFile(path.join(directory, OUTBOX_INDEX), "utf8")).trim().split("\n");
    const entries = lines.map((line) => JSON.parse(line) as OutboxEntry);
    expect(entries.map((entry) => entry.to)).toEqual(["jane@vodacom.co.za", "sipho@adcock.co.za"]);
    expect(entries[0]).toEqual({
      at: "2026-03-01T08:30:00.000Z",
      file: expect.stringMatching(/^2026-03-01T08-30-00-000Z-[0-9a-f]{8}\.eml$/),
      from: FROM,
      to: "jane@vodacom.co.za",
      subject: "Your code",
      text: "Code: 123456\nBye",
    });
    expect(await emlFiles()).toEqual(entries.map((entry) => entry.file).sort());

    const eml = await readFile(path.join(directory, entries[0]!.file));
    expect(eml.toString()).toContain("\r\n\r\nCode: 123456\r\nBye\r\n");
    const first = await simpleParser(eml);
    expect(first.from?.value).toEqual([{ name: "DCX Cloud", address: "no-reply@dcx.cloud" }]);
    expect(first.to).toMatchObject({ value: [{ address: "jane@vodacom.co.za" }] });
    expect(first.date).toEqual(AT);
    expect(first.messageId).toMatch(/^<[0-9a-f-]{36}@dcx\.cloud>$/);
    const second = await simpleParser(await readFile(path.join(directory, entries[1]!.file)));
    expect([second.subject, second.text?.trimEnd()]).toEqual(["Kodë yako", "Dumêla ✓"]);
  });

  it("keeps attachments in the .eml and lists them by name and size in the index", async () => {
    const mailer = new OutboxMailer({ directory, from: FROM, now: () => AT });
    const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0d, 0x0a, 0x2e]);
    await mailer.send({
      to: "finance@adcock.co.za",
      subject: "Invoice",
      text: "Attached.",
      attachments: [{ filename: "INV-1.pdf", content: pdf, contentType: "application/pdf" }],
    });
    const [entry] = (await readFile(path.join(directory, OUTBOX_INDEX), "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as OutboxEntry);
    expect(entry!.attachments).toEqual([{ filename: "INV-1.pdf", contentType: "application/pdf", size: 9 }]);
    const parsed = await simpleParser(await readFile(path.join(directory, entry!.file)));
    expect(parsed.attachments.map((a) => [a.filename, a.contentType, a.content.equals(pdf)])).toEqual([
      ["INV-1.pdf", "application/pdf", true],
    ]);
  });

  it("writes the bytes the SMTP mailer sends, but for the Message-ID", async () => {
    const server = await startSmtpTestServer();
    const smtp = new SmtpMailer({ server: parseSmtpUrl(`smtp://127.0.0.1:${server.port}`), from: FROM, now: () => AT });
    const message = {
      to: "jane@vodacom.co.za",
      subject: "Receipt — R 1 000,00",
      text: "Thank you.\n.\nDCX Cloud",
      attachments: [{ filename: "receipt.txt", content: "R 1 000,00", contentType: "text/plain" }],
    };
    try {
      await smtp.send(message);
    } finally {
      await smtp.close();
      await server.close();
    }
    await new OutboxMailer({ directory, from: FROM, now: () => AT }).send(message);
    const [file] = await emlFiles();
    // Message-IDs are random, and so is the multipart boundary: both are blanked out before comparing.
    const normalise = (raw: Buffer) =>
      raw
        .toString()
        .replace(/^Message-ID: .*$/m, "Message-ID: -")
        .replaceAll(/--_NmP-[0-9a-f]+-Part_1/g, "--boundary");
    expect(normalise(await readFile(path.join(directory, file!)))).toBe(normalise(server.received[0]!.raw));
  });

  it("refuses what would add recipients or headers, and writes nothing", async () => {
    const mailer = new OutboxMailer({ directory, from: FROM });
    await expect(mailer.send({ to: "a@b.co\nBcc: x@y.co", subject: "s", text: "t" })).rejects.toThrow(/To/);
    await expect(mailer.send({ to: "a@b.co", subject: "s\r\nBcc: x@y.co", text: "t" })).rejects.toThrow(/Subject/);
    await expect(readdir(directory)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("keeps the messages readable by their owner only", async () => {
    const mailer = new OutboxMailer({ directory, from: "no-reply@dcx.cloud" });
    await mailer.send({ to: "jane@vodacom.co.za", subject: "s", text: "t" });
    const [file] = await emlFiles();
    expect((await stat(path.join(directory, file!))).mode & 0o077).toBe(0);
    expect((await stat(path.join(directory, OUTBOX_INDEX))).mode & 0o077).toBe(0);
  });
});
