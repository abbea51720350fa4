import { describe, expect, it } from "vitest";
import type { UserRole } from "../gql/graphql";
import { parseApiKeyName, parseInvite } from "./team-forms";
import { activeOwnerCount, apiKeyAccess, grantableRoles, memberActions, otherSessionIds } from "./team-rules";

const viewer = (role: UserRole, organizationId = "adcock") => ({
  id: "me",
  role,
  organization: { id: organizationId, name: "Adcock", kind: "CUSTOMER" as const },
});
const member = (role: UserRole, extra: { id?: string; disabledAt?: string | null } = {}) => ({
  id: extra.id ?? "them",
  role,
  disabledAt: extra.disabledAt ?? null,
});

describe("grantableRoles", () => {
  it("gives an owner every role, an admin every role but owner, anyone else none", () => {
    expect(grantableRoles(viewer("OWNER"), "adcock")).toEqual(["OWNER", "ADMIN", "BILLING", "MEMBER", "READ_ONLY"]);
    expect(grantableRoles(viewer("ADMIN"), "adcock")).toEqual(["ADMIN", "BILLING", "MEMBER", "READ_ONLY"]);
    expect(grantableRoles(viewer("BILLING"), "adcock")).toEqual([]);
    expect(grantableRoles(viewer("READ_ONLY"), "adcock")).toEqual([]);
  });

  it("ranks an admin of the organisation above as an owner", () => {
    expect(grantableRoles(viewer("ADMIN", "cloudtech"), "vodacom")).toContain("OWNER");
    expect(grantableRoles(viewer("MEMBER", "cloudtech"), "vodacom")).toEqual([]);
  });
});

describe("memberActions", () => {
  it("lets an owner change and disable another user", () => {
    expect(memberActions(viewer("OWNER"), "adcock", member("MEMBER"), 1)).toEqual({
      roles: ["OWNER", "ADMIN", "BILLING", "MEMBER", "READ_ONLY"],
      mayDisable: true,
      reason: null,
    });
  });

  it("offers nothing to roles that do not manage users, and says nothing about it per row", () => {
    expect(memberActions(viewer("READ_ONLY"), "adcock", member("MEMBER"), 1)).toEqual({
      roles: [],
      mayDisable: false,
      reason: null,
    });
  });

  it("never offers to change or disable oneself", () => {
    expect(memberActions(viewer("OWNER"), "adcock", member("OWNER", { id: "me" }), 2).reason).toBe(
      "You cannot change or disable yourself",
    );
  });

  it("keeps an admin away from owners of its own organisation, not of one below", () => {
    expect(memberActions(viewer("ADMIN"), "adcock", member("OWNER"), 2)).toMatchObject({
      mayDisable: false,
      reason: "Only an owner changes an owner",
    });
    expect(memberActions(viewer("ADMIN", "cloudtech"), "vodacom", member("OWNER"), 2).mayDisable).toBe(true);
  });

  it("keeps the last active owner", () => {
    expect(memberActions(viewer("OWNER", "cloudtech"), "vodacom", member("OWNER"), 1)).toMatchObject({
      roles: [],
      mayDisable: false,
      reason: "The only owner: make someone else owner first",
    });
    expect(memberActions(viewer("OWNER"), "adcock", member("OWNER"), 2).mayDisable).toBe(true);
  });

  it("offers nothing on a disabled user", () => {
    expect(
      memberActions(viewer("OWNER"), "adcock", member("MEMBER", { disabledAt: "2026-11-01T00:00:00Z" }), 1),
    ).toEqual({ roles: [], mayDisable: false, reason: null });
  });
});

describe("activeOwnerCount", () => {
  it("counts owners who are not disabled", () => {
    expect(
      activeOwnerCount([member("OWNER"), member("OWNER", { disabledAt: "2026-11-01T00:00:00Z" }), member("ADMIN")]),
    ).toBe(1);
  });
});

describe("apiKeyAccess", () => {
  it("lets owners and admins manage their own organisation's keys only", () => {
    expect(apiKeyAccess(viewer("ADMIN"), "adcock")).toBe("manage");
    expect(apiKeyAccess(viewer("OWNER", "cloudtech"), "vodacom")).toBe("other-organisation");
    expect(apiKeyAccess(viewer("BILLING"), "adcock")).toBe("not-your-role");
  });
});

describe("otherSessionIds", () => {
  it("lists every session but the current one", () => {
    expect(
      otherSessionIds([
        { id: "a", current: false },
        { id: "b", current: true },
        { id: "c", current: false },
      ]),
    ).toEqual(["a", "c"]);
  });
});

describe("parseInvite", () => {
  it("trims and lower-cases as the server stores it", () => {
    expect(parseInvite({ email: "  Jane.Doe@Adcock.co.za ", displayName: " Jane Doe " })).toEqual({
      invite: { email: "jane.doe@adcock.co.za", displayName: "Jane Doe" },
    });
  });

  it("names each field that is wrong", () => {
    expect(parseInvite({ email: "jane@", displayName: "  " })).toEqual({
      errors: { email: "Enter the e-mail address they sign in with", displayName: "Enter a name of 1–100 characters" },
    });
    expect(parseInvite({ email: "jane@adcock.co.za", displayName: "x".repeat(101) })).toHaveProperty(
      "errors.displayName",
    );
  });
});

describe("parseApiKeyName", () => {
  it("accepts 1–80 characters after trimming", () => {
    expect(parseApiKeyName("  Terraform  ")).toEqual({ name: "Terraform" });
    expect(parseApiKeyName(" ")).toHaveProperty("error");
    expect(parseApiKeyName("k".repeat(81))).toHaveProperty("error");
  });
});
