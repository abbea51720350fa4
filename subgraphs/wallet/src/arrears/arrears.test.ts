import "reflect-metadata";
import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { walletTables } from "../db/schema";
import { setCreditLimit } from "../hold/credit-limit.service";
import { fundedWallet } from "../hold/hold.test-helpers";
import { walletSubgraph } from "../index";
import { EntryKind } from "../ledger/ledger-entry.type";
import { postEntry } from "../ledger/ledger.service";
import { postUsageCharge } from "../ledger/usage-charge.service";
import { findNotices } from "../notices/notice.store";
import type { VmSuspensions } from "./arrears-collaborators";
import { type ArrearsJobDeps, runArrearsJob } from "./arrears-job";
import { findArrearsHistory } from "./arrears.store";
import { setSuspensionPolicy } from "./suspension-policy.service";

const HOUR = 3_600_000;
const T0 = new Date("2026-11-02T08:00:00Z");
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

let database: Database<typeof walletTables>;
beforeAll(async () => {
  database = await openTestDatabase(walletSubgraph);
});
afterAll(() => database.close());

/**
 * A stand-in for the vms subgraph that records what it was asked about one organisation (the
 * tests share a database, so the job also meets the other tests' episodes), and can be made to fail.
 */
class RecordingVms implements VmSuspensions {
  readonly calls: string[] = [];
  failing = false;
  constructor(private readonly organizationId: string) {}
  async suspend(organizationId: string, reason: string) {
    if (this.failing) throw new Error("vms unreachable");
    if (organizationId === this.organizationId) {
      this.calls.push(`suspend: ${reason.startsWith("Unpaid usage since") ? "unpaid usage" : reason}`);
    }
  }
  async lift(organizationId: string) {
    if (this.failing) throw new Error("vms unreachable");
    if (organizationId === this.organizationId) this.calls.push("lift");
  }
}

let day = 0;
const usage = (organizationId: string, cents: bigint, now: Date) =>
  postUsageCharge(
    database.db,
    {
      organizationId,
      amountCents: cents,
      description: "VM usage",
      idempotencyKey: `usage:${organizationId}:d${++day}`,
    },
    now,
  );
const topUp = (organizationId: string, cents: bigint, now: Date) =>
  postEntry(
    database.db,
    {
      organizationId,
      kind: EntryKind.TOP_UP,
      amountCents: cents,
      description: "Top-up",
      idempotencyKey: `top-up-test-${++day}`,
    },
    now,
  );

function jobDeps(vms: RecordingVms, now: Date, owners = ["owner@adcock.test"]): ArrearsJobDeps {
  return { suspensions: vms, owners: async () => owners, webUrl: "http://dash.test", now, log: () => {} };
}

const unpaidNotices = async (walletId: string) =>
  (await findNotices(database.db, walletId))
    .filter((notice) => notice.kind === "unpaid_usage")
    .map((notice) => `${notice.recipient}: ${notice.subject}`);

