import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { walletTables } from "../db/schema";
// The subgraph first: it loads the decorators' metadata support before any GraphQL type.
import { walletSubgraph } from "../index";
import { fundedWallet } from "../hold/hold.test-helpers";
import { postUsageCharge } from "../ledger/usage-charge.service";
import { findDailyUsageByWalletIds, usageRunway } from "./usage-runway";

describe("the wallet's runway at its usage charges", () => {
  let database: Database<typeof walletTables>;
  beforeAll(async () => {
    database = await openTestDatabase(walletSubgraph);
  });
  afterAll(() => database.close());

  const usage = (organizationId: string, amountCents: bigint, day: string) =>
    postUsageCharge(database.db, {
      organizationId,
      amountCents,
      description: `VM usage ${day} (VAT included)`,
      idempotencyKey: `usage:${organizationId}:${day}`,
    });

  it("averages the newest three charged days, a refund counting against its day", async () => {
    const { organizationId, walletId } = await fundedWallet(database.db, 100_000n);
    const other = await fundedWallet(database.db, 100_000n);
    await usage(organizationId, 9_000n, "2026-11-20");
    await usage(organizationId, 1_000n, "2026-11-24");
    await usage(organizationId, 1_300n, "2026-11-26");
    await usage(organizationId, -100n, "2026-11-25");
    await usage(other.organizationId, 500n, "2026-11-26");
    // A closed month's later settlement is not a day of usage.
    await postUsageCharge(database.db, {
      organizationId,
      amountCents: -40n,
      description: "VM usage of 2026-11 settled on 2026-12-01 (VAT included)",
      idempotencyKey: `usage:${organizationId}:2026-11:settled-2026-12-01`,
    });
    // 24th, 25th (a refund) and 26th: (1 000 − 100 + 1 300) / 3.
    expect(await findDailyUsageByWalletIds(database.db, [walletId, other.walletId], "all")).toEqual([733n, 500n]);
    // Only the organisations the caller sees are read.
    expect(await findDailyUsageByWalletIds(database.db, [walletId, other.walletId], [other.organizationId])).toEqual([
      null,
      500n,
    ]);
  });

  it("is null for a wallet never charged for usage", async () => {
    const { walletId } = await fundedWallet(database.db, 100_000n);
    expect(await findDailyUsageByWalletIds(database.db, [walletId], "all")).toEqual([null]);
  });

  it("divides what is available by the daily usage, to a tenth of a day", () => {
    expect(usageRunway(100_000n, 733n, "ZAR")).toEqual({
      dailyUsage: expect.objectContaining({ amount: "7.33" }),
      days: 136.4,
    });
    expect(usageRunway(-5n, 733n, "ZAR").days).toBe(0);
    expect(usageRunway(100_000n, 0n, "ZAR").days).toBeNull();
  });
});
