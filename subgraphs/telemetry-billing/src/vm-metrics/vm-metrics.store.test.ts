import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { telemetryTables } from "../db/schema";
import { telemetryBillingSubgraph } from "../index";
import { recordSamples } from "../sample/sample.service";
import { findVmMetrics, roundPercent } from "./vm-metrics.store";

const ORG = "0b7e6d5c-4a3b-4c2d-8e1f-9a8b7c6d5e4f";
const VM_A = "11111111-1111-4111-8111-111111111111";
const VM_B = "22222222-2222-4222-8222-222222222222";
const VM_SILENT = "33333333-3333-4333-8333-333333333333";
const at = (time: string) => new Date(`2025-03-01T${time}Z`);

// [vm, time, cpu %, memory %]
const SAMPLES: [string, string, number, number][] = [
  [VM_A, "00:29:59", 99, 99], // before the hourly window's `since`
  [VM_A, "00:30:00", 10, 40],
  [VM_A, "00:45:00", 20, 50],
  [VM_A, "01:29:59", 45, 60],
  [VM_A, "01:30:00", 33.33, 70],
  [VM_A, "02:00:00", 33.34, 80],
  [VM_A, "02:15:00", 33.34, 90],
  // 02:30–03:30: the collector was down, no samples.
  [VM_A, "03:30:00", 0, 0], // an idle VM: a real, measured zero
  [VM_A, "04:40:00", 12.346, 66.666],
  [VM_A, "05:30:00", 99, 99], // at the hourly window's `until`, which is exclusive
  [VM_B, "00:31:00", 50, 30],
  [VM_B, "00:32:00", 70, 30],
];

describe("findVmMetrics", () => {
  let database: Database<typeof telemetryTables>;

  beforeAll(async () => {
    database = await openTestDatabase(telemetryBillingSubgraph);
    await recordSamples(
      database.db,
      SAMPLES.map(([vmId, time, cpuPercent, memoryPercent]) => ({
        vmId,
        organizationId: ORG,
        sampledAt: at(time),
        cpuPercent,
        memoryPercent,
      })),
    );
  });
  afterAll(() => database.close());

  const hourly = { since: at("00:30:00"), until: at("05:30:00"), stepMinutes: 60 };

  it("averages and maximises per bucket aligned to since, for many VMs in one query", async () => {
    database.resetQueryCount();
    const [a, b, silent, bogus] = await findVmMetrics(database.db, [VM_A, VM_B, VM_SILENT, "not-a-vm"], hourly, "all");
    expect(database.queryCount()).toBe(1);

    expect(a).toEqual({
      ...hourly,
      cpu: [
        { at: at("00:30:00"), average: 25, maximum: 45 }, // (10 + 20 + 45) / 3
        { at: at("01:30:00"), average: 33.34, maximum: 33.34 }, // 100.01 / 3 = 33.3366…
        { at: at("03:30:00"), average: 0, maximum: 0 },
        { at: at("04:30:00"), average: 12.35, maximum: 12.35 },
      ],
      memory: [
        { at: at("00:30:00"), average: 50, maximum: 60 },
        { at: at("01:30:00"), average: 80, maximum: 90 },
        { at: at("03:30:00"), average: 0, maximum: 0 },
        { at: at("04:30:00"), average: 66.67, maximum: 66.67 },
      ],
    });
    expect(b?.cpu).toEqual([{ at: at("00:30:00"), average: 60, maximum: 70 }]);
    expect(b?.memory).toEqual([{ at: at("00:30:00"), average: 30, maximum: 30 }]);
    expect(silent).toEqual({ ...hourly, cpu: [], memory: [] });
    expect(bogus).toEqual({ ...hourly, cpu: [], memory: [] });
  });

  it("leaves the hours without samples out instead of reporting zero", async () => {
    const [a] = await findVmMetrics(database.db, [VM_A], hourly, "all");
    const buckets = a!.cpu.map((point) => point.at.toISOString());
    expect(buckets).not.toContain(at("02:30:00").toISOString());
    expect(a!.memory.map((point) => point.at.toISOString())).toEqual(buckets);
  });

  it("buckets a whole day into one point including both edge samples", async () => {
    const daily = { since: at("00:00:00"), until: new Date("2025-03-02T00:00:00Z"), stepMinutes: 1440 };
    const [a] = await findVmMetrics(database.db, [VM_A], daily, "all");
    // (99 + 10 + 20 + 45 + 33.33 + 33.34 + 33.34 + 0 + 12.346 + 99) / 10 = 38.5356
    expect(a?.cpu).toEqual([{ at: at("00:00:00"), average: 38.54, maximum: 99 }]);
  });

  it("reads only samples of visible organisations, in the same one query", async () => {
    database.resetQueryCount();
    const [seen] = await findVmMetrics(database.db, [VM_A], hourly, [ORG]);
    const [hidden] = await findVmMetrics(database.db, [VM_A], hourly, ["9d3c1f0e-8b7a-4c6d-9e5f-4a3b2c1d0e9f"]);
    expect(database.queryCount()).toBe(2);
    expect(seen?.cpu).toHaveLength(4);
    expect(hidden).toEqual({ ...hourly, cpu: [], memory: [] });
  });

  it("reads nothing, without a query, when nothing is visible", async () => {
    database.resetQueryCount();
    expect(await findVmMetrics(database.db, [VM_A], hourly, [])).toEqual([{ ...hourly, cpu: [], memory: [] }]);
    expect(database.queryCount()).toBe(0);
  });

  it("accepts VM ids in any letter case", async () => {
    const [a] = await findVmMetrics(database.db, [VM_B.toUpperCase()], hourly, "all");
    expect(a?.cpu).toHaveLength(1);
  });
});

describe("roundPercent", () => {
  it("rounds to two decimals", () => {
    expect(roundPercent(33.336666)).toBe(33.34);
    expect(roundPercent(66.664)).toBe(66.66);
    expect(roundPercent(100)).toBe(100);
  });
});
