import { describe, expect, it } from "vitest";
import { addressOf, dotStuff, formatMessage } from "./mime-message";

const FROM = "DCX Cloud <no-reply@dcx.cloud>";
const AT = new Date("2026-03-01T08:30:00Z");

describe("formatMessage", () => {
  it("writes headers, a blank line and the body with CRLF line endings", () => {
    const { raw, fromAddress } = formatMessage(FROM, { to: "jane@vodacom.co.za", subject: "Hi", text: "a\nb" }, AT);
    expect(fromAddress).toBe("no-reply@dcx.cloud");
    const [head, body] = raw.split("\r\n\r\n");
    expect(head).toContain("From: DCX Cloud <no-reply@dcx.cloud>\r\nTo: jane@vodacom.co.za\r\nSubject: Hi");
    expect(head).toContain("Date: Sun, 01 Mar 2026 08:30:00 +0000");
    expect(head).toMatch(/Message-ID: <[0-9a-f-]{36}@dcx\.cloud>/);
    expect(head).toContain("Content-Transfer-Encoding: 7bit");
    expect(body).toBe("a\r\nb\r\n");
  });

  it("encodes non-ASCII subjects and bodies", () => {
    const { raw } = formatMessage(FROM, { to: "a@b.co", subject: "Kodë", text: "Dumêla" }, AT);
    expect(raw).toContain(`Subject: =?UTF-8?B?${Buffer.from("Kodë").toString("base64")}?=`);
    expect(raw).toContain("Content-Transfer-Encoding: base64");
    expect(raw).toContain(Buffer.from("Dumêla").toString("base64"));
  });

  it("refuses header injection through the recipient or subject", () => {
    expect(() => formatMessage(FROM, { to: "a@b.co\r\nBcc: x@y.co", subject: "s", text: "t" }, AT)).toThrow(/To/);
    expect(() => formatMessage(FROM, { to: "a@b.co", subject: "s\nBcc: x@y.co", text: "t" }, AT)).toThrow(/Subject/);
  });
});

describe("addressOf and dotStuff", () => {
  it("takes the address out of a mailbox", () => {
    expect(addressOf(FROM)).toBe("no-reply@dcx.cloud");
    expect(addressOf("ops@dcx.cloud")).toBe("ops@dcx.cloud");
  });

  it("doubles dots that start a line", () => {
    expect(dotStuff(".\r\nkeep.\r\n..x")).toBe("..\r\nkeep.\r\n...x");
  });
});
