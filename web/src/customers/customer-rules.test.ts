import { describe, expect, it } from "vitest";
import type { OrganizationKind, UserRole } from "../gql/graphql";
import { creatableKinds } from "./customer-rules";

const kinds = (role: UserRole, ownKind: OrganizationKind, shownKind: OrganizationKind) =>
  creatableKinds({ role, ownKind, shownKind });

describe("who may create organisations where", () => {
  it("lets the provider's owners and admins create resellers and customers under the provider", () => {
    expect(kinds("OWNER", "PROVIDER", "PROVIDER")).toEqual(["CUSTOMER", "RESELLER"]);
    expect(kinds("ADMIN", "PROVIDER", "PROVIDER")).toEqual(["CUSTOMER", "RESELLER"]);
  });

  it("lets a reseller's owners and admins, and the provider's, create customers under the reseller", () => {
    expect(kinds("OWNER", "RESELLER", "RESELLER")).toEqual(["CUSTOMER"]);
    expect(kinds("ADMIN", "PROVIDER", "RESELLER")).toEqual(["CUSTOMER"]);
  });

  it("offers nothing to other roles, nor under a customer", () => {
    for (const role of ["MEMBER", "BILLING", "READ_ONLY"] as const) {
      expect(kinds(role, "PROVIDER", "PROVIDER")).toEqual([]);
      expect(kinds(role, "RESELLER", "RESELLER")).toEqual([]);
    }
    expect(kinds("OWNER", "PROVIDER", "CUSTOMER")).toEqual([]);
    expect(kinds("OWNER", "CUSTOMER", "CUSTOMER")).toEqual([]);
  });
});
