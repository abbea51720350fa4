import type { Caller } from "@dcx/kit";
import {
  customerUser,
  providerStaff,
  resellerUser,
  startTestSubgraph,
  tenantCallers,
  type TestSubgraph,
} from "@dcx/kit/testing";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testWalletDeps } from "../wallet.testing";
import { walletHolds, wallets, type walletTables } from "../db/schema";
import { createWalletContext } from "../context";
import { walletSubgraph } from "../index";
import { WalletResolver } from "../wallet/wallet.resolver";
import { findWalletsWithBalanceByOrganizationIds } from "../wallet/wallet.store";
import { placeHold } from "./hold.service";
import { fundedWallet, HOUR } from "./hold.test-helpers";

const PLACE = `mutation($org: ID!, $amount: Decimal!, $key: String!, $expiresAt: DateTimeISO!) {
  placeHold(organizationId: $org, amount: $amount, reason: "New VM", idempotencyKey: $key, expiresAt: $expiresAt) {
    id status amount { amount } captured { amount } } }`;
const CAPTURE = `mutation($id: ID!, $amount: Decimal!, $key: String!) {
  captureHold(holdId: $id, amount: $amount, description: "VM created", idempotencyKey: $key) {
    id status captured { amount } } }`;
const RELEASE = `mutation($id: ID!) { releaseHold(holdId: $id) { id status } }`;
const CREDIT = `mutation($org: ID!, $amount: Decimal!) { setCreditLimit(organizationId: $org, amount: $amount) { amount } }`;
const WALLETS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization {
  id wallet { balance { amount } available { amount } creditLimit { amount }
  holds { amount { amount } reason } all: holds(activeOnly: false) { status } } } } }`;

interface WalletResult {
  id: string;
  wallet: {
    balance: { amount: string };
    available: { amount: string };
    creditLimit: { amount: string };
    holds: { amount: { amount: string }; reason: string }[];
    all: { status: string }[];
  } | null;
}

describe("holds over GraphQL", () => {
  let subgraph: TestSubgraph<typeof walletTables>;
  const inAnHour = () => new Date(Date.now() + HOUR).toISOString();

  beforeAll(async () => {
    subgraph = await startTestSubgraph(walletSubgraph);
  });
  afterAll(() => subgraph.close());

  const fetchWallets = (ids: string[], as?: Caller | null) =>
    subgraph.request<{ _entities: WalletResult[] }>(
      WALLETS,
      { reps: ids.map((id) => ({ __typename: "Organization", id })) },
      as === undefined ? {} : { as },
    );

  it("lets provider staff place, capture and release holds and set the credit limit", async () => {
    const { organizationId } = await fundedWallet(subgraph.database.db, 10_000n);
    const staff = providerStaff({ role: "owner" });
    const credit = await subgraph.request(CREDIT, { org: organizationId, amount: "50.00" }, { as: staff });
    expect(credit).toEqual({ data: { setCreditLimit: { amount: "50.00" } } });

    const place = (key: string, amount: string) =>
      subgraph.request<{ placeHold: { id: string } }>(PLACE, {
        org: organizationId,
        amount,
        key,
        expiresAt: inAnHour(),
      });
    const first = await place("gql-hold-1", "60.00");
    expect(first.data?.placeHold).toMatchObject({ status: "ACTIVE", amount: { amount: "60.00" } });
    const second = await place("gql-hold-2", "40.00");
    expect((await place("gql-hold-3", "50.01")).errors?.[0]?.extensions?.code).toBe("INSUFFICIENT_FUNDS");
    expect((await place("gql-hold-4", "1.001")).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });

    const captured = await subgraph.request(CAPTURE, {
      id: first.data!.placeHold.id,
      amount: "25.50",
      key: "gql-cap-1",
    });
    expect(captured.data).toMatchObject({ captureHold: { status: "CAPTURED", captured: { amount: "25.50" } } });
    const released = await subgraph.request(RELEASE, { id: second.data!.placeHold.id });
    expect(released.data).toMatchObject({ releaseHold: { status: "RELEASED" } });

    const result = await fetchWallets([organizationId]);
    expect(result.data?._entities[0]?.wallet).toEqual({
      balance: { amount: "74.50" },
      available: { amount: "74.50" },
      creditLimit: { amount: "50.00" },
      holds: [],
      // Both were placed within the same clock tick possibly, so the order is not asserted here.
      all: expect.arrayContaining([{ status: "RELEASED" }, { status: "CAPTURED" }]),
    });
  });

  describe("callers other than provider owners and admins", () => {
    const { owner, reseller } = tenantCallers();
    let holdId: string;
    beforeAll(async () => {
      const { organizationId } = await fundedWallet(subgraph.database.db, 0n);
      await subgraph.database.db
        .update(wallets)
        .set({ organizationId: owner })
        .where(eq(wallets.organizationId, organizationId));
      await subgraph.request(CREDIT, { org: owner, amount: "100.00" });
      holdId = (
        await placeHold(subgraph.database.db, {
          organizationId: owner,
          amountCents: 1_000n,
          reason: "VM",
          idempotencyKey: "forbidden-hold",
          expiresAt: new Date(Date.now() + HOUR),
        })
      ).id;
    });

    const forbidden: [string, Caller | null, string][] = [
      ["the customer's owner", customerUser(owner, "owner"), "FORBIDDEN"],
      ["the customer's admin", customerUser(owner, "admin"), "FORBIDDEN"],
      ["the customer's reseller", resellerUser(reseller, [owner], "owner"), "FORBIDDEN"],
      ["a provider member", providerStaff({ role: "member" }), "FORBIDDEN"],
      ["a provider billing user", providerStaff({ role: "billing" }), "FORBIDDEN"],
      ["a read-only provider key", providerStaff({ kind: "api_key", readOnly: true }), "FORBIDDEN"],
      ["an unauthenticated caller", null, "UNAUTHENTICATED"],
    ];
    it.each(forbidden)("%s may not use the mutations, and nothing is written", async (_, caller, code) => {
      const before = await subgraph.database.db.select({ n: count() }).from(walletHolds);
      const results = await Promise.all([
        subgraph.request(
          PLACE,
          { org: owner, amount: "1.00", key: "not-allowed-hold", expiresAt: inAnHour() },
          { as: caller },
        ),
        subgraph.request(CAPTURE, { id: holdId, amount: "1.00", key: "not-allowed-cap" }, { as: caller }),
        subgraph.request(RELEASE, { id: holdId }, { as: caller }),
        subgraph.request(CREDIT, { org: owner, amount: "999.00" }, { as: caller }),
      ]);
      for (const result of results) {
        expect(result.data).toBeNull();
        expect(result.errors?.[0]?.extensions?.code).toBe(code);
      }
      expect(await subgraph.database.db.select({ n: count() }).from(walletHolds)).toEqual(before);
      const [wallet] = (await fetchWallets([owner])).data!._entities;
      expect(wallet?.wallet).toMatchObject({
        available: { amount: "-10.00" },
        creditLimit: { amount: "100.00" },
        all: [{ status: "ACTIVE" }],
      });
    });
  });

  describe("isolation of available, creditLimit and holds", () => {
    const { owner, foreign, allowed, denied } = tenantCallers();
    beforeAll(async () => {
      for (const [organizationId, cents] of [
        [owner, 5_000n],
        [foreign, 7_000n],
      ] as const) {
        const { organizationId: temp } = await fundedWallet(subgraph.database.db, cents);
        await subgraph.database.db.update(wallets).set({ organizationId }).where(eq(wallets.organizationId, temp));
        await subgraph.request(CREDIT, { org: organizationId, amount: "10.00" });
        await placeHold(subgraph.database.db, {
          organizationId,
          amountCents: 1_500n,
          reason: `Hold of ${organizationId}`,
          idempotencyKey: `isolation-${organizationId}`,
          expiresAt: new Date(Date.now() + HOUR),
        });
      }
    });

    it.each(allowed)("%s sees the owner's available balance, credit limit and holds", async (_, caller) => {
      const result = await fetchWallets([owner], caller);
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities[0]?.wallet).toEqual({
        balance: { amount: "50.00" },
        available: { amount: "35.00" },
        creditLimit: { amount: "10.00" },
        holds: [{ amount: { amount: "15.00" }, reason: `Hold of ${owner}` }],
        all: [{ status: "ACTIVE" }],
      });
    });

    it.each(denied)("%s sees none of it", async (_, caller) => {
      const result = await fetchWallets([owner], caller);
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual([null]);
    });

    it.each(denied)("behind the reference, %s gets no holds and the loader reads none", async (_, caller) => {
      const [ownerWallet] = await findWalletsWithBalanceByOrganizationIds(subgraph.database.db, [owner], "all");
      const context = createWalletContext(
        subgraph.database.db,
        { caller, clientAddress: "127.0.0.1" },
        testWalletDeps(),
      );
      expect(await new WalletResolver().holds(ownerWallet!, false, context)).toEqual([]);
      expect(await context.loaders.holdsByWalletId(false).load(ownerWallet!.id)).toEqual([]);
      expect(await context.loaders.walletByOrganizationId.load(owner)).toBeNull();
    });
  });

  it("loads 2 or 20 wallets with their holds in the same number of queries", async () => {
    const organizations: string[] = [];
    for (let i = 0; i < 20; i++) {
      const { organizationId } = await fundedWallet(subgraph.database.db, 1_000n);
      for (const n of [1, 2]) {
        await placeHold(subgraph.database.db, {
          organizationId,
          amountCents: 100n,
          reason: `Hold ${n}`,
          idempotencyKey: `count-${organizationId}-${n}`,
          expiresAt: new Date(Date.now() + HOUR),
        });
      }
      organizations.push(organizationId);
    }
    const measure = async (ids: string[]) => {
      subgraph.database.resetQueryCount();
      const result = await fetchWallets(ids);
      expect(result.errors).toBeUndefined();
      for (const entity of result.data!._entities) expect(entity.wallet?.holds).toHaveLength(2);
      return subgraph.database.queryCount();
    };
    const few = await measure(organizations.slice(0, 2));
    const many = await measure(organizations);
    expect([few, many]).toEqual([3, 3]);
  });
});
