import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { resellerUser, startTestSubgraph, tenantCallers, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testWalletDeps } from "../wallet.testing";
import { createWalletContext } from "../context";
import type { walletTables } from "../db/schema";
import { walletSubgraph } from "../index";
import { EntryKind } from "../ledger/ledger-entry.type";
import { postEntry } from "../ledger/ledger.service";
import { WalletResolver } from "../wallet/wallet.resolver";
import { openWallet } from "../wallet/wallet.service";
import type { Wallet } from "../wallet/wallet.type";
import { OrganizationWalletResolver } from "./organization.resolver";

const WALLETS = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Organization { id wallet { id balance { amount } entries { description } } } } }`;

interface Result {
  id: string;
  wallet: { balance: { amount: string }; entries: { description: string }[] } | null;
}

describe("wallet isolation", () => {
  const { owner, foreign, allowed, denied } = tenantCallers();
  let subgraph: TestSubgraph<typeof walletTables>;
  let ownerWallet: Wallet;

  const fund = async (organizationId: string, cents: bigint) => {
    const wallet = await openWallet(subgraph.database.db, organizationId);
    await postEntry(subgraph.database.db, {
      organizationId,
      kind: EntryKind.TOP_UP,
      amountCents: cents,
      description: `Top-up of ${organizationId}`,
      idempotencyKey: `top-up-${organizationId}`,
    });
    return wallet;
  };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(walletSubgraph);
    ownerWallet = await fund(owner, 50_000n);
    await fund(foreign, 7_000n);
  });
  afterAll(() => subgraph.close());

  const fetchWallets = (ids: string[], as: Caller | null) =>
    subgraph.request<{ _entities: (Result | null)[] }>(
      WALLETS,
      {
        reps: ids.map((id) => ({ __typename: "Organization", id })),
      },
      { as },
    );

  it.each(allowed)("%s reads the owner's wallet and its entries", async (_, caller) => {
    const result = await fetchWallets([owner], caller);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        id: owner,
        wallet: { id: ownerWallet.id, balance: { amount: "500.00" }, entries: [{ description: `Top-up of ${owner}` }] },
      },
    ]);
  });

  it.each(denied)("%s gets null for the owner's organisation without a query", async (_, caller) => {
    subgraph.database.resetQueryCount();
    const result = await fetchWallets([owner], caller);
    expect(result).toEqual({ data: { _entities: [null] } });
    expect(subgraph.database.queryCount()).toBe(0);
  });

  it("answers a batch with only the organisations the caller may see", async () => {
    const [, foreignReseller] = denied[1]!;
    const result = await fetchWallets([owner, foreign], foreignReseller);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      null,
      { id: foreign, wallet: expect.objectContaining({ balance: { amount: "70.00" } }) },
    ]);
  });

  it("keeps a reseller's query count at two for 2 and 20 customers", async () => {
    const customers = Array.from({ length: 20 }, () => randomUUID());
    for (const customer of customers) await fund(customer, 1_000n);
    const reseller = resellerUser(randomUUID(), customers);
    const queriesFor = async (ids: string[]) => {
      subgraph.database.resetQueryCount();
      const result = await fetchWallets(ids, reseller);
      expect(result.data?._entities.every((org) => org?.wallet?.entries.length === 1)).toBe(true);
      return subgraph.database.queryCount();
    };
    expect([await queriesFor(customers.slice(0, 2)), await queriesFor(customers)]).toEqual([2, 2]);
  });

  describe.each(denied)("behind the reference, for %s", (_, caller) => {
    const context = () =>
      createWalletContext(subgraph.database.db, { caller, clientAddress: "127.0.0.1" }, testWalletDeps());

    it("Organization.wallet is null", async () => {
      const wallet = await new OrganizationWalletResolver().wallet({ id: owner }, context());
      expect(wallet).toBeNull();
    });

    it("Wallet.entries is empty", async () => {
      expect(await new WalletResolver().entries(ownerWallet, 20, context())).toEqual([]);
    });

    it("the loaders read nothing of the owner in SQL", async () => {
      const { loaders } = context();
      expect(await loaders.walletByOrganizationId.load(owner)).toBeNull();
      expect(await loaders.latestEntriesByWalletId(20).load(ownerWallet.id)).toEqual([]);
    });
  });
});
