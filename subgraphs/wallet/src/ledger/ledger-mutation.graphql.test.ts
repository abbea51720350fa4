import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { customerUser, providerStaff, resellerUser, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walletEntries, type walletTables } from "../db/schema";
import { walletSubgraph } from "../index";
import { getBalance, openWallet } from "../wallet/wallet.service";
import { EntryKind } from "./ledger-entry.type";
import { postEntry } from "./ledger.service";

const ENTRY = "id kind amount { amount currency } description createdAt";
const GRANT = `mutation($org: ID!, $amount: Decimal!, $description: String!, $key: String!) {
  grantCredit(organizationId: $org, amount: $amount, description: $description, idempotencyKey: $key) { ${ENTRY} } }`;
const REFUND = `mutation($org: ID!, $amount: Decimal!, $description: String!, $key: String!) {
  refundToWallet(organizationId: $org, amount: $amount, description: $description, idempotencyKey: $key) { ${ENTRY} } }`;
const ADJUST = `mutation($org: ID!, $amount: Decimal!, $reason: String!, $key: String!) {
  adjustWallet(organizationId: $org, amount: $amount, reason: $reason, idempotencyKey: $key) { ${ENTRY} } }`;
const WALLETS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization {
  wallet { balance { amount } breakdown { paid { amount currency } granted { amount } spent { amount } adjusted { amount } } } } } }`;

interface Entry {
  id: string;
  kind: string;
  amount: { amount: string; currency: string };
  description: string;
}

describe("grantCredit, refundToWallet and adjustWallet", () => {
  let subgraph: TestSubgraph<typeof walletTables>;
  const entryCount = async () => (await subgraph.database.db.select({ n: count() }).from(walletEntries))[0]!.n;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(walletSubgraph);
  });
  afterAll(() => subgraph.close());

  async function walletOf(cents = 0n, organizationId = randomUUID()) {
    await openWallet(subgraph.database.db, organizationId);
    if (cents > 0n) {
      await postEntry(subgraph.database.db, {
        organizationId,
        kind: EntryKind.TOP_UP,
        amountCents: cents,
        description: "Opening top-up",
        idempotencyKey: `top-up-${organizationId}`,
      });
    }
    return organizationId;
  }
  const grant = (org: string, amount: string, key: string, as?: Caller | null, description = "Welcome credit") =>
    subgraph.request<{ grantCredit: Entry }>(GRANT, { org, amount, description, key }, as === undefined ? {} : { as });
  const refund = (org: string, amount: string, key: string, as?: Caller | null, description = "Outage refund") =>
    subgraph.request<{ refundToWallet: Entry }>(
      REFUND,
      { org, amount, description, key },
      as === undefined ? {} : { as },
    );
  const adjust = (org: string, amount: string, key: string, as?: Caller | null, reason = "Correction") =>
    subgraph.request<{ adjustWallet: Entry }>(ADJUST, { org, amount, reason, key }, as === undefined ? {} : { as });
  const walletsOf = (orgs: string[]) =>
    subgraph.request<{
      _entities: {
        wallet: {
          balance: { amount: string };
          breakdown: Record<"paid" | "granted" | "spent" | "adjusted", { amount: string }>;
        } | null;
      }[];
    }>(WALLETS, { reps: orgs.map((id) => ({ __typename: "Organization", id })) });

  it("posts each kind as one ledger entry and shows the balance split by where it came from", async () => {
    const org = await walletOf(10_000n);
    const credit = await grant(org, "250.00", "grant-0001", providerStaff({ role: "owner" }));
    expect(credit.errors).toBeUndefined();
    expect(credit.data?.grantCredit).toMatchObject({
      kind: "CREDIT_GRANT",
      amount: { amount: "250.00", currency: "ZAR" },
      description: "Welcome credit",
    });
    expect((await refund(org, "12.34", "refund-0001")).data?.refundToWallet).toMatchObject({
      kind: "REFUND",
      amount: { amount: "12.34" },
      description: "Outage refund",
    });
    expect((await adjust(org, "-5.50", "adjust-0001", undefined, "  Double-billed disk  ")).data).toMatchObject({
      adjustWallet: { kind: "ADJUSTMENT", amount: { amount: "-5.50" }, description: "Double-billed disk" },
    });
    expect((await adjust(org, "1.00", "adjust-0002")).data?.adjustWallet.amount.amount).toBe("1.00");
    await postEntry(subgraph.database.db, {
      organizationId: org,
      kind: EntryKind.CHARGE,
      amountCents: -3_000n,
      description: "VM hours",
      idempotencyKey: "charge-0001",
    });

    const [entity] = (await walletsOf([org])).data!._entities;
    expect(entity?.wallet).toEqual({
      balance: { amount: "327.84" },
      breakdown: {
        paid: { amount: "112.34", currency: "ZAR" },
        granted: { amount: "250.00" },
        spent: { amount: "30.00" },
        adjusted: { amount: "-4.50" },
      },
    });
    expect(await getBalance(subgraph.database.db, org)).toBe(32_784n);
  });

  it("opens the wallet of a customer that has none yet with its first credit, once for two at once", async () => {
    const org = randomUUID();
    const staff = providerStaff({ role: "owner" });
    const [first, second] = await Promise.all([
      grant(org, "100.00", "first-credit-1", staff),
      grant(org, "50.00", "first-credit-2", staff),
    ]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(await getBalance(subgraph.database.db, org)).toBe(15_000n);
    const [wallet] = (await walletsOf([org])).data!._entities;
    expect(wallet?.wallet?.breakdown.granted.amount).toBe("150.00");
  });

  it("lets an adjustment take the balance below zero: it is a correction, not a charge", async () => {
    const org = await walletOf(100n);
    expect((await adjust(org, "-10.00", "adjust-below")).data?.adjustWallet.amount.amount).toBe("-10.00");
    expect(await getBalance(subgraph.database.db, org)).toBe(-900n);
  });

  it("returns the same entry for the same key and request, and CONFLICT for another request, writing once", async () => {
    const org = await walletOf();
    const first = await grant(org, "100.00", "grant-replay-1");
    const before = await entryCount();
    const again = await grant(org, "100.00", "grant-replay-1");
    expect(again.data?.grantCredit).toEqual(first.data?.grantCredit);
    const racing = await Promise.all(Array.from({ length: 5 }, () => adjust(org, "-1.00", "adjust-replay-1")));
    expect(new Set(racing.map((result) => result.data?.adjustWallet.id)).size).toBe(1);
    expect(await entryCount()).toBe(before + 1);

    for (const different of [
      grant(org, "100.01", "grant-replay-1"),
      grant(org, "100.00", "grant-replay-1", undefined, "Other words"),
      refund(org, "100.00", "grant-replay-1"),
      adjust(org, "100.00", "grant-replay-1", undefined, "Welcome credit"),
    ]) {
      expect((await different).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    }
    expect(await entryCount()).toBe(before + 1);
    expect(await getBalance(subgraph.database.db, org)).toBe(9_900n);
  });

  it.each([
    ["an amount with three decimals", () => GRANT, { amount: "1.001" }, "amount"],
    ["a negative credit grant", () => GRANT, { amount: "-5.00" }, "amount"],
    ["a zero credit grant", () => GRANT, { amount: "0.00" }, "amount"],
    ["a negative refund", () => REFUND, { amount: "-5.00" }, "amount"],
    ["a zero adjustment", () => ADJUST, { amount: "0" }, "amount"],
    ["an empty description", () => GRANT, { description: "   " }, "description"],
    ["a description over 200 characters", () => REFUND, { description: "x".repeat(201) }, "description"],
    ["an empty reason", () => ADJUST, { reason: " " }, "reason"],
    ["a short idempotency key", () => ADJUST, { key: "short" }, "idempotencyKey"],
    ["an organisation id that is not a UUID", () => GRANT, { org: "vodacom" }, "organizationId"],
  ])("refuses %s as BAD_USER_INPUT naming the field, writing nothing", async (_, operation, change, field) => {
    const org = await walletOf(1_000n);
    const before = await entryCount();
    const variables = { org, amount: "5.00", description: "Fine", reason: "Fine", key: `bad-input-${randomUUID()}` };
    const result = await subgraph.request(operation(), { ...variables, ...change });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await entryCount()).toBe(before);
    expect(await getBalance(subgraph.database.db, org)).toBe(1_000n);
  });

  describe("callers other than provider owners and admins", () => {
    const customer = randomUUID();
    const reseller = randomUUID();
    beforeAll(() => walletOf(5_000n, customer));

    const refused: [string, Caller | null, string][] = [
      ["the customer's owner", customerUser(customer, "owner"), "FORBIDDEN"],
      ["the customer's admin", customerUser(customer, "admin"), "FORBIDDEN"],
      ["the customer's reseller", resellerUser(reseller, [customer], "owner"), "FORBIDDEN"],
      ["a provider member", providerStaff({ role: "member" }), "FORBIDDEN"],
      ["a provider billing user", providerStaff({ role: "billing" }), "FORBIDDEN"],
      ["a read-only provider key", providerStaff({ kind: "api_key", readOnly: true }), "FORBIDDEN"],
      ["an unauthenticated caller", null, "UNAUTHENTICATED"],
    ];
    it.each(refused)("%s may not move money, and nothing is written", async (_, caller, code) => {
      const before = await entryCount();
      const results = await Promise.all([
        grant(customer, "1000.00", "not-allowed-grant", caller),
        refund(customer, "1000.00", "not-allowed-refund", caller),
        adjust(customer, "1000.00", "not-allowed-adjust", caller),
        adjust(customer, "-1000.00", "not-allowed-adjust-down", caller),
        // Refused before the input is looked at: bad input does not tell them more.
        grant(randomUUID(), "1.001", "x", caller),
      ]);
      for (const result of results) {
        expect(result.data).toBeNull();
        expect(result.errors?.[0]?.extensions?.code).toBe(code);
      }
      expect(await entryCount()).toBe(before);
      expect(await getBalance(subgraph.database.db, customer)).toBe(5_000n);
    });
  });

  it("loads the breakdown of 2 or 20 wallets in the same one query as the balance", async () => {
    const orgs: string[] = [];
    for (let i = 0; i < 20; i++) {
      const org = await walletOf(1_000n);
      await grant(org, "2.00", `count-grant-${i}`);
      orgs.push(org);
    }
    const measure = async (ids: string[]) => {
      subgraph.database.resetQueryCount();
      const result = await walletsOf(ids);
      expect(result.errors).toBeUndefined();
      for (const entity of result.data!._entities) {
        expect(entity.wallet).toMatchObject({
          balance: { amount: "12.00" },
          breakdown: { granted: { amount: "2.00" } },
        });
      }
      return subgraph.database.queryCount();
    };
    expect([await measure(orgs.slice(0, 2)), await measure(orgs)]).toEqual([1, 1]);
  });
});
