import { describe, expect, it } from "vitest";
import { chooseDefaultOrganization, readOrgParam, withOrgParam } from "./org-selection";

const provider = { id: "p", name: "Datacentrix", kind: "PROVIDER" as const };
const reseller = { id: "r", name: "CloudTech", kind: "RESELLER" as const };
const vodacom = { id: "v", name: "Vodacom", kind: "CUSTOMER" as const };
const adcock = { id: "a", name: "Adcock Ingram", kind: "CUSTOMER" as const };

describe("chooseDefaultOrganization", () => {
  it("prefers the customer Adcock", () => {
    expect(chooseDefaultOrganization([provider, reseller, vodacom, adcock])).toBe(adcock);
  });

  it("falls back to the first customer, then the first organisation", () => {
    expect(chooseDefaultOrganization([provider, reseller, vodacom])).toBe(vodacom);
    expect(chooseDefaultOrganization([provider, reseller])).toBe(provider);
    expect(chooseDefaultOrganization([])).toBeUndefined();
  });

  it("does not pick a reseller that happens to be called Adcock", () => {
    const adcockReseller = { id: "x", name: "Adcock Partners", kind: "RESELLER" as const };
    expect(chooseDefaultOrganization([adcockReseller, vodacom])).toBe(vodacom);
  });
});

describe("the org URL parameter", () => {
  it("is read from the query string", () => {
    expect(readOrgParam("?org=abc-123")).toBe("abc-123");
    expect(readOrgParam("?other=1")).toBeNull();
    expect(readOrgParam("?org=")).toBeNull();
  });

  it("is written without losing other parameters", () => {
    expect(withOrgParam("?theme=dark&org=old", "new")).toBe("?theme=dark&org=new");
    expect(withOrgParam("", "a b")).toBe("?org=a+b");
  });
});
