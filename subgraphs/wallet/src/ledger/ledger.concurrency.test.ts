import { randomUUID } from "node:crypto";
import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walletEntries, type walletTables } from "../db/schema";
import { walletSubgraph } from "../index";
import { getBalance, openWallet } from "../wallet/wallet.service";
import { EntryKind } from "./ledger-entry.type";
import { postEntry } from "./ledger.service";

/** Runs on PGlite by default and on PostgreSQL (a pool of real connections) with TEST_POSTGRES_URL. */
describe("concurrent ledger writes", () => {
  let database: Database<typeof walletTables>;

  beforeAll(async () => {
    database = await openTestDatabase(walletSubgraph);
  });
  afterAll(() => database.close());

  async function fundedWallet(cents: bigint) {
    const organizationId = randomUUID();
    const wallet = await openWallet(database.db, organizationId);
    await postEntry(database.db, {
      organizationId,
      kind: EntryKind.TOP_UP,
      amountCents: cents,
      description: "Opening top-up",
      idempotencyKey: `top-up-${organizationId}`,
    });
    return { organizationId, walletId: wallet.id };
  }

  it("lets exactly 10 of 30 simultaneous R1 charges through a R10 balance", async () => {
    const { organizationId, walletId } = await fundedWallet(1_000n);
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        postEntry(database.db, {
          organizationId,
          kind: EntryKind.CHARGE,
          amountCents: -100n,
          description: `VM hour ${i}`,
          idempotencyKey: `vm-hour-charge-${i}`,
        }),
      ),
    );
    const succeeded = results.filter((result) => result.status === "fulfilled");
    const refusals = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(succeeded).toHaveLength(10);
    expect(refusals).toHaveLength(20);
    for (const reason of refusals) expect(reason).toMatchObject({ extensions: { code: "INSUFFICIENT_FUNDS" } });
    expect(await getBalance(database.db, organizationId)).toBe(0n);
    const rows = await database.db.select().from(walletEntries).where(eq(walletEntries.walletId, walletId));
    expect(rows).toHaveLength(11);
  });

  it("writes once when the same request races under one idempotency key", async () => {
    const { organizationId, walletId } = await fundedWallet(1_000n);
    const request = {
      organizationId,
      kind: EntryKind.CHARGE,
      amountCents: -300n,
      description: "Disk hours",
      idempotencyKey: "disk-hours-2025-01",
    };
    const entries = await Promise.all(Array.from({ length: 10 }, () => postEntry(database.db, request)));
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(1);
    expect(await getBalance(database.db, organizationId)).toBe(700n);
    const rows = await database.db.select().from(walletEntries).where(eq(walletEntries.walletId, walletId));
    expect(rows).toHaveLength(2);
  });
});
