import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import {
  customerUser,
  providerStaff,
  resellerUser,
  startTestSubgraph,
  type TestServiceKeys,
  testServiceKeys,
  type TestSubgraph,
} from "@dcx/kit/testing";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setLowBalanceAlert } from "../alerts/low-balance-alert.service";
import { walletEntries, type walletTables } from "../db/schema";
import { setCreditLimit } from "../hold/credit-limit.service";
import { fundedWallet, HOUR } from "../hold/hold.test-helpers";
import { placeHold } from "../hold/hold.service";
import { walletSubgraph } from "../index";
import { findNotices } from "../notices/notice.store";
import { findWalletsWithBalanceByOrganizationIds } from "../wallet/wallet.store";

const POST = `mutation($org: ID!, $amount: Decimal!, $description: String!, $key: String!) {
  postUsageCharge(organizationId: $org, amount: $amount, description: $description, idempotencyKey: $key) {
    id kind amount { amount currency } description } }`;

interface Entry {
  id: string;
  kind: string;
  amount: { amount: string; currency: string };
  description: string;
}
type Client = ReturnType<TestServiceKeys["client"]>;

/** The wallet over real HTTP, trusting `telemetry-billing` (may post usage) and `vms` (may not). */
describe("postUsageCharge", () => {
  const billing = testServiceKeys("telemetry-billing");
  const vms = testServiceKeys("vms");
  let subgraph: TestSubgraph<typeof walletTables>;
  let asBilling: Client;
  let asVms: Client;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(walletSubgraph, undefined, {
      trustedServices: new Map([
        [billing.service, billing.publicKey],
        [vms.service, vms.publicKey],
      ]),
    });
    asBilling = billing.client({ wallet: subgraph.server.graphqlUrl });
    asVms = vms.client({ wallet: subgraph.server.graphqlUrl });
  });
  afterAll(() => subgraph.close());

  const dayKey = (organizationId: string, day = "2026-11-26") => `usage:${organizationId}:${day}`;
  const charge = (
    client: Client,
    org: string,
    amount: string,
    key = dayKey(org),
    description = "VM usage 2026-11-26",
  ) => client.request<{ postUsageCharge: Entry }>("wallet", POST, { org, amount, description, key });
  const chargeAs = (as: Caller | null, org: string, amount: string, key = dayKey(org)) =>
    subgraph.request<{ postUsageCharge: Entry }>(POST, { org, amount, description: "VM usage", key }, { as });

  const state = async (organizationId: string) => {
    const [wallet] = await findWalletsWithBalanceByOrganizationIds(subgraph.database.db, [organizationId], "all");
    const [entries] = await subgraph.database.db
      .select({ n: count() })
      .from(walletEntries)
      .where(eq(walletEntries.walletId, wallet!.id));
    return { entries: entries!.n, balance: wallet!.balanceCents, available: wallet!.balanceCents - wallet!.heldCents };
  };

  describe("who may post", () => {
    it("the billing service, with its per-day key, as a CHARGE taken from the wallet", async () => {
      const { organizationId } = await fundedWallet(subgraph.database.db, 10_000n);
      const posted = await charge(asBilling, organizationId, "12.34");
      expect(posted).toEqual({
        data: {
          postUsageCharge: {
            id: expect.any(String),
            kind: "CHARGE",
            amount: { amount: "-12.34", currency: "ZAR" },
            description: "VM usage 2026-11-26",
          },
        },
      });
      expect(await state(organizationId)).toMatchObject({ entries: 2, balance: 8_766n });
    });

    it("provider staff, re-posting a day by hand", async () => {
      const { organizationId } = await fundedWallet(subgraph.database.db, 10_000n);
      for (const staff of [providerStaff({ role: "owner" }), providerStaff({ role: "admin" })]) {
        const posted = await chargeAs(staff, organizationId, "1.00", `usage:${organizationId}:${staff.role}`);
        expect(posted.data?.postUsageCharge).toMatchObject({ kind: "CHARGE", amount: { amount: "-1.00" } });
      }
      expect(await state(organizationId)).toMatchObject({ entries: 3, balance: 9_800n });
    });

    it("not the VMs service, nor anyone else, and nothing is written", async () => {
      const reseller = randomUUID();
      const { organizationId } = await fundedWallet(subgraph.database.db, 5_000n);
      const before = await state(organizationId);
      type Result = { data?: unknown; errors?: readonly { extensions?: Record<string, unknown> }[] };
      const refused: [string, () => Promise<Result>, string][] = [
        ["vms", () => charge(asVms, organizationId, "1.00"), "FORBIDDEN"],
        [
          "the customer's owner",
          () => chargeAs(customerUser(organizationId, "owner"), organizationId, "1.00"),
          "FORBIDDEN",
        ],
        [
          "the customer's billing user",
          () => chargeAs(customerUser(organizationId, "billing"), organizationId, "1.00"),
          "FORBIDDEN",
        ],
        [
          "its reseller",
          () => chargeAs(resellerUser(reseller, [organizationId], "owner"), organizationId, "1.00"),
          "FORBIDDEN",
        ],
        ["a provider member", () => chargeAs(providerStaff({ role: "member" }), organizationId, "1.00"), "FORBIDDEN"],
        [
          "a read-only provider key",
          () => chargeAs(providerStaff({ kind: "api_key", readOnly: true }), organizationId, "1.00"),
          "FORBIDDEN",
        ],
        ["nobody signed in", () => chargeAs(null, organizationId, "1.00"), "UNAUTHENTICATED"],
        // Refused before the input is read: bad input tells them nothing more.
        ["vms with bad input", () => charge(asVms, randomUUID(), "1.001", "x"), "FORBIDDEN"],
        [
          "a customer with bad input",
          () => chargeAs(customerUser(organizationId, "owner"), randomUUID(), "0", "x"),
          "FORBIDDEN",
        ],
      ];
      for (const [who, attempt, code] of refused) {
        const result = await attempt();
        expect(result.data, who).toBeNull();
        expect(result.errors?.[0]?.extensions?.code, who).toBe(code);
      }
      expect(await state(organizationId)).toEqual(before);
    });

    it("a token from a key the wallet does not trust is UNAUTHENTICATED", async () => {
      const { organizationId } = await fundedWallet(subgraph.database.db, 5_000n);
      const impostor = testServiceKeys("telemetry-billing").client({ wallet: subgraph.server.graphqlUrl });
      const result = await charge(impostor, organizationId, "1.00");
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(await state(organizationId)).toMatchObject({ entries: 1, balance: 5_000n });
    });
  });

  describe("idempotency", () => {
    it("returns the first entry for the same key and request, and CONFLICT for another, writing once", async () => {
      const { organizationId } = await fundedWallet(subgraph.database.db, 10_000n);
      const first = await charge(asBilling, organizationId, "20.00");
      const again = await charge(asBilling, organizationId, "20.00");
      expect(first.errors).toBeUndefined();
      expect(again).toEqual(first);
      // Staff re-posting the day by hand under the billing service's key get that entry, not a second charge.
      const byHand = await subgraph.request<{ postUsageCharge: Entry }>(POST, {
        org: organizationId,
        amount: "20.00",
        description: "VM usage 2026-11-26",
        key: dayKey(organizationId),
      });
      expect(byHand.data?.postUsageCharge.id).toBe(first.data!.postUsageCharge.id);

      for (const different of [
        charge(asBilling, organizationId, "20.01"),
        charge(asBilling, organizationId, "-20.00"),
        charge(asBilling, organizationId, "20.00", dayKey(organizationId), "VM usage, revised"),
      ]) {
        const result = await different;
        expect(result.data).toBeNull();
        expect(result.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      }
      expect(await state(organizationId)).toMatchObject({ entries: 2, balance: 8_000n });
    });

    it("writes one entry when 10 identical calls arrive together", async () => {
      const { organizationId } = await fundedWallet(subgraph.database.db, 10_000n);
      const results = await Promise.all(Array.from({ length: 10 }, () => charge(asBilling, organizationId, "7.50")));
      for (const result of results) expect(result.errors).toBeUndefined();
      expect(new Set(results.map((result) => result.data!.postUsageCharge.id)).size).toBe(1);
      expect(await state(organizationId)).toMatchObject({ entries: 2, balance: 9_250n });
    });
  });

  describe("amounts", () => {
    it("is posted beyond the balance, holds and credit limit: the usage already happened", async () => {
      const { organizationId } = await fundedWallet(subgraph.database.db, 1_000n);
      await setCreditLimit(subgraph.database.db, { organizationId, amountCents: 500n });
      await placeHold(subgraph.database.db, {
        organizationId,
        amountCents: 1_200n,
        reason: "VM web-01",
        idempotencyKey: `hold-${organizationId}`,
        expiresAt: new Date(Date.now() + HOUR),
      });
      // available, credit limit R5.00: R3.00 could still be spent; R50.00 is charged anyway.
      const posted = await charge(asBilling, organizationId, "50.00");
      expect(posted.data?.postUsageCharge).toMatchObject({ kind: "CHARGE", amount: { amount: "-50.00" } });
      expect(await state(organizationId)).toEqual({ entries: 2, balance: -4_000n, available: -5_200n });
      // Other money still stops at the limit: a hold now has nothing to reserve.
      await expect(
        placeHold(subgraph.database.db, {
          organizationId,
          amountCents: 1n,
          reason: "VM web-02",
          idempotencyKey: `hold-2-${organizationId}`,
          expiresAt: new Date(Date.now() + HOUR),
        }),
      ).rejects.toMatchObject({ extensions: { code: "INSUFFICIENT_FUNDS" } });
    });

    it("gives an over-charge back as a REFUND", async () => {
      const { organizationId } = await fundedWallet(subgraph.database.db, 1_000n);
      const posted = await charge(asBilling, organizationId, "-2.50", dayKey(organizationId, "2026-11-25-fix"));
      expect(posted.data?.postUsageCharge).toMatchObject({ kind: "REFUND", amount: { amount: "2.50" } });
      expect(await state(organizationId)).toMatchObject({ entries: 2, balance: 1_250n });
    });

    it.each([
      ["a zero amount", { amount: "0.00" }, "BAD_USER_INPUT", "amount"],
      ["an amount with three decimals", { amount: "1.001" }, "BAD_USER_INPUT", "amount"],
      ["a negative amount with three decimals", { amount: "-0.005" }, "BAD_USER_INPUT", "amount"],
      ["an empty description", { description: "  " }, "BAD_USER_INPUT", "description"],
      ["a short idempotency key", { key: "usage:1" }, "BAD_USER_INPUT", "idempotencyKey"],
      ["a key reserved for top-ups", { key: "top-up:0001" }, "BAD_USER_INPUT", "idempotencyKey"],
      ["an organisation id that is not a UUID", { org: "vodacom" }, "BAD_USER_INPUT", "organizationId"],
    ])("refuses %s as %s naming the field, writing nothing", async (_, change, code, field) => {
      const { organizationId } = await fundedWallet(subgraph.database.db, 1_000n);
      const variables = { org: organizationId, amount: "5.00", description: "VM usage", key: dayKey(organizationId) };
      const result = await asBilling.request("wallet", POST, { ...variables, ...change });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(await state(organizationId)).toMatchObject({ entries: 1, balance: 1_000n });
    });

    it("is NOT_FOUND for an organisation without a wallet, and opens none", async () => {
      const organizationId = randomUUID();
      const result = await charge(asBilling, organizationId, "5.00");
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(await findWalletsWithBalanceByOrganizationIds(subgraph.database.db, [organizationId], "all")).toEqual([
        null,
      ]);
    });
  });

  it("queues the low-balance warning once when usage takes the wallet below the threshold", async () => {
    const { organizationId, walletId } = await fundedWallet(subgraph.database.db, 500_00n);
    await setLowBalanceAlert(subgraph.database.db, {
      organizationId,
      thresholdCents: 100_00n,
      email: "ops@example.co.za",
    });
    const warnings = async () =>
      (await findNotices(subgraph.database.db, walletId)).filter((notice) => notice.kind === "low_balance");

    await charge(asBilling, organizationId, "350.00", dayKey(organizationId, "2026-11-24")); // R150 left
    expect(await warnings()).toHaveLength(0);
    await charge(asBilling, organizationId, "100.00", dayKey(organizationId, "2026-11-25")); // R50 left
    await charge(asBilling, organizationId, "100.00", dayKey(organizationId, "2026-11-25")); // a replay
    await charge(asBilling, organizationId, "80.00", dayKey(organizationId, "2026-11-26")); // still below
    const sent = await warnings();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ recipient: "ops@example.co.za" });
    expect(sent[0]!.body).toContain("available balance is R 50.00");
  });
});
