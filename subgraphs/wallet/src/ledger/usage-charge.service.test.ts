import { randomUUID } from "node:crypto";
import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setLowBalanceAlert } from "../alerts/low-balance-alert.service";
import { walletEntries, type walletTables } from "../db/schema";
import { setCreditLimit } from "../hold/credit-limit.service";
import { fundedWallet } from "../hold/hold.test-helpers";
import { walletSubgraph } from "../index";
import { findNotices } from "../notices/notice.store";
import { getBalance } from "../wallet/wallet.service";
import { EntryKind } from "./ledger-entry.type";
import { postEntry } from "./ledger.service";
import { postUsageCharge } from "./usage-charge.service";

/** Runs on PGlite by default and on PostgreSQL (a pool of real connections) with TEST_POSTGRES_URL. */
describe("postUsageCharge", () => {
  let database: Database<typeof walletTables>;
  beforeAll(async () => {
    database = await openTestDatabase(walletSubgraph);
  });
  afterAll(() => database.close());

  const entriesOf = (walletId: string) =>
    database.db.select().from(walletEntries).where(eq(walletEntries.walletId, walletId));
  const usage = (organizationId: string, amountCents: bigint, day = "2026-11-26") =>
    postUsageCharge(database.db, {
      organizationId,
      amountCents,
      description: `VM usage ${day} (VAT included)`,
      idempotencyKey: `usage:${organizationId}:${day}`,
    });

  it("charges past the balance and the credit limit, where an ordinary charge is refused", async () => {
    const { organizationId, walletId } = await fundedWallet(database.db, 1_000n);
    await setCreditLimit(database.db, { organizationId, amountCents: 2_000n });
    await expect(
      postEntry(database.db, {
        organizationId,
        kind: EntryKind.CHARGE,
        amountCents: -3_001n,
        description: "VM hours",
        idempotencyKey: "ordinary-charge",
      }),
    ).rejects.toMatchObject({ extensions: { code: "INSUFFICIENT_FUNDS" } });

    const entry = await usage(organizationId, 3_001n);
    expect(entry).toMatchObject({ kind: EntryKind.CHARGE, amountCents: -3_001n });
    expect(await getBalance(database.db, organizationId)).toBe(-2_001n);
    // Deep in debt, the next day is still charged.
    await usage(organizationId, 50_000n, "2026-11-27");
    expect(await getBalance(database.db, organizationId)).toBe(-52_001n);
    expect(await entriesOf(walletId)).toHaveLength(3);
  });

  it("gives a negative amount back as a positive REFUND, and refuses zero writing nothing", async () => {
    const { organizationId, walletId } = await fundedWallet(database.db, 1_000n);
    expect(await usage(organizationId, -250n)).toMatchObject({ kind: EntryKind.REFUND, amountCents: 250n });
    await expect(usage(organizationId, 0n, "2026-11-27")).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "amountCents" },
    });
    expect(await entriesOf(walletId)).toHaveLength(2);
    expect(await getBalance(database.db, organizationId)).toBe(1_250n);
  });

  it("is NOT_FOUND for an organisation without a wallet", async () => {
    await expect(usage(randomUUID(), 100n)).rejects.toMatchObject({ extensions: { code: "NOT_FOUND" } });
  });

  it("writes one entry when 10 identical calls race, and CONFLICT for another amount under the key", async () => {
    const { organizationId, walletId } = await fundedWallet(database.db, 1_000n);
    const entries = await Promise.all(Array.from({ length: 10 }, () => usage(organizationId, 4_000n)));
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(1);
    await expect(usage(organizationId, 4_001n)).rejects.toMatchObject({ extensions: { code: "CONFLICT" } });
    expect(await entriesOf(walletId)).toHaveLength(2);
    expect(await getBalance(database.db, organizationId)).toBe(-3_000n);
  });

  it("warns once when concurrent usage charges cross the low-balance threshold together", async () => {
    const { organizationId, walletId } = await fundedWallet(database.db, 1000_00n);
    await setLowBalanceAlert(database.db, { organizationId, thresholdCents: 500_00n, email: "ops@example.co.za" });
    // 20 days of R60 (R1 200): below R500 after the ninth, and past zero.
    await Promise.all(Array.from({ length: 20 }, (_, day) => usage(organizationId, 60_00n, `2026-11-${day + 1}`)));
    const warnings = (await findNotices(database.db, walletId)).filter((notice) => notice.kind === "low_balance");
    expect(warnings).toHaveLength(1);
    expect(await getBalance(database.db, organizationId)).toBe(-200_00n);
  });
});
