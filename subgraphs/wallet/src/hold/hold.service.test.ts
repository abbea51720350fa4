import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walletEntries, walletHolds, type walletTables } from "../db/schema";
import { walletSubgraph } from "../index";
import { EntryKind } from "../ledger/ledger-entry.type";
import { postEntry } from "../ledger/ledger.service";
import { findWalletsWithBalanceByOrganizationIds } from "../wallet/wallet.store";
import { setCreditLimit } from "./credit-limit.service";
import { captureHold, expireHolds, placeHold, releaseHold } from "./hold.service";
import { fundedWallet, HOUR, manualClock } from "./hold.test-helpers";
import { HoldStatus } from "./hold.type";

describe("holds", () => {
  let database: Database<typeof walletTables>;
  const db = () => database.db;

  beforeAll(async () => {
    database = await openTestDatabase(walletSubgraph);
  });
  afterAll(() => database.close());

  const figures = async (organizationId: string, now: Date) => {
    const [wallet] = await findWalletsWithBalanceByOrganizationIds(db(), [organizationId], "all", now);
    return { balance: wallet!.balanceCents, available: wallet!.balanceCents - wallet!.heldCents };
  };
  const rowCounts = async (walletId: string) => ({
    holds: (await db().select({ n: count() }).from(walletHolds).where(eq(walletHolds.walletId, walletId)))[0]!.n,
    entries: (await db().select({ n: count() }).from(walletEntries).where(eq(walletEntries.walletId, walletId)))[0]!.n,
  });
  const hold = (organizationId: string, cents: bigint, key: string, clock: () => Date, hours = 1) =>
    placeHold(
      db(),
      {
        organizationId,
        amountCents: cents,
        reason: "VM provisioning",
        idempotencyKey: key,
        expiresAt: new Date(clock().getTime() + hours * HOUR),
      },
      clock,
    );

  it("reserves money: available drops, the balance does not", async () => {
    const clock = manualClock();
    const { organizationId } = await fundedWallet(db(), 1_000n);
    const placed = await hold(organizationId, 300n, "hold-key-1", clock);
    expect(placed).toMatchObject({ status: HoldStatus.ACTIVE, amountCents: 300n, capturedCents: 0n });
    expect(await figures(organizationId, clock())).toEqual({ balance: 1_000n, available: 700n });
    await expect(hold(organizationId, 701n, "hold-key-2", clock)).rejects.toMatchObject({
      extensions: { code: "INSUFFICIENT_FUNDS", available: "7.00", amount: "7.01" },
    });
  });

  it("captures part of a hold as a charge and releases the rest", async () => {
    const clock = manualClock();
    const { organizationId } = await fundedWallet(db(), 1_000n);
    const placed = await hold(organizationId, 400n, "hold-partial", clock);
    const { hold: settled, entry } = await captureHold(
      db(),
      { holdId: placed.id, amountCents: 250n, description: "VM created", idempotencyKey: "capture-partial" },
      clock,
    );
    expect(settled).toMatchObject({ status: HoldStatus.CAPTURED, capturedCents: 250n, settledAt: clock() });
    expect(entry).toMatchObject({ kind: EntryKind.CHARGE, amountCents: -250n, description: "VM created" });
    expect(await figures(organizationId, clock())).toEqual({ balance: 750n, available: 750n });
  });

  it("captures a whole hold, and a replay returns the same charge", async () => {
    const clock = manualClock();
    const { organizationId, walletId } = await fundedWallet(db(), 1_000n);
    const placed = await hold(organizationId, 1_000n, "hold-full", clock);
    const request = { holdId: placed.id, amountCents: 1_000n, description: "VM created", idempotencyKey: "cap-full" };
    const first = await captureHold(db(), request, clock);
    const again = await captureHold(db(), request, clock);
    expect(again.entry.id).toBe(first.entry.id);
    expect(await figures(organizationId, clock())).toEqual({ balance: 0n, available: 0n });
    expect(await rowCounts(walletId)).toEqual({ holds: 1, entries: 2 });
    await expect(captureHold(db(), { ...request, amountCents: 999n }, clock)).rejects.toMatchObject({
      extensions: { code: "CONFLICT" },
    });
    await expect(captureHold(db(), { ...request, idempotencyKey: "cap-full-2" }, clock)).rejects.toMatchObject({
      extensions: { code: "CONFLICT" },
    });
    await expect(releaseHold(db(), { holdId: placed.id }, clock)).rejects.toMatchObject({
      extensions: { code: "CONFLICT" },
    });
  });

  it("refuses to capture more than is held, writing nothing", async () => {
    const clock = manualClock();
    const { organizationId, walletId } = await fundedWallet(db(), 1_000n);
    const placed = await hold(organizationId, 100n, "hold-small", clock);
    await expect(
      captureHold(
        db(),
        { holdId: placed.id, amountCents: 101n, description: "Too much", idempotencyKey: "cap-over" },
        clock,
      ),
    ).rejects.toMatchObject({ extensions: { code: "CONFLICT" } });
    await expect(
      captureHold(
        db(),
        { holdId: placed.id, amountCents: 0n, description: "Nothing", idempotencyKey: "cap-zero" },
        clock,
      ),
    ).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "amountCents" } });
    expect(await rowCounts(walletId)).toEqual({ holds: 1, entries: 1 });
    expect(await figures(organizationId, clock())).toEqual({ balance: 1_000n, available: 900n });
  });

  it("releases a hold, once", async () => {
    const clock = manualClock();
    const { organizationId } = await fundedWallet(db(), 1_000n);
    const placed = await hold(organizationId, 600n, "hold-release", clock);
    const released = await releaseHold(db(), { holdId: placed.id }, clock);
    expect(released).toMatchObject({ status: HoldStatus.RELEASED, capturedCents: 0n });
    expect((await releaseHold(db(), { holdId: placed.id }, clock)).status).toBe(HoldStatus.RELEASED);
    expect(await figures(organizationId, clock())).toEqual({ balance: 1_000n, available: 1_000n });
    await expect(
      captureHold(db(), { holdId: placed.id, amountCents: 1n, description: "Late", idempotencyKey: "cap-late" }, clock),
    ).rejects.toMatchObject({ extensions: { code: "CONFLICT" } });
  });

  it("stops counting a hold at its expiry, refuses to capture it, and sweeps it", async () => {
    const clock = manualClock();
    const { organizationId, walletId } = await fundedWallet(db(), 1_000n);
    const placed = await hold(organizationId, 1_000n, "hold-expiring", clock, 1);
    await expect(hold(organizationId, 1n, "hold-blocked", clock)).rejects.toMatchObject({
      extensions: { code: "INSUFFICIENT_FUNDS" },
    });
    clock.advance(HOUR);
    expect(await figures(organizationId, clock())).toEqual({ balance: 1_000n, available: 1_000n });
    await expect(
      captureHold(
        db(),
        { holdId: placed.id, amountCents: 1n, description: "Late", idempotencyKey: "cap-expired" },
        clock,
      ),
    ).rejects.toMatchObject({ extensions: { code: "CONFLICT" } });
    expect(await rowCounts(walletId)).toEqual({ holds: 1, entries: 1 });
    // The next hold on the wallet sweeps the expired one in its own transaction.
    expect((await hold(organizationId, 1_000n, "hold-after-expiry", clock)).status).toBe(HoldStatus.ACTIVE);
    const [row] = await db().select().from(walletHolds).where(eq(walletHolds.id, placed.id));
    expect(row).toMatchObject({ status: "expired", settledAt: clock() });
  });

  it("expireHolds sweeps every wallet's holds past their expiry", async () => {
    const clock = manualClock(new Date("2030-01-01T00:00:00Z"));
    const { organizationId } = await fundedWallet(db(), 1_000n);
    const soon = await hold(organizationId, 100n, "hold-soon", clock, 1);
    const later = await hold(organizationId, 100n, "hold-later", clock, 3);
    clock.advance(2 * HOUR);
    expect(await expireHolds(db(), clock())).toBeGreaterThanOrEqual(1);
    const statuses = await db().select().from(walletHolds).where(eq(walletHolds.walletId, soon.walletId));
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({
      [soon.id]: "expired",
      [later.id]: "active",
    });
  });

  it("replays the same hold request and refuses a different one under the same key", async () => {
    const clock = manualClock();
    const { organizationId, walletId } = await fundedWallet(db(), 1_000n);
    const first = await hold(organizationId, 500n, "hold-replay", clock);
    expect((await hold(organizationId, 500n, "hold-replay", clock)).id).toBe(first.id);
    // Resent a minute later, its expiry computed again: the same hold, keeping its first expiry.
    clock.advance(60_000);
    const resent = await hold(organizationId, 500n, "hold-replay", clock);
    expect(resent.id).toBe(first.id);
    expect(resent.expiresAt).toEqual(first.expiresAt);
    await expect(hold(organizationId, 501n, "hold-replay", clock)).rejects.toMatchObject({
      extensions: { code: "CONFLICT" },
    });
    expect(await rowCounts(walletId)).toEqual({ holds: 1, entries: 1 });
    expect(await figures(organizationId, clock())).toEqual({ balance: 1_000n, available: 500n });
  });

  it("lets available go down to minus the credit limit and no further", async () => {
    const clock = manualClock();
    const { organizationId } = await fundedWallet(db(), 1_000n);
    await setCreditLimit(db(), { organizationId, amountCents: 500n });
    await hold(organizationId, 1_400n, "hold-credit-1", clock);
    await expect(hold(organizationId, 101n, "hold-credit-2", clock)).rejects.toMatchObject({
      extensions: { code: "INSUFFICIENT_FUNDS" },
    });
    await hold(organizationId, 100n, "hold-credit-3", clock);
    expect(await figures(organizationId, clock())).toEqual({ balance: 1_000n, available: -500n });
    // A direct charge may not spend held money either.
    await expect(
      postEntry(db(), {
        organizationId,
        kind: EntryKind.CHARGE,
        amountCents: -1n,
        description: "Extra",
        idempotencyKey: "charge-over-limit",
      }),
    ).rejects.toMatchObject({ extensions: { code: "INSUFFICIENT_FUNDS" } });
  });

  it("has a charge count only the holds still active by the clock it is given", async () => {
    const clock = manualClock();
    const { organizationId } = await fundedWallet(db(), 1_000n);
    await hold(organizationId, 1_000n, "hold-charge-clock", clock);
    const charge = (key: string) =>
      postEntry(
        db(),
        { organizationId, kind: EntryKind.CHARGE, amountCents: -1n, description: "Extra", idempotencyKey: key },
        clock(),
      );
    await expect(charge("charge-while-held")).rejects.toMatchObject({ extensions: { code: "INSUFFICIENT_FUNDS" } });
    clock.advance(2 * HOUR);
    expect(await charge("charge-after-expiry")).toMatchObject({ kind: EntryKind.CHARGE, amountCents: -1n });
  });

  describe("keepAvailable: what must stay available after the hold", () => {
    const holdKeeping = (organizationId: string, cents: bigint, keep: bigint, key: string, clock: () => Date) =>
      placeHold(
        db(),
        {
          organizationId,
          amountCents: cents,
          reason: "Create VM web-01",
          idempotencyKey: key,
          expiresAt: new Date(clock().getTime() + HOUR),
          keepAvailableCents: keep,
        },
        clock,
      );

    it("passes with exactly enough and refuses one cent short with the shortfall, writing nothing", async () => {
      const clock = manualClock();
      const { organizationId, walletId } = await fundedWallet(db(), 10_000n);
      await hold(organizationId, 1_000n, "keep-earlier", clock); // available R90.00
      await expect(holdKeeping(organizationId, 4_001n, 5_000n, "keep-short", clock)).rejects.toMatchObject({
        extensions: {
          code: "INSUFFICIENT_FUNDS",
          available: "90.00",
          amount: "40.01",
          keepAvailable: "50.00",
          shortfall: "0.01",
        },
      });
      expect(await rowCounts(walletId)).toEqual({ holds: 1, entries: 1 });
      const placed = await holdKeeping(organizationId, 4_000n, 5_000n, "keep-exact", clock);
      expect(placed).toMatchObject({ status: HoldStatus.ACTIVE, amountCents: 4_000n });
      expect(await figures(organizationId, clock())).toEqual({ balance: 10_000n, available: 5_000n });
    });

    it("counts the credit limit as today: available − amount ≥ keepAvailable − credit limit", async () => {
      const clock = manualClock();
      const { organizationId } = await fundedWallet(db(), 1_000n);
      await setCreditLimit(db(), { organizationId, amountCents: 300n });
      await expect(holdKeeping(organizationId, 701n, 600n, "keep-credit-short", clock)).rejects.toMatchObject({
        extensions: { code: "INSUFFICIENT_FUNDS", available: "13.00", shortfall: "0.01" },
      });
      await holdKeeping(organizationId, 700n, 600n, "keep-credit-exact", clock);
      expect(await figures(organizationId, clock())).toEqual({ balance: 1_000n, available: 300n });
    });

    it("also names the shortfall without keepAvailable, and a zero keepAvailable changes nothing", async () => {
      const clock = manualClock();
      const { organizationId } = await fundedWallet(db(), 500n);
      await expect(hold(organizationId, 750n, "keep-none-short", clock)).rejects.toMatchObject({
        extensions: { code: "INSUFFICIENT_FUNDS", shortfall: "2.50" },
      });
      expect((await holdKeeping(organizationId, 500n, 0n, "keep-zero", clock)).status).toBe(HoldStatus.ACTIVE);
    });

    it("is not part of the hold: a replay with another figure returns the same hold", async () => {
      const clock = manualClock();
      const { organizationId, walletId } = await fundedWallet(db(), 1_000n);
      const first = await holdKeeping(organizationId, 300n, 100n, "keep-replay", clock);
      // The second figure would not fit any more: a replay is answered before any check.
      expect((await holdKeeping(organizationId, 300n, 900n, "keep-replay", clock)).id).toBe(first.id);
      expect(await rowCounts(walletId)).toEqual({ holds: 1, entries: 1 });
    });

    it("refuses a negative keepAvailable as bad input", async () => {
      const clock = manualClock();
      const { organizationId, walletId } = await fundedWallet(db(), 1_000n);
      await expect(holdKeeping(organizationId, 100n, -1n, "keep-negative", clock)).rejects.toMatchObject({
        extensions: { code: "BAD_USER_INPUT", field: "keepAvailable" },
      });
      expect(await rowCounts(walletId)).toEqual({ holds: 0, entries: 1 });
    });
  });

  it("refuses bad input and writes nothing", async () => {
    const clock = manualClock();
    const { organizationId, walletId } = await fundedWallet(db(), 1_000n);
    const base = {
      organizationId: organizationId as string,
      amountCents: 100n,
      reason: "VM",
      idempotencyKey: "hold-bad-input",
    };
    const cases: [Partial<typeof base> & { expiresAt?: Date }, string][] = [
      [{ amountCents: 0n }, "amountCents"],
      [{ amountCents: -5n }, "amountCents"],
      [{ reason: "  " }, "reason"],
      [{ reason: "r".repeat(201) }, "reason"],
      [{ reason: "VM\nbilled" }, "reason"],
      [{ reason: "VM \u202e" }, "reason"],
      [{ idempotencyKey: "short" }, "idempotencyKey"],
      [{ expiresAt: clock() }, "expiresAt"],
      [{ organizationId: "vodacom" }, "organizationId"],
    ];
    for (const [change, field] of cases) {
      await expect(
        placeHold(db(), { ...base, expiresAt: new Date(clock().getTime() + HOUR), ...change }, clock),
      ).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", field } });
    }
    await expect(setCreditLimit(db(), { organizationId, amountCents: -1n })).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "amount" },
    });
    await expect(releaseHold(db(), { holdId: "nope" }, clock)).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "holdId" },
    });
    expect(await rowCounts(walletId)).toEqual({ holds: 0, entries: 1 });
  });
});
