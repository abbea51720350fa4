import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { telemetryTables } from "../db/schema";
import { telemetryBillingSubgraph } from "../index";
import { recordPerformance } from "../sample/sample.service";
import type { MetricValues } from "../sample/sample.types";
import { rowsOf } from "../sql/sql-arrays";
import { ROLLED_METRICS } from "../metric/metric-catalogue";
import { findVmMetrics } from "../vm-metrics/vm-metrics.store";
import { RAW_RESOLUTION, resolutionFor, ROLLUP_RESOLUTIONS } from "./rollup-ladder";
import { rollUpPending } from "./rollup.service";

const ORG = "0b7e6d5c-4a3b-4c2d-8e1f-9a8b7c6d5e4f";
const VM = "11111111-1111-4111-8111-111111111111";
const at = (time: string) => new Date(`2025-03-01T${time}Z`);
const [MIN30, HOURS2, DAY] = ROLLUP_RESOLUTIONS as [never, never, never];

// [time, cpu basis points, memory basis points or null (not reported)]
const SAMPLES: [string, number, number | null][] = [
  ["00:00:00", 1000, 4000],
  ["00:05:00", 2000, null],
  ["00:25:00", 4500, 6000],
  // 00:30–01:00: the collector was down.
  ["01:00:00", 3333, 7000],
  ["01:05:00", 3334, 8000],
  ["02:10:00", 0, 0], // an idle VM: a measured zero, not a gap
];

const sample = (time: string, cpu: number, memory: number | null) => ({
  vmId: VM,
  organizationId: ORG,
  sampledAt: at(time),
  values: { cpu_usage_bp: cpu, memory_usage_bp: memory } satisfies MetricValues,
  uptimeSeconds: null,
});

