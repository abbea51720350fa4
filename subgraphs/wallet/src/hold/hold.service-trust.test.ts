import { randomUUID } from "node:crypto";
import { createServiceClient, SERVICE_TOKEN_HEADER } from "@dcx/kit";
import {
  customerUser,
  providerStaff,
  startTestSubgraph,
  type TestServiceKeys,
  testServiceKeys,
  type TestSubgraph,
} from "@dcx/kit/testing";
import { and, count, eq } from "drizzle-orm";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walletEntries, walletHolds, type walletTables } from "../db/schema";
import { walletSubgraph } from "../index";
import { findWalletsWithBalanceByOrganizationIds } from "../wallet/wallet.store";
import { fundedWallet, HOUR } from "./hold.test-helpers";

const PLACE = `mutation($org: ID!, $amount: Decimal!, $reason: String!, $key: String!, $expiresAt: DateTimeISO!) {
  placeHold(organizationId: $org, amount: $amount, reason: $reason, idempotencyKey: $key, expiresAt: $expiresAt) {
    id status amount { amount } captured { amount } } }`;
const PLACE_KEEPING = `mutation($org: ID!, $amount: Decimal!, $reason: String!, $key: String!, $expiresAt: DateTimeISO!, $keep: Decimal) {
  placeHold(organizationId: $org, amount: $amount, reason: $reason, idempotencyKey: $key, expiresAt: $expiresAt, keepAvailable: $keep) {
    id status amount { amount } captured { amount } } }`;
const CAPTURE = `mutation($id: ID!, $amount: Decimal!, $key: String!) {
  captureHold(holdId: $id, amount: $amount, description: "VM created", idempotencyKey: $key) {
    id status captured { amount } } }`;
const RELEASE = `mutation($id: ID!) { releaseHold(holdId: $id) { id status } }`;
const CREDIT = `mutation($org: ID!, $amount: Decimal!) { setCreditLimit(organizationId: $org, amount: $amount) { amount } }`;

interface HoldResult {
  id: string;
  status: string;
  amount: { amount: string };
  captured: { amount: string };
}

