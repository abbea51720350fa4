import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSecret } from "../credentials/secret";
import { apiKeys } from "../db/schema";
import { openTenancyWorld, type TenancyWorld } from "../tenancy-world.testing";
import { UserRole } from "../user/user.type";

const CREATE = `mutation($name: String!, $readOnly: Boolean!) { createApiKey(name: $name, readOnly: $readOnly) {
  secret apiKey { id name secretPrefix readOnly createdAt lastUsedAt revokedAt createdBy { id } } } }`;
const LIST = `{ apiKeys { id name secretPrefix revokedAt } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
const API_KEY_CALLER = `query($secret: String!) { internalApiKeyCaller(secret: $secret) { id } }`;

interface Created {
  secret: string;
  apiKey: { id: string; name: string; secretPrefix: string; readOnly: boolean; createdBy: { id: string } };
}

describe("partner API keys", () => {
  let world: TenancyWorld;
  let owner: Caller;
  beforeAll(async () => {
    world = await openTenancyWorld();
    owner = await world.callerIn(world.orgs.vodacom, UserRole.OWNER);
  });
  afterAll(() => world.close());

  const create = (as: Caller | null, name = "ERP", readOnly = false) =>
    world.subgraph.request<{ createApiKey: Created }>(CREATE, { name, readOnly }, { as });
  const codes = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    result.errors?.map((error) => error.extensions?.code);

  it("shows the secret once and stores only its hash and its first 12 characters", async () => {
    const result = await create(owner, "  Billing export  ", true);
    expect(result.errors).toBeUndefined();
    const { secret, apiKey } = result.data!.createApiKey;
    expect(secret).toMatch(/^dcx_key_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({
      name: "Billing export",
      secretPrefix: secret.slice(0, 12),
      readOnly: true,
      lastUsedAt: null,
      revokedAt: null,
      createdBy: { id: owner.id },
    });
    const [row] = await world.db.select().from(apiKeys).where(eq(apiKeys.id, apiKey.id));
    expect(row).toMatchObject({ secretHash: hashSecret(secret), organizationId: world.orgs.vodacom.id });
    expect(JSON.stringify(await world.db.select().from(apiKeys))).not.toContain(secret.slice(12));
    const listed = await world.subgraph.request<{ apiKeys: Record<string, unknown>[] }>(LIST, {}, { as: owner });
    expect(JSON.stringify(listed)).not.toContain(secret.slice(12));
    expect(listed.data?.apiKeys).toContainEqual({
      id: apiKey.id,
      name: "Billing export",
      secretPrefix: secret.slice(0, 12),
      revokedAt: null,
    });
  });

  it("lets owners and admins create keys, and nobody else", async () => {
    expect(codes(await create(await world.callerIn(world.orgs.vodacom, UserRole.ADMIN)))).toBeUndefined();
    for (const role of [UserRole.BILLING, UserRole.MEMBER, UserRole.READ_ONLY]) {
      expect(codes(await create(await world.callerIn(world.orgs.vodacom, role)))).toEqual(["FORBIDDEN"]);
    }
    const apiKey: Caller = { ...owner, kind: "api_key", sessionId: undefined, role: "member" };
    expect(codes(await create(apiKey))).toEqual(["FORBIDDEN"]);
    expect(codes(await create({ ...owner, readOnly: true }))).toEqual(["FORBIDDEN"]);
    expect(codes(await create(null))).toEqual(["UNAUTHENTICATED"]);
  });

  it.each([
    ["an empty name", "   "],
    ["an 81-character name", "k".repeat(81)],
    ["a name with a line break", "ERP\nexport"],
    ["a name with NUL", "ERP\u0000"],
    ["a name with ESC", "ERP \u001b[31m"],
    ["a name with a right-to-left override", "ERP \u202Etropxe"],
  ])("refuses %s and writes nothing", async (_label, name) => {
    const before = await world.db.select().from(apiKeys);
    const result = await create(owner, name);
    expect(result.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "name" });
    expect(await world.db.select().from(apiKeys)).toHaveLength(before.length);
  });

  it("accepts names of 1 and 80 characters", async () => {
    expect(codes(await create(owner, "k"))).toBeUndefined();
    expect(codes(await create(owner, "é".repeat(80)))).toBeUndefined();
  });

  it("lists the keys of the caller's own organisation only, to owners and admins", async () => {
    const reseller = await world.callerIn(world.orgs.reseller, UserRole.OWNER);
    await create(reseller, "Reseller key");
    const listed = await world.subgraph.request<{ apiKeys: { name: string }[] }>(LIST, {}, { as: reseller });
    expect(listed.data?.apiKeys.map((key) => key.name)).toEqual(["Reseller key"]);
    const member = await world.callerIn(world.orgs.vodacom, UserRole.MEMBER);
    expect(codes(await world.subgraph.request(LIST, {}, { as: member }))).toEqual(["FORBIDDEN"]);
  });

  it("revokes: the gateway's look-up answers null from then on; other organisations' keys are NOT_FOUND", async () => {
    const { secret, apiKey } = (await create(owner, "To revoke")).data!.createApiKey;
    expect((await world.subgraph.request(API_KEY_CALLER, { secret }, { as: null })).data).toEqual({
      internalApiKeyCaller: { id: apiKey.id },
    });
    for (const stranger of [
      await world.callerIn(world.orgs.reseller, UserRole.OWNER),
      await world.callerIn(world.orgs.provider, UserRole.OWNER),
      await world.callerIn(world.orgs.foreign, UserRole.OWNER),
    ]) {
      expect(codes(await world.subgraph.request(REVOKE, { id: apiKey.id }, { as: stranger }))).toEqual(["NOT_FOUND"]);
    }
    expect(codes(await world.subgraph.request(REVOKE, { id: randomUUID() }, { as: owner }))).toEqual(["NOT_FOUND"]);
    const readOnly = await world.callerIn(world.orgs.vodacom, UserRole.READ_ONLY);
    expect(codes(await world.subgraph.request(REVOKE, { id: apiKey.id }, { as: readOnly }))).toEqual(["FORBIDDEN"]);

    world.clock.advanceSeconds(5);
    const revoked = await world.subgraph.request(REVOKE, { id: apiKey.id }, { as: owner });
    expect(revoked).toEqual({ data: { revokeApiKey: { id: apiKey.id, revokedAt: world.clock.now().toISOString() } } });
    expect((await world.subgraph.request(API_KEY_CALLER, { secret }, { as: null })).data).toEqual({
      internalApiKeyCaller: null,
    });
  });
});
