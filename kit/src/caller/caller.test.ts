import { describe, expect, it } from "vitest";
import { parseCaller } from "./caller";
import {
  assertCanWrite,
  canSee,
  onlyVisible,
  requireCaller,
  requireProviderStaff,
  visibleOrganizations,
} from "./scope";

const customer = {
  kind: "user",
  id: "u-1",
  sessionId: "s-1",
  organizationId: "org-a",
  organizationKind: "customer",
  role: "admin",
  readOnly: false,
  visibleOrganizationIds: ["org-a"],
} as const;

describe("parseCaller", () => {
  it("accepts a well-formed caller and drops an empty session id", () => {
    expect(parseCaller(customer)).toEqual(customer);
    expect(parseCaller({ ...customer, kind: "api_key", sessionId: null })).not.toHaveProperty("sessionId");
  });
  it.each([
    ["no value", null],
    ["an unknown kind", { ...customer, kind: "robot" }],
    ["an unknown role", { ...customer, role: "root" }],
    ["a string readOnly", { ...customer, readOnly: "false" }],
    ["a scope that is neither 'all' nor a list of ids", { ...customer, visibleOrganizationIds: "some" }],
  ])("treats %s as no caller", (_label, value) => {
    expect(parseCaller(value)).toBeNull();
  });
});

describe("scope", () => {
  const caller = parseCaller(customer)!;
  const provider = parseCaller({ ...customer, organizationKind: "provider", visibleOrganizationIds: "all" })!;
  const readOnly = parseCaller({ ...customer, role: "read_only", readOnly: true })!;

  it("lets a caller see its visible organisations only", () => {
    expect(canSee(caller, "org-a")).toBe(true);
    expect(canSee(caller, "org-b")).toBe(false);
    expect(canSee(provider, "org-b")).toBe(true);
    expect(canSee(null, "org-a")).toBe(false);
    expect(visibleOrganizations(null)).toEqual([]);
    expect(onlyVisible(caller, [{ org: "org-a" }, { org: "org-b" }], (row) => row.org)).toEqual([{ org: "org-a" }]);
  });

  it("refuses anonymous callers, hides foreign organisations on writes, and stops read-only writes", () => {
    expect(() => requireCaller(null)).toThrow(expect.objectContaining({ extensions: { code: "UNAUTHENTICATED" } }));
    expect(() => assertCanWrite(caller, "org-b")).toThrow(
      expect.objectContaining({ extensions: { code: "NOT_FOUND", id: "org-b" } }),
    );
    expect(() => assertCanWrite(readOnly, "org-a")).toThrow(
      expect.objectContaining({ extensions: { code: "FORBIDDEN" } }),
    );
    expect(assertCanWrite(caller, "org-a")).toBe(caller);
  });
});

describe("requireProviderStaff", () => {
  const provider = (role: string, readOnly = false) =>
    parseCaller({ ...customer, organizationKind: "provider", role, readOnly, visibleOrganizationIds: "all" });

  it("admits the provider's owners and admins with a writable credential", () => {
    expect(requireProviderStaff(provider("owner"), "change prices").role).toBe("owner");
    expect(requireProviderStaff(provider("admin"), "change prices").role).toBe("admin");
  });

  it.each([
    ["a provider member", provider("member")],
    ["a read-only provider admin credential", provider("admin", true)],
    ["a customer owner", parseCaller({ ...customer, role: "owner" })],
  ])("refuses %s with FORBIDDEN naming the operation", (_label, caller) => {
    expect(() => requireProviderStaff(caller, "change prices")).toThrow(
      expect.objectContaining({
        message: "Only the provider's owners and admins may change prices",
        extensions: { code: "FORBIDDEN" },
      }),
    );
  });

  it("asks an anonymous caller to sign in", () => {
    expect(() => requireProviderStaff(null, "change prices")).toThrow(
      expect.objectContaining({ extensions: { code: "UNAUTHENTICATED" } }),
    );
  });
});
