import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { providerStaff, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autoTopUpRules, cardCharges, savedCards, topUps, type walletTables } from "../db/schema";
import { fundedWallet } from "../hold/hold.test-helpers";
import { walletSubgraph } from "../index";

const READ = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization {
  wallet { savedCards { id maskedNumber expired } autoTopUp { usedThisMonth { amount } lastAttempt { status } card { id } }
    cardCharges(first: 5) { id status } } } } }`;

let subgraph: TestSubgraph<typeof walletTables>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(walletSubgraph);
});
afterAll(() => subgraph.close());

/** A wallet with a saved card, a rule on it and one approved automatic charge, written directly. */
async function walletWithRule() {
  const db = subgraph.database.db;
  const { organizationId, walletId } = await fundedWallet(db, 1_000_00n);
  const [top] = await db
    .insert(topUps)
    .values({
      walletId,
      reference: `DCX-Q${randomUUID().slice(0, 9)}`,
      amountCents: 10_00n,
      email: "a@b.co.za",
      status: "approved",
      paygateId: "10011072130",
      requestedBy: "test",
      idempotencyKey: randomUUID(),
      requestFingerprint: "x",
      saveCard: true,
    })
    .returning();
  const [card] = await db
    .insert(savedCards)
    .values({
      walletId,
      // Never opened here: listing cards does not need the vault id.
      vaultId: randomUUID(),
      brand: "Visa",
      maskedNumber: "400000******0002",
      expiryMonth: 12,
      expiryYear: 2099,
      savedBy: "a@b.co.za",
      sourceTopUpId: top!.id,
    })
    .returning();
  const [rule] = await db
    .insert(autoTopUpRules)
    .values({
      walletId,
      cardId: card!.id,
      thresholdCents: 0n,
      amountCents: 100_00n,
      minHoursBetween: 24,
      monthlyCapCents: 1_000_00n,
      email: "a@b.co.za",
      setBy: "test",
    })
    .returning();
  await db.insert(cardCharges).values({
    walletId,
    cardId: card!.id,
    ruleId: rule!.id,
    reference: `DCX-C${randomUUID().slice(0, 9)}`,
    amountCents: 100_00n,
    status: "approved",
    requestedBy: "test",
    idempotencyKey: randomUUID(),
    requestFingerprint: "x",
  });
  return organizationId;
}

describe("saved cards in the graph", () => {
  it("loads 2 or 20 wallets' cards, rules and charges in the same number of queries", async () => {
    const organizations: string[] = [];
    for (let i = 0; i < 20; i++) organizations.push(await walletWithRule());
    const measure = async (ids: string[]) => {
      subgraph.database.resetQueryCount();
      const result = await subgraph.request<{
        _entities: { wallet: { savedCards: unknown[]; autoTopUp: { usedThisMonth: { amount: string } } } }[];
      }>(READ, { reps: ids.map((id) => ({ __typename: "Organization", id })) }, { as: providerStaff() });
      expect(result.errors).toBeUndefined();
      for (const entity of result.data!._entities) {
        expect(entity.wallet.savedCards).toHaveLength(1);
        expect(entity.wallet.autoTopUp.usedThisMonth.amount).toBe("100.00");
      }
      return subgraph.database.queryCount();
    };
    const few = await measure(organizations.slice(0, 2));
    const many = await measure(organizations);
    expect(many).toBe(few);
  });
});
