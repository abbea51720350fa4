import type { Caller } from "@dcx/kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../api-key/api-key.service";
import { createTenancyContext } from "../context";
import { apiKeys, organizations, sessions, users } from "../db/schema";
import { openTenancyWorld, type TenancyWorld } from "../tenancy-world.testing";
import { type User, UserRole } from "../user/user.type";

const ORGANIZATION = `query($id: ID!) { organization(id: $id) {
  id name userCount parent { id } children { id } users { email organization { id } } } }`;
const ORGANIZATIONS = `{ organizations { id } customers: organizations(kind: CUSTOMER) { id } }`;
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Organization { id name userCount users { id } children { id } parent { id } } } }`;

const codes = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  result.errors?.map((error) => error.extensions?.code);

/** Vodacom (a customer of the reseller CloudTech) owns the data; who may read it and who may not. */
describe("tenancy isolation", () => {
  let world: TenancyWorld;
  let vodacomOwner: User;
  let vodacomMember: User;
  let allowed: [string, Caller][];
  let denied: [string, Caller][];
  let ownerKeyId: string;
  let ownerSessionId: string;

  beforeAll(async () => {
    world = await openTenancyWorld();
    const { orgs } = world;
    vodacomOwner = await world.newUser(orgs.vodacom, UserRole.OWNER);
    vodacomMember = await world.newUser(orgs.vodacom, UserRole.MEMBER);
    const ownerCaller = await world.signedIn(vodacomOwner);
    ownerSessionId = ownerCaller.sessionId;
    ownerKeyId = (await createApiKey(world.db, world.clock.now(), ownerCaller, { name: "ERP", readOnly: false })).apiKey
      .id;
    allowed = [
      ["the owner organisation's admin", await world.callerIn(orgs.vodacom, UserRole.ADMIN)],
      ["the owner organisation's read-only user", await world.callerIn(orgs.vodacom, UserRole.READ_ONLY)],
      ["the owner's reseller", await world.callerIn(orgs.reseller, UserRole.ADMIN)],
      ["provider staff", await world.callerIn(orgs.provider, UserRole.ADMIN)],
    ];
    denied = [
      ["a foreign customer", await world.callerIn(orgs.foreign, UserRole.OWNER)],
      ["a foreign reseller", await world.callerIn(orgs.otherReseller, UserRole.OWNER)],
      ["a foreign read-only user", await world.callerIn(orgs.foreign, UserRole.READ_ONLY)],
      ["a direct customer of the provider", await world.callerIn(orgs.adcock, UserRole.OWNER)],
    ];
  });
  afterAll(() => world.close());

  const each = (list: () => [string, Caller][], test: (caller: Caller) => Promise<void>) => async () => {
    for (const [label, caller] of list()) {
      await test(caller).catch((error: unknown) => {
        throw new Error(`${label}: ${String(error)}`, { cause: error });
      });
    }
  };

  describe("callers who may see Vodacom", () => {
    it(
      "read it, its users and its key figures by id and by reference",
      each(
        () => allowed,
        async (caller) => {
          const result = await world.subgraph.request(ORGANIZATION, { id: world.orgs.vodacom.id }, { as: caller });
          expect(result.errors).toBeUndefined();
          const org = result.data!.organization as { userCount: number; users: { email: string }[]; parent: unknown };
          expect(org).toMatchObject({ id: world.orgs.vodacom.id, name: "Vodacom", children: [] });
          expect(org.users.map((user) => user.email)).toEqual(expect.arrayContaining([vodacomOwner.email]));
          expect(org.userCount).toBe(org.users.length);
          // The parent (CloudTech) is visible to its own users and to the provider only.
          const seesParent = caller.organizationKind !== "customer";
          expect(org.parent).toEqual(seesParent ? { id: world.orgs.reseller.id } : null);
          const reps = [{ __typename: "Organization", id: world.orgs.vodacom.id }];
          const entity = await world.subgraph.request(ENTITIES, { reps }, { as: caller });
          expect(entity.data?._entities).toEqual([expect.objectContaining({ id: world.orgs.vodacom.id })]);
          const listed = await world.subgraph.request<{ organizations: { id: string }[] }>(
            ORGANIZATIONS,
            {},
            {
              as: caller,
            },
          );
          expect(listed.data?.organizations.map((o) => o.id)).toContain(world.orgs.vodacom.id);
        },
      ),
    );
  });

  describe("callers who may not see Vodacom", () => {
    it(
      "get null from organization(id), exactly as for an id that does not exist",
      each(
        () => denied,
        async (caller) => {
          const result = await world.subgraph.request(ORGANIZATION, { id: world.orgs.vodacom.id }, { as: caller });
          expect(result).toEqual({ data: { organization: null } });
        },
      ),
    );

    it(
      "get null for the Organization reference, and see only their own organisations in lists",
      each(
        () => denied,
        async (caller) => {
          const reps = [world.orgs.vodacom, world.orgs.reseller, world.orgs.provider].map((org) => ({
            __typename: "Organization",
            id: org.id,
          }));
          expect(await world.subgraph.request(ENTITIES, { reps }, { as: caller })).toEqual({
            data: { _entities: [null, null, null] },
          });
          const listed = await world.subgraph.request<{ organizations: { id: string }[]; customers: { id: string }[] }>(
            ORGANIZATIONS,
            {},
            { as: caller },
          );
          const own = caller.visibleOrganizationIds as string[];
          expect(listed.data!.organizations.map((org) => org.id).sort()).toEqual([...own].sort());
          expect(listed.data!.customers.map((org) => org.id)).not.toContain(world.orgs.vodacom.id);
        },
      ),
    );

    it(
      "see their own organisation's parent only when they may see it",
      each(
        () => denied,
        async (caller) => {
          const own = await world.subgraph.request<{ organization: { parent: unknown; children: { id: string }[] } }>(
            ORGANIZATION,
            { id: caller.organizationId },
            { as: caller },
          );
          expect(own.data?.organization.parent).toBeNull();
          for (const child of own.data!.organization.children) {
            expect(caller.visibleOrganizationIds).toContain(child.id);
          }
        },
      ),
    );

    it(
      "behind the graph, the loaders read nothing of Vodacom or CloudTech",
      each(
        () => denied,
        async (caller) => {
          const ctx = createTenancyContext(world.db, world.deps, { caller, clientAddress: "192.0.2.9" });
          expect(await ctx.loaders.organizationById.load(world.orgs.vodacom.id)).toBeNull();
          expect(await ctx.loaders.childrenByParentId.load(world.orgs.reseller.id)).toEqual([]);
          expect(await ctx.loaders.childrenByParentId.load(world.orgs.provider.id)).not.toContainEqual(
            expect.objectContaining({ id: world.orgs.reseller.id }),
          );
          expect(await ctx.loaders.usersByOrganizationId.load(world.orgs.vodacom.id)).toEqual([]);
          expect(await ctx.loaders.userCountByOrganizationId.load(world.orgs.vodacom.id)).toBe(0);
          expect(await ctx.loaders.userById.load(vodacomOwner.id)).toBeNull();
        },
      ),
    );

    it(
      "change nothing of Vodacom: its users, its sessions, its keys, its customers — NOT_FOUND",
      each(
        () => denied,
        async (caller) => {
          const before = await Promise.all(
            [users, sessions, apiKeys, organizations].map((t) => world.db.select().from(t)),
          );
          const attempts: [string, Record<string, unknown>][] = [
            [
              `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
              {
                input: {
                  organizationId: world.orgs.vodacom.id,
                  email: `intruder.${Date.now()}@example.com`,
                  displayName: "Intruder",
                  role: "OWNER",
                },
              },
            ],
            [`mutation($id: ID!) { updateUserRole(userId: $id, role: READ_ONLY) { id } }`, { id: vodacomOwner.id }],
            [`mutation($id: ID!) { disableUser(userId: $id) { id } }`, { id: vodacomMember.id }],
            [`mutation($id: ID!) { revokeSession(id: $id) }`, { id: ownerSessionId }],
            [`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: ownerKeyId }],
            [
              `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
              { input: { name: `Sneaky ${Date.now()}`, kind: "CUSTOMER", parentId: world.orgs.reseller.id } },
            ],
          ];
          for (const [source, variables] of attempts) {
            const result = await world.subgraph.request(source, variables, { as: caller });
            expect(codes(result), source).toEqual(["NOT_FOUND"]);
            expect(JSON.stringify(result)).not.toContain("Vodacom");
          }
          const after = await Promise.all(
            [users, sessions, apiKeys, organizations].map((t) => world.db.select().from(t)),
          );
          expect(after).toEqual(before);
        },
      ),
    );
  });

  it("counts the users of any number of organisations in one query", async () => {
    const provider = allowed[3]![1];
    world.subgraph.database.resetQueryCount();
    const result = await world.subgraph.request<{ organizations: { userCount: number }[] }>(
      `{ organizations { userCount } }`,
      {},
      { as: provider },
    );
    expect(result.data?.organizations).toHaveLength(Object.keys(world.orgs).length);
    expect(world.subgraph.database.queryCount()).toBe(2);
  });
});
