import "reflect-metadata";
import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setLowBalanceAlert } from "../alerts/low-balance-alert.service";
import type { walletTables } from "../db/schema";
import { fundedWallet } from "../hold/hold.test-helpers";
import { walletSubgraph } from "../index";
import { EntryKind } from "../ledger/ledger-entry.type";
import { postEntry } from "../ledger/ledger.service";
import { expireHolds, placeHold, releaseHold } from "../hold/hold.service";
import { findNotices } from "./notice.store";

let database: Database<typeof walletTables>;
beforeAll(async () => {
  database = await openTestDatabase(walletSubgraph);
});
afterAll(() => database.close());

let sequence = 0;
const move = (organizationId: string, cents: bigint) =>
  postEntry(database.db, {
    organizationId,
    amountCents: cents,
    kind: cents < 0n ? EntryKind.CHARGE : EntryKind.TOP_UP,
    description: cents < 0n ? "Usage" : "Top-up",
    idempotencyKey: `low-balance-test-${++sequence}`,
  });
const warnings = async (walletId: string) =>
  (await findNotices(database.db, walletId)).filter((notice) => notice.kind === "low_balance");

describe("the low-balance warning", () => {
  it("goes out once per crossing below the threshold, and again only after the balance recovered", async () => {
    const { organizationId, walletId } = await fundedWallet(database.db, 500_00n);
    await setLowBalanceAlert(database.db, { organizationId, thresholdCents: 100_00n, email: "Billing@Example.co.za" });
    expect(await warnings(walletId)).toHaveLength(0);

    await move(organizationId, -450_00n); // R50 left: below R100
    await move(organizationId, -10_00n); // still below: no second warning
    expect(await warnings(walletId)).toHaveLength(1);
    const [first] = await warnings(walletId);
    expect(first!.recipient).toBe("billing@example.co.za");
    expect(first!.subject).toBe("Your DCX Cloud wallet is below R 100.00");
    expect(first!.body).toContain("available balance is R 50.00");

    await move(organizationId, 200_00n); // R240: back above, re-armed
    expect(await warnings(walletId)).toHaveLength(1);
    await move(organizationId, -150_00n); // R90: a new crossing
    expect(await warnings(walletId)).toHaveLength(2);
  });

  it("warns at once when set above the current balance, and not at all when turned off", async () => {
    const { organizationId, walletId } = await fundedWallet(database.db, 30_00n);
    const alert = await setLowBalanceAlert(database.db, { organizationId, thresholdCents: 50_00n, email: "a@b.co.za" });
    expect(alert).toMatchObject({ threshold: { amount: "50.00" }, email: "a@b.co.za", warned: true });
    expect(await warnings(walletId)).toHaveLength(1);

    // Saving the setting again while still below sends nothing more.
    await setLowBalanceAlert(database.db, { organizationId, thresholdCents: 50_00n, email: "a@b.co.za" });
    expect(await warnings(walletId)).toHaveLength(1);

    expect(await setLowBalanceAlert(database.db, { organizationId, thresholdCents: null, email: null })).toBeNull();
    await move(organizationId, -20_00n);
    expect(await warnings(walletId)).toHaveLength(1);
    // Turned on again while below: judged afresh.
    await setLowBalanceAlert(database.db, { organizationId, thresholdCents: 50_00n, email: "a@b.co.za" });
    expect(await warnings(walletId)).toHaveLength(2);
  });

  it("goes out once when 20 concurrent charges cross the threshold together", async () => {
    const { organizationId, walletId } = await fundedWallet(database.db, 1000_00n);
    await setLowBalanceAlert(database.db, { organizationId, thresholdCents: 500_00n, email: "ops@example.co.za" });
    await Promise.all(Array.from({ length: 20 }, () => move(organizationId, -40_00n)));
    expect(await warnings(walletId)).toHaveLength(1);
  });

  it("refuses a negative threshold or a threshold without an address", async () => {
    const { organizationId } = await fundedWallet(database.db, 0n);
    await expect(
      setLowBalanceAlert(database.db, { organizationId, thresholdCents: -1n, email: "a@b.co.za" }),
    ).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "threshold" } });
    await expect(
      setLowBalanceAlert(database.db, { organizationId, thresholdCents: 100n, email: null }),
    ).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "email" } });
  });
});

describe("the low-balance warning and holds", () => {
  it("goes out when a hold takes the available balance below, and re-arms when it is released", async () => {
    const { organizationId, walletId } = await fundedWallet(database.db, 300_00n);
    await setLowBalanceAlert(database.db, { organizationId, thresholdCents: 100_00n, email: "ops@example.co.za" });
    const expiresAt = new Date(Date.now() + 3600_000);
    const hold = await placeHold(database.db, {
      organizationId,
      amountCents: 250_00n,
      reason: "New VM",
      idempotencyKey: "low-balance-hold-1",
      expiresAt,
    });
    expect(await warnings(walletId)).toHaveLength(1);
    await releaseHold(database.db, { holdId: hold.id });
    await placeHold(database.db, {
      organizationId,
      amountCents: 250_00n,
      reason: "New VM again",
      idempotencyKey: "low-balance-hold-2",
      expiresAt,
    });
    expect(await warnings(walletId)).toHaveLength(2);
  });

  it("re-arms when an expired hold is swept, so the next crossing warns again", async () => {
    const { organizationId, walletId } = await fundedWallet(database.db, 300_00n);
    await setLowBalanceAlert(database.db, { organizationId, thresholdCents: 100_00n, email: "ops@example.co.za" });
    await placeHold(database.db, {
      organizationId,
      amountCents: 250_00n,
      reason: "New VM",
      idempotencyKey: "low-balance-expiring-hold",
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect(await warnings(walletId)).toHaveLength(1);
    expect(await expireHolds(database.db, new Date(Date.now() + 120_000))).toBe(1);
    await move(organizationId, -250_00n); // R50 left: a new crossing
    expect(await warnings(walletId)).toHaveLength(2);
  });
});
