import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessions, users } from "../db/schema";
import { createOrganization } from "../organization/organization.service";
import { type Organization, OrganizationKind } from "../organization/organization.type";
import { openTenancyWorld, type TenancyWorld } from "../tenancy-world.testing";
import { updateUserRole } from "./manage-users";
import { type User, UserRole } from "./user.type";

const INVITE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role organization { id } } }`;
const UPDATE_ROLE = `mutation($id: ID!, $role: UserRole!) { updateUserRole(userId: $id, role: $role) { id role } }`;
const DISABLE = `mutation($id: ID!) { disableUser(userId: $id) { id disabledAt } }`;

describe("managing users in the graph", () => {
  let world: TenancyWorld;
  let counter = 0;
  beforeAll(async () => {
    world = await openTenancyWorld();
  });
  afterAll(() => world.close());

  /** A fresh customer of CloudTech with one owner, one admin and one member. */
  async function customer() {
    const organization = await createOrganization(world.db, {
      name: `Customer ${++counter}`,
      kind: OrganizationKind.CUSTOMER,
      parentId: world.orgs.reseller.id,
    });
    return {
      organization,
      owner: await world.newUser(organization, UserRole.OWNER),
      admin: await world.newUser(organization, UserRole.ADMIN),
      member: await world.newUser(organization, UserRole.MEMBER),
    };
  }
  const invite = (as: Caller, organization: Organization, role: string, email = `new.${++counter}@example.co.za`) =>
    world.subgraph.request(
      INVITE,
      { input: { organizationId: organization.id, email, displayName: "New", role } },
      { as },
    );
  const setRole = (as: Caller, user: User, role: string) =>
    world.subgraph.request(UPDATE_ROLE, { id: user.id, role }, { as });
  const disable = (as: Caller, user: User) => world.subgraph.request(DISABLE, { id: user.id }, { as });
  const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
  const roleOf = async (user: User) => (await world.db.select().from(users).where(eq(users.id, user.id)))[0]!.role;

  it("lets owners and admins of the organisation, its reseller and the provider invite users", async () => {
    const { organization, owner, admin } = await customer();
    const managers = [
      await world.signedIn(owner),
      await world.signedIn(admin),
      await world.callerIn(world.orgs.reseller, UserRole.ADMIN),
      await world.callerIn(world.orgs.provider, UserRole.OWNER),
    ];
    for (const manager of managers) {
      const result = await invite(manager, organization, "MEMBER");
      expect(result.errors).toBeUndefined();
      expect(result.data?.createUser).toMatchObject({ role: "MEMBER", organization: { id: organization.id } });
    }
  });

  it("refuses other roles and read-only credentials (FORBIDDEN), and foreign callers (NOT_FOUND)", async () => {
    const { organization, member } = await customer();
    const refusals: [Caller, string][] = [
      [await world.signedIn(member), "FORBIDDEN"],
      [await world.callerIn(organization, UserRole.BILLING), "FORBIDDEN"],
      [await world.callerIn(organization, UserRole.READ_ONLY), "FORBIDDEN"],
      [await world.callerIn(world.orgs.reseller, UserRole.READ_ONLY), "FORBIDDEN"],
      [await world.callerIn(world.orgs.vodacom, UserRole.OWNER), "NOT_FOUND"],
      [await world.callerIn(world.orgs.otherReseller, UserRole.OWNER), "NOT_FOUND"],
      [await world.callerIn(world.orgs.foreign, UserRole.READ_ONLY), "NOT_FOUND"],
    ];
    const before = await world.db.select().from(users);
    for (const [caller, code] of refusals) expect(codeOf(await invite(caller, organization, "MEMBER"))).toBe(code);
    expect(await world.db.select().from(users)).toHaveLength(before.length);
  });

  it("keeps the owner role to owners within an organisation; managers above may grant it", async () => {
    const { organization, owner, admin } = await customer();
    const asAdmin = await world.signedIn(admin);
    expect(codeOf(await invite(asAdmin, organization, "OWNER"))).toBe("FORBIDDEN");
    expect(codeOf(await invite(asAdmin, organization, "ADMIN"))).toBeUndefined();
    expect(codeOf(await invite(await world.signedIn(owner), organization, "OWNER"))).toBeUndefined();
    const reseller = await world.callerIn(world.orgs.reseller, UserRole.ADMIN);
    expect(codeOf(await invite(reseller, organization, "OWNER"))).toBeUndefined();
  });

  it("validates the invitation as createUser does, writing nothing on failure", async () => {
    const { organization, owner } = await customer();
    const asOwner = await world.signedIn(owner);
    const before = await world.db.select().from(users);
    expect((await invite(asOwner, organization, "MEMBER", "not-an-address")).errors?.[0]?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      field: "email",
    });
    expect(codeOf(await invite(asOwner, organization, "MEMBER", owner.email.toUpperCase()))).toBe("CONFLICT");
    expect(await world.db.select().from(users)).toHaveLength(before.length);
  });

  it("changes roles within the rules: no admin touches an owner, the last owner stays", async () => {
    const { owner, admin, member } = await customer();
    const asAdmin = await world.signedIn(admin);
    const asOwner = await world.signedIn(owner);
    expect(await setRole(asAdmin, member, "BILLING")).toEqual({
      data: { updateUserRole: { id: member.id, role: "BILLING" } },
    });
    expect(codeOf(await setRole(asAdmin, member, "OWNER"))).toBe("FORBIDDEN");
    expect(codeOf(await setRole(asAdmin, owner, "MEMBER"))).toBe("FORBIDDEN");
    expect(codeOf(await setRole(asOwner, owner, "ADMIN"))).toBe("CONFLICT");
    const reseller = await world.callerIn(world.orgs.reseller, UserRole.ADMIN);
    expect(codeOf(await setRole(reseller, owner, "ADMIN"))).toBe("CONFLICT");
    expect(await roleOf(owner)).toBe("owner");

    expect(codeOf(await setRole(asOwner, admin, "OWNER"))).toBeUndefined();
    expect(codeOf(await setRole(asOwner, owner, "ADMIN"))).toBeUndefined();
    expect(await roleOf(owner)).toBe("admin");
  });

  it("refuses role changes from foreign callers, other roles and read-only users, for unknown users too", async () => {
    const { organization, member } = await customer();
    const refusals: [Caller, string][] = [
      [await world.callerIn(world.orgs.foreign, UserRole.OWNER), "NOT_FOUND"],
      [await world.callerIn(world.orgs.vodacom, UserRole.OWNER), "NOT_FOUND"],
      [await world.callerIn(organization, UserRole.READ_ONLY), "FORBIDDEN"],
      [await world.callerIn(organization, UserRole.MEMBER), "FORBIDDEN"],
    ];
    for (const [caller, code] of refusals) {
      const result = await setRole(caller, member, "ADMIN");
      expect(codeOf(result)).toBe(code);
      expect(JSON.stringify(result)).not.toContain(organization.id);
    }
    const owner = await world.callerIn(organization, UserRole.OWNER);
    const unknown = await world.subgraph.request(UPDATE_ROLE, { id: randomUUID(), role: "ADMIN" }, { as: owner });
    expect(codeOf(unknown)).toBe("NOT_FOUND");
    expect(await roleOf(member)).toBe("member");
  });

  it("disables a user: their sessions end, they get no sign-in code; never the last owner", async () => {
    const { owner, admin, member } = await customer();
    const asAdmin = await world.signedIn(admin);
    const memberSession = await world.signedIn(member);
    const result = await disable(asAdmin, member);
    expect(result.data?.disableUser).toEqual({ id: member.id, disabledAt: world.clock.now().toISOString() });
    const [session] = await world.db.select().from(sessions).where(eq(sessions.id, memberSession.sessionId));
    expect(session).toMatchObject({ revokedReason: "user disabled" });
    const sent = world.mailer.messages.length;
    await world.subgraph.request(
      `mutation($e: String!) { requestSignInCode(email: $e) { accepted } }`,
      {
        e: member.email,
      },
      { as: null },
    );
    expect(world.mailer.messages).toHaveLength(sent);
    expect(await disable(asAdmin, member)).toMatchObject({ data: { disableUser: { id: member.id } } });

    expect(codeOf(await disable(asAdmin, owner))).toBe("FORBIDDEN");
    expect(codeOf(await disable(await world.signedIn(owner), owner))).toBe("CONFLICT");
    const provider = await world.callerIn(world.orgs.provider, UserRole.ADMIN);
    expect(codeOf(await disable(provider, owner))).toBe("CONFLICT");
    expect(codeOf(await disable(await world.callerIn(world.orgs.foreign, UserRole.OWNER), admin))).toBe("NOT_FOUND");
  });

  it("keeps one owner when two owners demote each other at the same moment", async () => {
    const { organization, owner } = await customer();
    const second = await world.newUser(organization, UserRole.OWNER);
    const [first, other] = [await world.signedIn(owner), await world.signedIn(second)];
    const results = await Promise.allSettled([
      updateUserRole(world.db, first, second.id, UserRole.MEMBER),
      updateUserRole(world.db, other, owner.id, UserRole.MEMBER),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({
      reason: { extensions: { code: "CONFLICT" } },
    });
    expect([await roleOf(owner), await roleOf(second)].filter((role) => role === "owner")).toHaveLength(1);
  });
});
