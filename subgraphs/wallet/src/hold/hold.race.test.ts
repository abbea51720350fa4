import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walletHolds, type walletTables } from "../db/schema";
import { walletSubgraph } from "../index";
import { sumEntries } from "../ledger/ledger.store";
import { findWalletsWithBalanceByOrganizationIds } from "../wallet/wallet.store";
import { placeHold } from "./hold.service";
import { fundedWallet, HOUR } from "./hold.test-helpers";

const ROUNDS = 20;
const ATTEMPTS = 50;

/** Runs on PGlite by default and on PostgreSQL (a pool of real connections) with TEST_POSTGRES_URL. */
describe("concurrent holds", () => {
  let database: Database<typeof walletTables>;

  beforeAll(async () => {
    database = await openTestDatabase(walletSubgraph);
  });
  afterAll(() => database.close());

  it(`lets exactly 10 of ${ATTEMPTS} simultaneous R1 holds through R10, ${ROUNDS} rounds`, async () => {
    const figures: { succeeded: number; refused: number; available: bigint }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { organizationId, walletId } = await fundedWallet(database.db, 1_000n);
      const expiresAt = new Date(Date.now() + HOUR);
      const results = await Promise.allSettled(
        Array.from({ length: ATTEMPTS }, (_, i) =>
          placeHold(database.db, {
            organizationId,
            amountCents: 100n,
            reason: `VM ${i}`,
            idempotencyKey: `race-${round}-${i}`,
            expiresAt,
          }),
        ),
      );
      const refusals = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
      for (const reason of refusals) expect(reason).toMatchObject({ extensions: { code: "INSUFFICIENT_FUNDS" } });

      const [wallet] = await findWalletsWithBalanceByOrganizationIds(database.db, [organizationId], "all");
      const active = await database.db
        .select()
        .from(walletHolds)
        .where(and(eq(walletHolds.walletId, walletId), eq(walletHolds.status, "active")));
      const available = wallet!.balanceCents - wallet!.heldCents;
      figures.push({ succeeded: ATTEMPTS - refusals.length, refused: refusals.length, available });

      // The ledger and the derived balance agree, and the holds are exactly the successes.
      expect(await sumEntries(database.db, walletId)).toBe(wallet!.balanceCents);
      expect(wallet!.balanceCents).toBe(1_000n);
      expect(active).toHaveLength(ATTEMPTS - refusals.length);
      expect(wallet!.heldCents).toBe(BigInt(active.length) * 100n);
    }
    expect(figures.map((f) => f.succeeded)).toEqual(Array(ROUNDS).fill(10));
    expect(figures.map((f) => f.refused)).toEqual(Array(ROUNDS).fill(ATTEMPTS - 10));
    expect(figures.map((f) => f.available)).toEqual(Array(ROUNDS).fill(0n));
  }, 120_000);

  it("with keepAvailable, lets exactly 3 of 20 simultaneous R1 holds through R5 keeping R2, 5 rounds", async () => {
    const outcomes: [number, number][] = [];
    for (let round = 0; round < 5; round++) {
      const { organizationId, walletId } = await fundedWallet(database.db, 500n);
      const expiresAt = new Date(Date.now() + HOUR);
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          placeHold(database.db, {
            organizationId,
            amountCents: 100n,
            reason: `VM ${i}`,
            idempotencyKey: `keep-race-${round}-${i}`,
            expiresAt,
            keepAvailableCents: 200n,
          }),
        ),
      );
      const refusals = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
      for (const reason of refusals) {
        expect(reason).toMatchObject({ extensions: { code: "INSUFFICIENT_FUNDS", shortfall: "1.00" } });
      }
      const active = await database.db
        .select()
        .from(walletHolds)
        .where(and(eq(walletHolds.walletId, walletId), eq(walletHolds.status, "active")));
      expect(active).toHaveLength(20 - refusals.length);
      outcomes.push([20 - refusals.length, refusals.length]);
    }
    expect(outcomes).toEqual(Array(5).fill([3, 17]));
  }, 120_000);
});