describe("unpaid usage", () => {
  it("e-mails at the start and 24 h before the end, suspends after the grace period, and a top-up lifts it", async () => {
    const { organizationId, walletId } = await fundedWallet(database.db, 100_00n);
    await setCreditLimit(database.db, { organizationId, amountCents: 50_00n }, T0);
    const vms = new RecordingVms(organizationId);

    await usage(organizationId, 150_00n, T0); // available −50.00: at −limit, not below
    expect(await findArrearsHistory(database.db, walletId)).toHaveLength(0);
    await usage(organizationId, 20_00n, T0); // −70.00: R20 short
    const [episode] = await findArrearsHistory(database.db, walletId);
    expect(episode).toMatchObject({ startedAt: T0, graceEndsAt: at(72), settledAt: null });

    await runArrearsJob(database.db, jobDeps(vms, at(0.1)));
    const started = await findNotices(database.db, walletId);
    expect(started.map((notice) => notice.body).join()).toContain("R 20.00");
    expect(await unpaidNotices(walletId)).toEqual([
      "owner@adcock.test: Action needed: unpaid usage on your DCX Cloud wallet (R 20.00)",
    ]);
    await runArrearsJob(database.db, jobDeps(vms, at(47.9)));
    expect(await unpaidNotices(walletId)).toHaveLength(1);

    await runArrearsJob(database.db, jobDeps(vms, at(48)));
    expect((await unpaidNotices(walletId))[1]).toBe(
      "owner@adcock.test: Your DCX Cloud virtual machines will be powered off in 24 hours",
    );
    await runArrearsJob(database.db, jobDeps(vms, at(71.9)));
    expect(vms.calls).toEqual([]);

    await runArrearsJob(database.db, jobDeps(vms, at(72)));
    await runArrearsJob(database.db, jobDeps(vms, at(73)));
    expect(vms.calls).toEqual(["suspend: unpaid usage"]);
    expect(await unpaidNotices(walletId)).toHaveLength(3);

    await topUp(organizationId, 19_99n, at(80)); // a cent short: still owing
    expect((await findArrearsHistory(database.db, walletId))[0]!.settledAt).toBeNull();
    await topUp(organizationId, 1n, at(81));
    expect((await findArrearsHistory(database.db, walletId))[0]).toMatchObject({
      settledAt: at(81),
      settledBy: "paid",
    });

    await runArrearsJob(database.db, jobDeps(vms, at(81.1)));
    await runArrearsJob(database.db, jobDeps(vms, at(82)));
    expect(vms.calls).toEqual(["suspend: unpaid usage", "lift"]);
    expect((await unpaidNotices(walletId)).at(-1)).toBe(
      "owner@adcock.test: Your DCX Cloud virtual machines may be powered on again",
    );
    expect(await unpaidNotices(walletId)).toHaveLength(4);
  });

  it("paid within the grace period: nothing is suspended or lifted", async () => {
    const { organizationId, walletId } = await fundedWallet(database.db, 10_00n);
    const vms = new RecordingVms(organizationId);
    await usage(organizationId, 30_00n, T0);
    await runArrearsJob(database.db, jobDeps(vms, at(1)));
    await topUp(organizationId, 20_00n, at(2)); // available back to 0 = −limit
    await runArrearsJob(database.db, jobDeps(vms, at(100)));
    expect(vms.calls).toEqual([]);
    expect(await unpaidNotices(walletId)).toHaveLength(1);
    expect(await findArrearsHistory(database.db, walletId)).toMatchObject([{ settledBy: "paid", suspendedAt: null }]);
  });

  it("retries a suspension vms could not take, without stamping it", async () => {
    const { organizationId, walletId } = await fundedWallet(database.db, 0n);
    const vms = new RecordingVms(organizationId);
    await usage(organizationId, 1n, T0);
    vms.failing = true;
    expect((await runArrearsJob(database.db, jobDeps(vms, at(72)))).failed).toBeGreaterThanOrEqual(1);
    expect((await findArrearsHistory(database.db, walletId))[0]!.suspendedAt).toBeNull();
    vms.failing = false;
    await runArrearsJob(database.db, jobDeps(vms, at(72.5)));
    expect(vms.calls).toEqual(["suspend: unpaid usage"]);
  });

  it("the provider's off switch ends an episode and lifts its suspension; off, debt opens none", async () => {
    const { organizationId, walletId } = await fundedWallet(database.db, 0n);
    const vms = new RecordingVms(organizationId);
    await usage(organizationId, 5_00n, T0);
    await runArrearsJob(database.db, jobDeps(vms, at(72)));
    expect(vms.calls).toHaveLength(1);

    await setSuspensionPolicy(database.db, { organizationId, enabled: false, graceHours: null }, at(73));
    expect((await findArrearsHistory(database.db, walletId))[0]).toMatchObject({ settledBy: "policy_off" });
    await runArrearsJob(database.db, jobDeps(vms, at(73.1)));
    expect(vms.calls).toEqual(["suspend: unpaid usage", "lift"]);

    await usage(organizationId, 5_00n, at(74)); // deeper in debt, policy off
    expect(await findArrearsHistory(database.db, walletId)).toHaveLength(1);

    await setSuspensionPolicy(database.db, { organizationId, enabled: true, graceHours: 24 }, at(75));
    const [reopened] = await findArrearsHistory(database.db, walletId);
    expect(reopened).toMatchObject({ startedAt: at(75), graceEndsAt: at(99), settledAt: null });
  });

  it("raising the credit limit over the debt ends the episode", async () => {
    const { organizationId, walletId } = await fundedWallet(database.db, 0n);
    await usage(organizationId, 40_00n, T0);
    await setCreditLimit(database.db, { organizationId, amountCents: 40_00n }, at(1));
    expect((await findArrearsHistory(database.db, walletId))[0]).toMatchObject({ settledAt: at(1), settledBy: "paid" });
  });

  it("takes a grace period of 24 to 720 hours and refuses one just outside, writing nothing", async () => {
    const { organizationId } = await fundedWallet(database.db, 0n);
    for (const graceHours of [24, 720]) {
      const row = await setSuspensionPolicy(database.db, { organizationId, enabled: true, graceHours });
      expect(row.suspensionGraceHours).toBe(graceHours);
    }
    for (const graceHours of [23, 721, 1.5]) {
      await expect(
        setSuspensionPolicy(database.db, { organizationId, enabled: true, graceHours }),
      ).rejects.toMatchObject({
        extensions: { code: "BAD_USER_INPUT", field: "graceHours" },
      });
    }
    const kept = await setSuspensionPolicy(database.db, { organizationId, enabled: true, graceHours: null });
    expect(kept.suspensionGraceHours).toBe(720);
  });

  it("e-mails the owners and the low-balance address once each, whatever their case", async () => {
    const { organizationId, walletId } = await fundedWallet(database.db, 0n);
    await usage(organizationId, 1_00n, T0);
    const vms = new RecordingVms(organizationId);
    await runArrearsJob(database.db, jobDeps(vms, at(1), ["B@x.test", "a@x.test", "b@x.test"]));
    expect((await unpaidNotices(walletId)).map((line) => line.split(":")[0])).toEqual(["a@x.test", "b@x.test"]);
  });
});
