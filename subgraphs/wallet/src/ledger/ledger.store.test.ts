import { randomUUID } from "node:crypto";
import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walletEntries, type walletTables } from "../db/schema";
import { walletSubgraph } from "../index";
import { openWallet } from "../wallet/wallet.service";
import { EntryKind } from "./ledger-entry.type";
import { postEntry } from "./ledger.service";
import { findLatestEntriesByWalletIds } from "./ledger.store";

describe("findLatestEntriesByWalletIds", () => {
  let database: Database<typeof walletTables>;
  const walletIds: string[] = [];
  const organizationIds: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(walletSubgraph);
    for (const entries of [12, 2, 0]) {
      const organizationId = randomUUID();
      organizationIds.push(organizationId);
      walletIds.push((await openWallet(database.db, organizationId)).id);
      for (let i = 0; i < entries; i += 1) {
        await postEntry(database.db, {
          organizationId,
          kind: EntryKind.TOP_UP,
          amountCents: 100n,
          description: `entry ${i}`,
          idempotencyKey: `entry-${i}-${organizationId}`,
        });
      }
    }
  });
  afterAll(() => database.close());

  it("answers every wallet in one query with its newest entries first, in writing order", async () => {
    database.resetQueryCount();
    const [busy, quiet, empty] = await findLatestEntriesByWalletIds(database.db, walletIds, 5, "all");
    expect(database.queryCount()).toBe(1);
    expect(busy!.map((entry) => entry.description)).toEqual(["entry 11", "entry 10", "entry 9", "entry 8", "entry 7"]);
    expect(quiet!.map((entry) => entry.description)).toEqual(["entry 1", "entry 0"]);
    expect(empty).toEqual([]);
  });

  it("reads only the wallets of visible organisations, in the same one query", async () => {
    database.resetQueryCount();
    const [busy, quiet] = await findLatestEntriesByWalletIds(database.db, walletIds.slice(0, 2), 5, [
      organizationIds[1]!,
    ]);
    expect(database.queryCount()).toBe(1);
    expect(busy).toEqual([]);
    expect(quiet).toHaveLength(2);
  });

  it("reads nothing, without a query, when nothing is visible", async () => {
    database.resetQueryCount();
    expect(await findLatestEntriesByWalletIds(database.db, walletIds, 5, [])).toEqual([[], [], []]);
    expect(database.queryCount()).toBe(0);
  });

  it("keeps writing order even when the clock repeats or steps back", async () => {
    const organizationId = randomUUID();
    const wallet = await openWallet(database.db, organizationId);
    // An entry dated an hour ahead stands for a clock that has since stepped back.
    await database.db.insert(walletEntries).values({
      walletId: wallet.id,
      kind: EntryKind.TOP_UP,
      amountCents: 100n,
      description: "written first",
      idempotencyKey: "written-first",
      requestFingerprint: "fixture",
      createdAt: sql`now() + interval '1 hour'`,
    });
    const latest = await postEntry(database.db, {
      organizationId,
      kind: EntryKind.TOP_UP,
      amountCents: 100n,
      description: "written second",
      idempotencyKey: "written-second",
    });
    const [entries] = await findLatestEntriesByWalletIds(database.db, [wallet.id], 10, "all");
    expect(entries!.map((entry) => entry.description)).toEqual(["written second", "written first"]);
    expect(latest.createdAt.getTime()).toBeGreaterThanOrEqual(entries![1]!.createdAt.getTime());
  });
});
