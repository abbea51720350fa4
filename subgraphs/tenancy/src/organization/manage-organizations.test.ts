import type { Caller } from "@dcx/kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizations } from "../db/schema";
import { openTenancyWorld, type TenancyWorld } from "../tenancy-world.testing";
import { UserRole } from "../user/user.type";

const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) {
  id name kind parent { id } } }`;
const INVITE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id organization { id } } }`;

type Created = { createOrganization: { id: string; name: string; kind: string; parent: { id: string } | null } };

describe("createOrganization in the graph", () => {
  let world: TenancyWorld;
  let counter = 0;
  beforeAll(async () => {
    world = await openTenancyWorld();
  });
  afterAll(() => world.close());

  const create = (as: Caller | null, input: { kind: string; parentId?: string; name?: string }) =>
    world.subgraph.request<Created>(CREATE, { input: { name: `Tenant ${++counter}`, ...input } }, { as });
  const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
  const count = async () => (await world.db.select().from(organizations)).length;

  it("lets provider owners and admins create resellers and customers anywhere the tree allows", async () => {
    for (const role of [UserRole.OWNER, UserRole.ADMIN]) {
      const staff = await world.callerIn(world.orgs.provider, role);
      const reseller = await create(staff, { kind: "RESELLER" });
      expect(reseller.data?.createOrganization).toMatchObject({
        kind: "RESELLER",
        parent: { id: world.orgs.provider.id },
      });
      const customer = await create(staff, { kind: "CUSTOMER", parentId: reseller.data!.createOrganization.id });
      expect(customer.data?.createOrganization.parent).toEqual({ id: reseller.data!.createOrganization.id });
      const direct = await create(staff, { kind: "CUSTOMER", parentId: world.orgs.provider.id });
      expect(direct.data?.createOrganization.kind).toBe("CUSTOMER");
    }
  });

  it("lets a reseller's owners and admins create customers under the reseller itself, and nothing else", async () => {
    const admin = await world.callerIn(world.orgs.reseller, UserRole.ADMIN);
    const implicit = await create(admin, { kind: "CUSTOMER" });
    expect(implicit.data?.createOrganization.parent).toEqual({ id: world.orgs.reseller.id });
    const explicit = await create(admin, { kind: "CUSTOMER", parentId: world.orgs.reseller.id });
    expect(explicit.errors).toBeUndefined();

    const before = await count();
    expect(codeOf(await create(admin, { kind: "RESELLER" }))).toBe("FORBIDDEN");
    expect(codeOf(await create(admin, { kind: "CUSTOMER", parentId: world.orgs.vodacom.id }))).toBe("FORBIDDEN");
    expect(codeOf(await create(admin, { kind: "CUSTOMER", parentId: world.orgs.otherReseller.id }))).toBe("NOT_FOUND");
    expect(codeOf(await create(admin, { kind: "RESELLER", parentId: world.orgs.provider.id }))).toBe("NOT_FOUND");
    expect(codeOf(await create(admin, { kind: "PROVIDER" }))).toBe("BAD_USER_INPUT");
    expect(await count()).toBe(before);
  });

  it("refuses customers, other roles, read-only credentials and API keys", async () => {
    const before = await count();
    const customerAdmin = await world.callerIn(world.orgs.adcock, UserRole.OWNER);
    expect(codeOf(await create(customerAdmin, { kind: "CUSTOMER" }))).toBe("FORBIDDEN");
    for (const role of [UserRole.BILLING, UserRole.MEMBER, UserRole.READ_ONLY]) {
      const caller = await world.callerIn(world.orgs.provider, role);
      expect(codeOf(await create(caller, { kind: "CUSTOMER" }))).toBe("FORBIDDEN");
    }
    const owner = await world.callerIn(world.orgs.provider, UserRole.OWNER);
    const key = { ...owner, kind: "api_key", sessionId: undefined, role: "member" } as Caller;
    expect(codeOf(await create(key, { kind: "CUSTOMER" }))).toBe("FORBIDDEN");
    expect(codeOf(await create({ ...key, readOnly: true }, { kind: "CUSTOMER" }))).toBe("FORBIDDEN");
    expect(codeOf(await create(null, { kind: "CUSTOMER" }))).toBe("UNAUTHENTICATED");
    expect(await count()).toBe(before);
  });

  it("applies the organisation rules, writing nothing on failure", async () => {
    const staff = await world.callerIn(world.orgs.provider, UserRole.ADMIN);
    const before = await count();
    const short = await create(staff, { kind: "CUSTOMER", name: "X" });
    expect(short.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "name" });
    expect(codeOf(await create(staff, { kind: "CUSTOMER", name: "vodacom" }))).toBe("CONFLICT");
    const nested = await create(staff, { kind: "CUSTOMER", parentId: world.orgs.vodacom.id });
    expect(nested.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "parentId" });
    expect(await count()).toBe(before);
  });

  it("lets a reseller invite users to a customer it has just created, before its caller is refreshed", async () => {
    const admin = await world.callerIn(world.orgs.reseller, UserRole.OWNER);
    const created = (await create(admin, { kind: "CUSTOMER" })).data!.createOrganization;
    expect(admin.visibleOrganizationIds).not.toContain(created.id);
    const invited = await world.subgraph.request(
      INVITE,
      {
        input: {
          organizationId: created.id,
          email: `owner.${counter}@tenant.co.za`,
          displayName: "New Owner",
          role: "OWNER",
        },
      },
      { as: admin },
    );
    expect(invited).toMatchObject({ data: { createUser: { organization: { id: created.id } } } });
  });
});
