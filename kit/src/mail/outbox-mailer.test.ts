import { mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OUTBOX_INDEX, type OutboxEntry, OutboxMailer } from "./outbox-mailer";

describe("OutboxMailer", () => {
  let directory: string;
  beforeEach(async () => {
    directory = path.join(await mkdtemp(path.join(tmpdir(), "dcx-outbox-")), "outbox");
  });
  afterEach(() => rm(path.dirname(directory), { recursive: true, force: true }));

  it("writes each message as a readable .eml file and a JSON line", async () => {
    const mailer = new OutboxMailer({
      directory,
      from: "DCX Cloud <no-reply@dcx.cloud>",
      now: () => new Date("2026-03-01T08:30:00.000Z"),
    });
    await mailer.send({ to: "jane@vodacom.co.za", subject: "Your code", text: "Code: 123456\nBye" });
    await mailer.send({ to: "sipho@adcock.co.za", subject: "Your code", text: "Code: 654321" });

    const lines = (await readFile(path.join(directory, OUTBOX_INDEX), "utf8")).trim().split("\n");
    const entries = lines.map((line) => JSON.parse(line) as OutboxEntry);
    expect(entries.map((entry) => entry.to)).toEqual(["jane@vodacom.co.za", "sipho@adcock.co.za"]);
    expect(entries[0]).toMatchObject({
      at: "2026-03-01T08:30:00.000Z",
      subject: "Your code",
      text: "Code: 123456\nBye",
    });

    const files = (await readdir(directory)).filter((file) => file.endsWith(".eml"));
    expect(files.sort()).toEqual(entries.map((entry) => entry.file).sort());
    expect(entries[0]!.file).toMatch(/^2026-03-01T08-30-00-000Z-[0-9a-f]{8}\.eml$/);
    const eml = await readFile(path.join(directory, entries[0]!.file), "utf8");
    expect(eml).toMatch(/^From: DCX Cloud <no-reply@dcx\.cloud>\r\nTo: jane@vodacom\.co\.za\r\n/);
    expect(eml).toContain("\r\n\r\nCode: 123456\r\nBye\r\n");
  });

  it("keeps the messages readable by their owner only", async () => {
    const mailer = new OutboxMailer({ directory, from: "no-reply@dcx.cloud" });
    await mailer.send({ to: "jane@vodacom.co.za", subject: "s", text: "t" });
    const [file] = (await readdir(directory)).filter((name) => name.endsWith(".eml"));
    expect((await stat(path.join(directory, file!))).mode & 0o077).toBe(0);
    expect((await stat(path.join(directory, OUTBOX_INDEX))).mode & 0o077).toBe(0);
  });
});
