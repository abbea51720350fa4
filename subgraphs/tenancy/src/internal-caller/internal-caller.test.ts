import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../api-key/api-key.service";
import { apiKeys, sessions, users } from "../db/schema";
import type { Organization } from "../organization/organization.type";
import { openTenancyWorld, type TenancyWorld } from "../tenancy-world.testing";
import { UserRole } from "../user/user.type";

const FIELDS =
  "kind id sessionId organizationId organizationKind role readOnly allOrganizations visibleOrganizationIds";
const SESSION_CALLER = `query($id: ID!) { internalSessionCaller(sessionId: $id) { ${FIELDS} } }`;
const API_KEY_CALLER = `query($secret: String!) { internalApiKeyCaller(secret: $secret) { ${FIELDS} } }`;

describe("the gateway's caller look-ups", () => {
  let world: TenancyWorld;
  beforeAll(async () => {
    world = await openTenancyWorld();
  });
  afterAll(() => world.close());

  const sessionCaller = async (id: string) =>
    (await world.subgraph.request<{ internalSessionCaller: unknown }>(SESSION_CALLER, { id }, { as: null })).data
      ?.internalSessionCaller;
  const apiKeyCaller = async (secret: string) =>
    (await world.subgraph.request<{ internalApiKeyCaller: unknown }>(API_KEY_CALLER, { secret }, { as: null })).data
      ?.internalApiKeyCaller;
  const sorted = (ids: string[]) => [...ids].sort();

  it.each<[string, (w: TenancyWorld) => Organization, string, boolean, (w: TenancyWorld) => string[]]>([
    ["provider staff see every organisation", (w) => w.orgs.provider, "provider", true, (w) => [w.orgs.provider.id]],
    [
      "a reseller sees itself and every customer under it",
      (w) => w.orgs.reseller,
      "reseller",
      false,
      (w) => [w.orgs.reseller.id, w.orgs.vodacom.id, w.orgs.pnp.id],
    ],
    ["a customer sees itself", (w) => w.orgs.foreign, "customer", false, (w) => [w.orgs.foreign.id]],
  ])("for a live session: %s", async (_label, organization, kind, all, visible) => {
    const user = await world.newUser(organization(world), UserRole.BILLING);
    const caller = await world.signedIn(user);
    const found = (await sessionCaller(caller.sessionId)) as { visibleOrganizationIds: string[] };
    expect({ ...found, visibleOrganizationIds: sorted(found.visibleOrganizationIds) }).toEqual({
      kind: "user",
      id: user.id,
      sessionId: caller.sessionId,
      organizationId: organization(world).id,
      organizationKind: kind,
      role: "billing",
      readOnly: false,
      allOrganizations: all,
      visibleOrganizationIds: sorted(visible(world)),
    });
  });

  it("marks the read-only role read-only", async () => {
    const caller = await world.callerIn(world.orgs.adcock, UserRole.READ_ONLY);
    expect(await sessionCaller(caller.sessionId)).toMatchObject({ role: "read_only", readOnly: true });
  });

  it("answers null for revoked, expired and unknown sessions and for disabled users", async () => {
    const revoked = await world.callerIn(world.orgs.adcock);
    await world.db
      .update(sessions)
      .set({ revokedAt: world.clock.now(), revokedReason: "signed out" })
      .where(eq(sessions.id, revoked.sessionId));
    const expired = await world.callerIn(world.orgs.adcock);
    await world.db.update(sessions).set({ expiresAt: world.clock.now() }).where(eq(sessions.id, expired.sessionId));
    const disabled = await world.callerIn(world.orgs.adcock);
    await world.db.update(users).set({ disabledAt: world.clock.now() }).where(eq(users.id, disabled.id));
    for (const id of [revoked.sessionId, expired.sessionId, disabled.sessionId, randomUUID(), "s-1"]) {
      expect(await sessionCaller(id)).toBeNull();
    }
  });

  it("describes an API key as a member of its organisation, read-only as created, and records its use", async () => {
    const admin = await world.callerIn(world.orgs.reseller);
    const { apiKey, secret } = await createApiKey(world.db, world.clock.now(), admin, { name: "ERP", readOnly: true });
    world.clock.advanceSeconds(90);
    const found = (await apiKeyCaller(secret)) as { visibleOrganizationIds: string[] };
    expect({ ...found, visibleOrganizationIds: sorted(found.visibleOrganizationIds) }).toEqual({
      kind: "api_key",
      id: apiKey.id,
      sessionId: null,
      organizationId: world.orgs.reseller.id,
      organizationKind: "reseller",
      role: "member",
      readOnly: true,
      allOrganizations: false,
      visibleOrganizationIds: sorted([world.orgs.reseller.id, world.orgs.vodacom.id, world.orgs.pnp.id]),
    });
    const [row] = await world.db.select().from(apiKeys).where(eq(apiKeys.id, apiKey.id));
    expect(row!.lastUsedAt).toEqual(world.clock.now());
  });

  it("answers null for unknown, mistyped and revoked API keys", async () => {
    const admin = await world.callerIn(world.orgs.provider);
    const { apiKey, secret } = await createApiKey(world.db, world.clock.now(), admin, { name: "Ops", readOnly: false });
    expect(await apiKeyCaller(secret)).toMatchObject({ allOrganizations: true, readOnly: false });
    await world.db.update(apiKeys).set({ revokedAt: world.clock.now() }).where(eq(apiKeys.id, apiKey.id));
    for (const candidate of [secret, `${secret}x`, secret.replace("dcx_key_", "dcx_rt_"), "dcx_key_", ""]) {
      expect(await apiKeyCaller(candidate)).toBeNull();
    }
  });

  it("keeps the look-ups out of the public graph (@inaccessible)", async () => {
    const sdl = await world.subgraph.request<{ _service: { sdl: string } }>(`{ _service { sdl } }`, {}, { as: null });
    const text = sdl.data!._service.sdl;
    expect(text).toMatch(/internalSessionCaller\(sessionId: ID!\): InternalCaller @inaccessible/);
    expect(text).toMatch(/internalApiKeyCaller\(secret: String!\): InternalCaller @inaccessible/);
    expect(text).toMatch(/type InternalCaller @inaccessible/);
  });
});