/** The wallet over real HTTP, trusting `vms` (allowed to hold money) and `telemetry-billing` (not). */
describe("holds from another service over the network", () => {
  const vms = testServiceKeys("vms");
  const billing = testServiceKeys("telemetry-billing");
  let subgraph: TestSubgraph<typeof walletTables>;
  let asVms: ReturnType<TestServiceKeys["client"]>;
  const inAnHour = () => new Date(Date.now() + HOUR).toISOString();

  beforeAll(async () => {
    subgraph = await startTestSubgraph(walletSubgraph, undefined, {
      trustedServices: new Map([
        [vms.service, vms.publicKey],
        [billing.service, billing.publicKey],
      ]),
    });
    asVms = vms.client({ wallet: subgraph.server.graphqlUrl });
  });
  afterAll(() => subgraph.close());

  const place = (client: typeof asVms, org: string, key: string, amount = "1.00") =>
    client.request<{ placeHold: HoldResult }>("wallet", PLACE, {
      org,
      amount,
      reason: "VM web-01",
      key,
      expiresAt: inAnHour(),
    });

  const written = async (organizationId: string) => {
    const [wallet] = await findWalletsWithBalanceByOrganizationIds(subgraph.database.db, [organizationId], "all");
    const [holds] = await subgraph.database.db
      .select({ n: count() })
      .from(walletHolds)
      .where(eq(walletHolds.walletId, wallet!.id));
    const [entries] = await subgraph.database.db
      .select({ n: count() })
      .from(walletEntries)
      .where(eq(walletEntries.walletId, wallet!.id));
    return { holds: holds!.n, entries: entries!.n, balance: wallet!.balanceCents, held: wallet!.heldCents };
  };

  it("lets the VMs service place, partly capture and release holds", async () => {
    const { organizationId } = await fundedWallet(subgraph.database.db, 10_000n);
    const first = await place(asVms, organizationId, "vm-hold-1", "60.00");
    expect(first).toEqual({
      data: { placeHold: expect.objectContaining({ status: "ACTIVE", amount: { amount: "60.00" } }) },
    });
    const second = await place(asVms, organizationId, "vm-hold-2", "40.00");
    expect((await place(asVms, organizationId, "vm-hold-3", "0.01")).errors?.[0]?.extensions?.code).toBe(
      "INSUFFICIENT_FUNDS",
    );

    const captured = await asVms.request("wallet", CAPTURE, {
      id: first.data!.placeHold.id,
      amount: "25.50",
      key: "vm-capture-1",
    });
    expect(captured).toEqual({
      data: { captureHold: { id: first.data!.placeHold.id, status: "CAPTURED", captured: { amount: "25.50" } } },
    });
    const released = await asVms.request("wallet", RELEASE, { id: second.data!.placeHold.id });
    expect(released).toEqual({ data: { releaseHold: { id: second.data!.placeHold.id, status: "RELEASED" } } });

    expect(await written(organizationId)).toEqual({ holds: 2, entries: 2, balance: 7_450n, held: 0n });
  });

  it("returns the same hold when the VMs service repeats a request with its idempotency key", async () => {
    const { organizationId } = await fundedWallet(subgraph.database.db, 1_000n);
    const expiresAt = inAnHour();
    const send = () =>
      asVms.request<{ placeHold: HoldResult }>("wallet", PLACE, {
        org: organizationId,
        amount: "3.00",
        reason: "VM web-02",
        key: "vm-retry-1",
        expiresAt,
      });
    const [first, again] = [await send(), await send()];
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    const concurrent = await Promise.all(Array.from({ length: 5 }, send));
    expect(new Set(concurrent.map((result) => result.data?.placeHold.id))).toEqual(new Set([first.data!.placeHold.id]));
    expect(await written(organizationId)).toMatchObject({ holds: 1, held: 300n });
  });

  it("lets exactly 10 of 50 simultaneous R1 network holds through R10", async () => {
    const { organizationId, walletId } = await fundedWallet(subgraph.database.db, 1_000n);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => place(asVms, organizationId, `vm-race-${organizationId}-${i}`)),
    );
    const succeeded = results.filter((result) => result.data?.placeHold.status === "ACTIVE");
    const refused = results.filter((result) => result.errors?.[0]?.extensions?.code === "INSUFFICIENT_FUNDS");
    expect([succeeded.length, refused.length]).toEqual([10, 40]);
    const active = await subgraph.database.db
      .select()
      .from(walletHolds)
      .where(and(eq(walletHolds.walletId, walletId), eq(walletHolds.status, "active")));
    expect(active).toHaveLength(10);
    expect(await written(organizationId)).toEqual({ holds: 10, entries: 1, balance: 1_000n, held: 1_000n });
  }, 60_000);

  it("keeps what must stay available: exactly enough passes, a cent short is refused with the shortfall", async () => {
    const { organizationId } = await fundedWallet(subgraph.database.db, 10_000n);
    const keeping = (key: string, amount: string, keepAvailable: string) =>
      asVms.request<{ placeHold: HoldResult }>("wallet", PLACE_KEEPING, {
        org: organizationId,
        amount,
        reason: "Create VM web-01",
        key,
        expiresAt: inAnHour(),
        keep: keepAvailable,
      });
    const short = await keeping("vm-keep-short", "60.01", "40.00");
    expect(short.data).toBeNull();
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: "INSUFFICIENT_FUNDS", shortfall: "0.01" });
    expect(await written(organizationId)).toMatchObject({ holds: 0, held: 0n });
    const exact = await keeping("vm-keep-exact", "60.00", "40.00");
    expect(exact.data?.placeHold).toMatchObject({ status: "ACTIVE", amount: { amount: "60.00" } });
    const bad = await keeping("vm-keep-bad", "1.00", "-1.00");
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "keepAvailable" });
    expect(await written(organizationId)).toMatchObject({ holds: 1, held: 6_000n });
  });

  describe("refuses, writing nothing", () => {
    let organizationId: string;
    let holdId: string;
    beforeAll(async () => {
      ({ organizationId } = await fundedWallet(subgraph.database.db, 5_000n));
      holdId = (await place(asVms, organizationId, "vm-refusals-hold", "10.00")).data!.placeHold.id;
    });

    const expectUnchanged = async (attempt: () => Promise<void>) => {
      const before = await written(organizationId);
      await attempt();
      expect(await written(organizationId)).toEqual(before);
      const [hold] = await subgraph.database.db.select().from(walletHolds).where(eq(walletHolds.id, holdId));
      expect(hold!.status).toBe("active");
    };

    const rawToken = (key: TestServiceKeys, claims: { iss: string; aud: string; iat: number; exp: number }) =>
      new SignJWT({})
        .setProtectedHeader({ alg: "EdDSA", typ: "JWT" })
        .setIssuer(claims.iss)
        .setAudience(claims.aud)
        .setJti(randomUUID())
        .setIssuedAt(claims.iat)
        .setExpirationTime(claims.exp)
        .sign(key.privateKey);

    const postWith = async (token: string) => {
      const response = await fetch(subgraph.server.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", [SERVICE_TOKEN_HEADER]: token },
        body: JSON.stringify({ query: RELEASE, variables: { id: holdId } }),
      });
      const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      return { status: response.status, data: body.data, code: body.errors[0]?.extensions.code };
    };
    const unauthenticated = { status: 401, data: undefined, code: "UNAUTHENTICATED" };

    it("a token signed by a key the wallet does not trust", async () => {
      const impostor = testServiceKeys("vms");
      const client = impostor.client({ wallet: subgraph.server.graphqlUrl });
      await expectUnchanged(async () => {
        for (const result of [
          await place(client, organizationId, "impostor-hold"),
          await client.request("wallet", RELEASE, { id: holdId }),
          await client.request("wallet", CAPTURE, { id: holdId, amount: "1.00", key: "impostor-cap" }),
        ]) {
          expect(result).toEqual({
            errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }) })],
          });
        }
      });
    });

    it("a token for another subgraph, or expired", async () => {
      const now = Math.floor(Date.now() / 1000);
      await expectUnchanged(async () => {
        const forCatalog = createServiceClient({
          service: "vms",
          privateKey: vms.privateKey,
          targets: { catalog: subgraph.server.graphqlUrl },
        });
        expect((await forCatalog.request("catalog", RELEASE, { id: holdId })).errors?.[0]?.extensions?.code).toBe(
          "UNAUTHENTICATED",
        );
        const expired = await rawToken(vms, { iss: "dcx-service:vms", aud: "wallet", iat: now - 300, exp: now - 240 });
        expect(await postWith(expired)).toEqual(unauthenticated);
        const unknown = await rawToken(vms, { iss: "dcx-service:catalog", aud: "wallet", iat: now, exp: now + 60 });
        expect(await postWith(unknown)).toEqual(unauthenticated);
      });
    });

    it("a token sent a second time", async () => {
      const now = Math.floor(Date.now() / 1000);
      const token = await rawToken(vms, { iss: "dcx-service:vms", aud: "wallet", iat: now, exp: now + 60 });
      const query = `{ _service { sdl } }`;
      const first = await fetch(subgraph.server.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", [SERVICE_TOKEN_HEADER]: token },
        body: JSON.stringify({ query }),
      });
      expect(first.status).toBe(200);
      await expectUnchanged(async () => expect(await postWith(token)).toEqual(unauthenticated));
    });

    it("a trusted service that may not hold money, and the VMs service setting a credit limit", async () => {
      const asBilling = billing.client({ wallet: subgraph.server.graphqlUrl });
      await expectUnchanged(async () => {
        const results = [
          await place(asBilling, organizationId, "billing-hold"),
          await asBilling.request("wallet", CAPTURE, { id: holdId, amount: "1.00", key: "billing-cap" }),
          await asBilling.request("wallet", RELEASE, { id: holdId }),
          await asBilling.request("wallet", CREDIT, { org: organizationId, amount: "100.00" }),
          await asVms.request("wallet", CREDIT, { org: organizationId, amount: "100.00" }),
        ];
        for (const result of results) {
          expect(result.data).toBeNull();
          expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        }
      });
    });

    it("a person through the gateway who is not provider staff, however the wallet trusts services", async () => {
      await expectUnchanged(async () => {
        for (const caller of [customerUser(organizationId, "owner"), providerStaff({ role: "member" })]) {
          const results = [
            await subgraph.request(
              PLACE,
              { org: organizationId, amount: "1.00", reason: "VM", key: "customer-hold", expiresAt: inAnHour() },
              { as: caller },
            ),
            await subgraph.request(CAPTURE, { id: holdId, amount: "1.00", key: "customer-cap" }, { as: caller }),
            await subgraph.request(RELEASE, { id: holdId }, { as: caller }),
          ];
          for (const result of results) expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        }
      });
    });

    it("a service reading wallets: it sees no organisation", async () => {
      const result = await asVms.request<{ _entities: unknown[] }>(
        "wallet",
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization { id wallet { balance { amount } } } } }`,
        { reps: [{ __typename: "Organization", id: organizationId }] },
      );
      expect(result).toEqual({ data: { _entities: [null] } });
    });
  });
});