describe("the roll-up ladder", () => {
  let database: Database<typeof telemetryTables>;
  const deliver = (samples: ReturnType<typeof sample>[]) =>
    recordPerformance(database.db, { vms: [], samples, guestDisks: [] });
  const rollup = async (minutes: number) =>
    rowsOf<Record<string, unknown>>(
      await database.db.execute(sql`
        select bucket, cpu_usage_bp_sum::int as cpu_sum, cpu_usage_bp_max as cpu_max, cpu_usage_bp_count as cpu_count,
          memory_usage_bp_sum::int as mem_sum, memory_usage_bp_count as mem_count
        from vm_rollups where resolution_minutes = ${minutes} order by bucket`),
    ).map((row) => ({ ...row, bucket: new Date(row.bucket as string).toISOString().slice(11, 16) }));
  const everything = async () =>
    rowsOf(await database.db.execute(sql`select * from vm_rollups order by resolution_minutes, bucket`));

  beforeAll(async () => {
    database = await openTestDatabase(telemetryBillingSubgraph);
    await deliver(SAMPLES.map(([time, cpu, memory]) => sample(time, cpu, memory)));
    await rollUpPending(database.db);
  });
  afterAll(() => database.close());

  it("sums, maximises and counts each 30-minute bucket, leaving the gap empty and nulls uncounted", async () => {
    expect(await rollup(30)).toEqual([
      { bucket: "00:00", cpu_sum: 7500, cpu_max: 4500, cpu_count: 3, mem_sum: 10000, mem_count: 2 },
      { bucket: "01:00", cpu_sum: 6667, cpu_max: 3334, cpu_count: 2, mem_sum: 15000, mem_count: 2 },
      { bucket: "02:00", cpu_sum: 0, cpu_max: 0, cpu_count: 1, mem_sum: 0, mem_count: 1 },
    ]);
  });

  it("computes 2-hour and daily buckets from the level below", async () => {
    expect(await rollup(120)).toEqual([
      { bucket: "00:00", cpu_sum: 14167, cpu_max: 4500, cpu_count: 5, mem_sum: 25000, mem_count: 4 },
      { bucket: "02:00", cpu_sum: 0, cpu_max: 0, cpu_count: 1, mem_sum: 0, mem_count: 1 },
    ]);
    expect(await rollup(1440)).toEqual([
      { bucket: "00:00", cpu_sum: 14167, cpu_max: 4500, cpu_count: 6, mem_sum: 25000, mem_count: 5 },
    ]);
  });

  it("answers a window the same from raw samples and from every level that fits it", async () => {
    const window = { since: at("00:00:00"), until: new Date("2025-03-02T00:00:00Z"), stepMinutes: 1440 };
    const answers = await Promise.all(
      [RAW_RESOLUTION, MIN30, HOURS2, DAY].map((level) => findVmMetrics(database.db, [VM], window, level, "all")),
    );
    for (const [answer] of answers) {
      // (1000 + 2000 + 4500 + 3333 + 3334 + 0) / 6 = 2361.17 basis points
      expect(answer!.series.cpu).toEqual({ unit: "%", average: [23.61], maximum: [45] });
      expect(answer!.series.memory!.average).toEqual([50]); // 25000 / 5
    }
    const hourly = { since: at("00:00:00"), until: at("03:00:00"), stepMinutes: 60 };
    const [raw] = await findVmMetrics(database.db, [VM], hourly, RAW_RESOLUTION, "all");
    const [rolled] = await findVmMetrics(database.db, [VM], hourly, MIN30, "all");
    expect(rolled!.series).toEqual(raw!.series);
    expect(raw!.series.cpu!.average).toEqual([25, 33.34, 0]); // 7500/3, 6667/2, the idle zero
    expect(raw!.series.diskRead!.average).toEqual([null, null, null]); // never reported: gaps, not zeros
    const [cpuOnly] = await findVmMetrics(database.db, [VM], hourly, MIN30, "all", false, [ROLLED_METRICS[0]]);
    expect(cpuOnly!.series).toEqual({ cpu: raw!.series.cpu }); // only what was asked for is read
  });

  it("fills a late sample's gap at every level", async () => {
    expect((await deliver([sample("00:40:00", 9000, 9000)])).samplesWritten).toBe(1);
    await rollUpPending(database.db);
    expect((await rollup(30))[1]).toEqual({
      bucket: "00:30",
      cpu_sum: 9000,
      cpu_max: 9000,
      cpu_count: 1,
      mem_sum: 9000,
      mem_count: 1,
    });
    expect((await rollup(120))[0]).toMatchObject({ cpu_sum: 23167, cpu_max: 9000, cpu_count: 6 });
    expect((await rollup(1440))[0]).toMatchObject({ cpu_sum: 23167, cpu_max: 9000, cpu_count: 7 });
  });

  it("changes nothing when samples are resent or every bucket is computed again", async () => {
    const before = await everything();
    const resent = await deliver(SAMPLES.map(([time, cpu, memory]) => sample(time, cpu, memory)));
    expect(resent).toMatchObject({ samplesWritten: 0, samplesAlreadyStored: SAMPLES.length });
    expect(await rollUpPending(database.db)).toEqual({ bucketsByResolution: {} });
    await database.db.execute(sql`
      insert into rollup_pending select distinct 30, bucket from vm_rollups where resolution_minutes = 30`);
    expect((await rollUpPending(database.db)).bucketsByResolution).toEqual({ 30: 4, 120: 2, 1440: 1 });
    expect(await everything()).toEqual(before);
  });
});

describe("resolutionFor", () => {
  const now = new Date("2025-03-31T12:00:00Z");
  it.each([
    ["2025-03-31T10:00:00Z", 5, 5, "a 5-minute step reads raw samples"],
    ["2025-03-30T12:00:00Z", 60, 30, "hourly steps on the hour read 30-minute buckets"],
    ["2025-03-30T12:10:00Z", 60, 5, "a start off the half hour reads raw samples"],
    ["2025-03-24T12:00:00Z", 120, 120, "2-hour steps read 2-hour buckets"],
    ["2025-03-01T00:00:00Z", 1440, 1440, "daily steps at midnight read daily buckets"],
    ["2025-01-20T00:00:00Z", 120, 120, "2-hour buckets still cover 70 days back"],
    ["2025-03-01T06:00:00Z", 360, 120, "6-hour steps read 2-hour buckets"],
    ["2024-12-01T00:00:00Z", 120, 5, "older than 90 days no 2-hour bucket exists: raw (empty) is the honest answer"],
  ])("%s, %i-minute steps → %i (%s)", (since, stepMinutes, expected) => {
    expect(resolutionFor({ since: new Date(since), stepMinutes }, now).minutes).toBe(expected);
  });
});
