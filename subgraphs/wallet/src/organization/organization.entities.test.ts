import { randomUUID } from "node:crypto";
import { startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { walletTables } from "../db/schema";
import { walletSubgraph } from "../index";
import { EntryKind } from "../ledger/ledger-entry.type";
import { postEntry } from "../ledger/ledger.service";
import { openWallet } from "../wallet/wallet.service";
import { walletIdOf } from "../wallet/wallet-id";

const WALLETS_QUERY = `query($reps: [_Any!]!, $first: Int) {
  _entities(representations: $reps) {
    ... on Organization { id wallet { id currency balance { amount currency } entries(first: $first) { kind amount { amount currency } description } } }
  }
}`;

interface OrganizationResult {
  id: string;
  wallet: {
    currency: string;
    balance: { amount: string };
    entries: { kind: string; amount: { amount: string } }[];
  } | null;
}

describe("wallet subgraph over HTTP", () => {
  let subgraph: TestSubgraph<typeof walletTables>;
  const organizations: string[] = [];
  const withoutWallet = randomUUID();

  beforeAll(async () => {
    subgraph = await startTestSubgraph(walletSubgraph);
    const db = subgraph.database.db;
    for (let i = 0; i < 20; i += 1) {
      const organizationId = randomUUID();
      organizations.push(organizationId);
      await openWallet(db, organizationId);
      const entry = (kind: EntryKind, amountCents: bigint, description: string) =>
        postEntry(db, {
          organizationId,
          kind,
          amountCents,
          description,
          idempotencyKey: `${description}-${organizationId}`,
        });
      await entry(EntryKind.TOP_UP, 100_000n + BigInt(i), "PayGate top-up");
      await entry(EntryKind.CHARGE, -12_345n, "VM hours");
      await entry(EntryKind.REFUND, 345n, "Outage credit");
    }
  });
  afterAll(() => subgraph.close());

  const fetchWallets = (ids: string[], first?: number) =>
    subgraph.request<{ _entities: OrganizationResult[] }>(WALLETS_QUERY, {
      reps: ids.map((id) => ({ __typename: "Organization", id })),
      first,
    });

  it("serves each organisation's wallet with its exact balance and entries, newest first", async () => {
    const result = await fetchWallets([organizations[0]!, withoutWallet, "not-a-uuid"]);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        id: organizations[0],
        wallet: {
          id: expect.any(String),
          currency: "ZAR",
          balance: { amount: "880.00", currency: "ZAR" },
          entries: [
            { kind: "REFUND", amount: { amount: "3.45", currency: "ZAR" }, description: "Outage credit" },
            { kind: "CHARGE", amount: { amount: "-123.45", currency: "ZAR" }, description: "VM hours" },
            { kind: "TOP_UP", amount: { amount: "1000.00", currency: "ZAR" }, description: "PayGate top-up" },
          ],
        },
      },
      // Not opened yet: an empty wallet, nothing written. An id that is not a UUID names no organisation.
      {
        id: withoutWallet,
        wallet: {
          id: walletIdOf(withoutWallet),
          currency: "ZAR",
          balance: { amount: "0.00", currency: "ZAR" },
          entries: [],
        },
      },
      { id: "not-a-uuid", wallet: null },
    ]);
  });

  it("keeps the query count constant for 2 and 20 organisations", async () => {
    const queriesFor = async (ids: string[]) => {
      subgraph.database.resetQueryCount();
      const result = await fetchWallets(ids);
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities.every((org) => org.wallet?.entries.length === 3)).toBe(true);
      return subgraph.database.queryCount();
    };
    // One query for the wallets with their balances, one for all their entries.
    expect(await queriesFor(organizations.slice(0, 2))).toBe(2);
    expect(await queriesFor(organizations)).toBe(2);
    const result = await fetchWallets(organizations);
    expect(result.data?._entities[19]?.wallet?.balance.amount).toBe("880.19");
  });

  it("limits entries to `first`, caps it at 100 and refuses a negative one", async () => {
    const one = await fetchWallets([organizations[1]!], 1);
    expect(one.data?._entities[0]?.wallet?.entries.map((entry) => entry.kind)).toEqual(["REFUND"]);
    const many = await fetchWallets([organizations[1]!], 1_000);
    expect(many.data?._entities[0]?.wallet?.entries).toHaveLength(3);
    const negative = await fetchWallets([organizations[1]!], -1);
    expect(negative.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
