import { describe, expect, it } from "vitest";
import { navigationFor, type Viewer } from "./navigation";

const labels = (kind: Parameters<typeof navigationFor>[0], viewer: Viewer) =>
  navigationFor(kind, viewer).map((entry) => entry.label);

describe("the main navigation", () => {
  const owner: Viewer = { role: "OWNER", ownOrganization: true, provider: false };

  it("offers Customers to resellers and the provider, Catalog & credit to the provider only", () => {
    expect(labels("CUSTOMER", owner)).not.toContain("Customers");
    expect(labels("RESELLER", owner)).toContain("Customers");
    expect(labels("RESELLER", owner)).not.toContain("Catalog & credit");
    expect(labels("PROVIDER", { ...owner, provider: true })).toContain("Catalog & credit");
  });

  it("offers Single sign-on to the organisation's owners and admins, and to provider staff on its behalf", () => {
    expect(labels("CUSTOMER", owner)).toContain("Single sign-on");
    expect(labels("CUSTOMER", { ...owner, role: "ADMIN" })).toContain("Single sign-on");
    for (const role of ["MEMBER", "BILLING", "READ_ONLY"] as const) {
      expect(labels("CUSTOMER", { ...owner, role })).not.toContain("Single sign-on");
    }
    // A reseller's admin looking at its customer: the customer's own owners decide.
    expect(labels("CUSTOMER", { role: "ADMIN", ownOrganization: false, provider: false })).not.toContain(
      "Single sign-on",
    );
    expect(labels("CUSTOMER", { role: "ADMIN", ownOrganization: false, provider: true })).toContain("Single sign-on");
  });
});
