import { describe, expect, it } from "vitest";
import {
  chooseDefaultOrganization,
  organizationToShow,
  readOrgParam,
  withOrgParam,
  withoutOrgParam,
} from "./org-selection";

const provider = { id: "p", name: "Datacentrix", kind: "PROVIDER" as const };
const reseller = { id: "r", name: "CloudTech", kind: "RESELLER" as const };
const vodacom = { id: "v", name: "Vodacom", kind: "CUSTOMER" as const };
const adcock = { id: "a", name: "Adcock Ingram", kind: "CUSTOMER" as const };

describe("chooseDefaultOrganization", () => {
  it("chooses the user's own organisation, not Adcock", () => {
    expect(chooseDefaultOrganization([provider, reseller, vodacom, adcock], reseller.id)).toBe(reseller);
    expect(chooseDefaultOrganization([adcock, vodacom], vodacom.id)).toBe(vodacom);
  });

  it("falls back to the first organisation listed, and to nothing for an empty list", () => {
    expect(chooseDefaultOrganization([vodacom, adcock], "somewhere-else")).toBe(vodacom);
    expect(chooseDefaultOrganization([], reseller.id)).toBeUndefined();
  });
});

describe("organizationToShow", () => {
  const resellerView = [reseller, vodacom];

  it("shows the organisation in the address bar when the user may see it", () => {
    expect(organizationToShow(resellerView, vodacom.id, reseller.id)).toBe(vodacom);
  });

  it("shows the user's own organisation without a choice in the address bar", () => {
    expect(organizationToShow(resellerView, null, reseller.id)).toBe(reseller);
  });

  it("falls back to the user's own organisation for one outside their list", () => {
    expect(organizationToShow(resellerView, adcock.id, reseller.id)).toBe(reseller);
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

  it("is removed without losing other parameters", () => {
    expect(withoutOrgParam("?theme=dark&org=old")).toBe("?theme=dark");
    expect(withoutOrgParam("?org=old")).toBe("");
    expect(withoutOrgParam("")).toBe("");
  });
});
