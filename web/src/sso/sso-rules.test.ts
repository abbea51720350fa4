import { describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/session";
import { managesSingleSignOn, parseDomains } from "./sso-rules";

const adcock = { id: "a", name: "Adcock", kind: "CUSTOMER" as const };
const sanlam = { id: "s", name: "Sanlam", kind: "CUSTOMER" as const };
const viewer = (role: SessionUser["role"], organization: SessionUser["organization"]): SessionUser => ({
  id: "u",
  email: "x@example.com",
  displayName: "X",
  role,
  organization,
});

describe("single sign-on settings", () => {
  it("are managed by the organisation's owner and the provider's owners and admins only", () => {
    expect(managesSingleSignOn(viewer("OWNER", adcock), adcock)).toBe(true);
    expect(managesSingleSignOn(viewer("ADMIN", adcock), adcock)).toBe(false);
    expect(managesSingleSignOn(viewer("OWNER", sanlam), adcock)).toBe(false);
    const provider = { id: "p", name: "Datacentrix", kind: "PROVIDER" as const };
    expect(managesSingleSignOn(viewer("ADMIN", provider), adcock)).toBe(true);
    expect(managesSingleSignOn(viewer("BILLING", provider), adcock)).toBe(false);
    const reseller = { id: "r", name: "CloudTech", kind: "RESELLER" as const };
    expect(managesSingleSignOn(viewer("OWNER", reseller), adcock)).toBe(false);
  });

  it("read domains one per line or separated by commas", () => {
    expect(parseDomains(" adcock.co.za,\nadcock.com  \n\n")).toEqual(["adcock.co.za", "adcock.com"]);
    expect(parseDomains("")).toEqual([]);
  });
});
