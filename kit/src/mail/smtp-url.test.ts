import { describe, expect, it } from "vitest";
import { describeSmtpServer, mayAuthenticateWithoutTls, parseSmtpUrl } from "./smtp-url";

describe("parseSmtpUrl", () => {
  it("reads host, port, TLS mode and percent-decoded credentials", () => {
    expect(parseSmtpUrl("smtp://user%40dcx.cloud:p%3Ass@mail.dcx.cloud:2525")).toEqual({
      host: "mail.dcx.cloud",
      port: 2525,
      implicitTls: false,
      username: "user@dcx.cloud",
      password: "p:ss",
    });
    expect(parseSmtpUrl("smtps://mail.dcx.cloud")).toEqual({ host: "mail.dcx.cloud", port: 465, implicitTls: true });
    expect(parseSmtpUrl("smtp://[::1]")).toMatchObject({ host: "::1", port: 587 });
  });

  it("refuses other schemes and non-URLs", () => {
    expect(() => parseSmtpUrl("http://mail.dcx.cloud")).toThrow(/smtp:\/\/ or smtps:\/\//);
    expect(() => parseSmtpUrl("mail.dcx.cloud:587")).toThrow();
  });

  it("describes a server without its credentials", () => {
    expect(describeSmtpServer(parseSmtpUrl("smtp://user:secret@mail.dcx.cloud:587"))).toBe("smtp://mail.dcx.cloud:587");
  });
});

describe("mayAuthenticateWithoutTls", () => {
  it("allows clear-text credentials only to this machine", () => {
    expect(["localhost", "127.0.0.1", "127.1.2.3", "::1"].map(mayAuthenticateWithoutTls)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["mail.dcx.cloud", "10.0.0.5", "128.0.0.1"].map(mayAuthenticateWithoutTls)).toEqual([false, false, false]);
  });
});
