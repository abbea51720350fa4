import { describe, expect, it } from "vitest";
import type { UserRole } from "../user/user.type";
import { checkIssuer, checkSsoConfiguration, normalizeDomain } from "./sso-config.rules";

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string; field?: string } }).extensions;
  }
  return null;
};

const VALID = {
  issuer: "https://login.adcock.co.za",
  clientId: "dcx-cloud",
  clientSecret: "s3cret",
  emailDomains: ["Adcock.co.za", " adcock.com", "adcock.co.za"],
  allowEmailCodes: false,
  jitProvisioning: true,
  jitDefaultRole: "read_only" as UserRole,
};

describe("single sign-on configuration rules", () => {
  it("takes an https issuer, and plain http only for loopback where allowed", () => {
    expect(checkIssuer(" https://login.example.com/tenant ", false)).toBe("https://login.example.com/tenant");
    expect(checkIssuer("http://127.0.0.1:4030", true)).toBe("http://127.0.0.1:4030");
    for (const bad of [
      "http://127.0.0.1:4030",
      "http://login.example.com",
      "ftp://login.example.com",
      "https://login.example.com/?tenant=1",
      "https://login.example.com/#x",
      "https://user:pw@login.example.com",
      "not a url",
      `https://${"a".repeat(600)}.com`,
    ]) {
      expect(
        fieldOf(() => checkIssuer(bad, false)),
        bad,
      ).toEqual({ code: "BAD_USER_INPUT", field: "issuer" });
    }
    expect(fieldOf(() => checkIssuer("http://login.example.com", true))).toMatchObject({ field: "issuer" });
  });

  it("lower-cases, deduplicates and sorts domains, and refuses what is not one", () => {
    expect(checkSsoConfiguration(VALID, false).emailDomains).toEqual(["adcock.co.za", "adcock.com"]);
    expect(normalizeDomain("@Sanlam.co.za")).toBe("sanlam.co.za");
    for (const bad of ["localhost", "adcock", "ad cock.com", "-adcock.com", "adcock.c0m", "a\u0000b.com"]) {
      expect(
        fieldOf(() => normalizeDomain(bad)),
        bad,
      ).toEqual({ code: "BAD_USER_INPUT", field: "emailDomains" });
    }
  });

  it("names the field it refuses: client id, secret, domains' count, an owner made at first sign-in", () => {
    const refused = (change: object) => fieldOf(() => checkSsoConfiguration({ ...VALID, ...change }, false))?.field;
    expect(refused({ clientId: " " })).toBe("clientId");
    expect(refused({ clientId: "has space" })).toBe("clientId");
    expect(refused({ clientSecret: "" })).toBe("clientSecret");
    expect(refused({ clientSecret: "x".repeat(1001) })).toBe("clientSecret");
    expect(refused({ emailDomains: [] })).toBe("emailDomains");
    expect(refused({ emailDomains: Array.from({ length: 21 }, (_, i) => `d${i}.com`) })).toBe("emailDomains");
    expect(refused({ jitDefaultRole: "owner" })).toBe("jitDefaultRole");
    // Null keeps the stored secret.
    expect(checkSsoConfiguration({ ...VALID, clientSecret: null }, false).clientSecret).toBeNull();
  });
});
