import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { telemetryTables } from "../db/schema";
import { telemetryBillingSubgraph } from "../index";
import { recordSamples } from "./sample.service";
import { countSamples, insertSamples, type VmSample } from "./sample.store";

const VM = "6f1c2b9e-3d4a-4c5b-9e8f-0a1b2c3d4e5f";
const ORG = "0b7e6d5c-4a3b-4c2d-8e1f-9a8b7c6d5e4f";
const START = Date.parse("2025-03-01T00:00:00Z");

/** `count` samples of one VM, one minute apart from `offsetMinutes`. */
const samplesOf = (vmId: string, count: number, offsetMinutes = 0): VmSample[] =>
  Array.from({ length: count }, (_, i) => ({
    vmId,
    organizationId: ORG,
    sampledAt: new Date(START + (offsetMinutes + i) * 60_000),
    cpuPercent: i % 101,
    memoryPercent: 100 - (i % 101),
  }));

describe("recordSamples", () => {
  let database: Database<typeof telemetryTables>;

  beforeAll(async () => {
    database = await openTestDatabase(telemetryBillingSubgraph);
  });
  afterAll(() => database.close());

  it("stores batches larger than one insert chunk and counts what it stored", async () => {
    const before = await countSamples(database.db);
    expect(await recordSamples(database.db, samplesOf(VM, 2500))).toBe(2500);
    expect(await countSamples(database.db)).toBe(before + 2500);
  });

  it("rolls back earlier chunks when a later chunk fails in the database", async () => {
    // Past the service's checks, the table's own range check is the last line of defence.
    const batch = samplesOf("c0ffee00-1234-4abc-8def-1234567890ab", 1500);
    batch[1400] = { ...batch[1400]!, cpuPercent: 150 };
    const before = await countSamples(database.db);
    await expect(insertSamples(database.db, batch)).rejects.toThrow();
    expect(await countSamples(database.db)).toBe(before);
  });

  it("ignores a repeated VM and instant, also within one batch", async () => {
    const repeated = samplesOf(VM, 3, 2499); // minute 2499 is already stored
    const batch = [...repeated, { ...repeated[2]!, cpuPercent: 99 }];
    expect(await recordSamples(database.db, batch)).toBe(2);
    expect(await recordSamples(database.db, batch)).toBe(0);
  });

  it("accepts the edges of the range and an empty batch", async () => {
    const edges = samplesOf(VM, 2, 10_000).map((sample, i) => ({
      ...sample,
      cpuPercent: i * 100,
      memoryPercent: 100 - i * 100,
    }));
    expect(await recordSamples(database.db, edges)).toBe(2);
    expect(await recordSamples(database.db, [])).toBe(0);
  });

  const bad: [string, Partial<Record<keyof VmSample, unknown>>, string][] = [
    ["a vmId that is not a UUID", { vmId: "vm-42" }, "vmId"],
    ["a missing organizationId", { organizationId: undefined }, "organizationId"],
    ["an invalid date", { sampledAt: new Date("not a date") }, "sampledAt"],
    ["a date given as text", { sampledAt: "2025-03-01T00:00:00Z" }, "sampledAt"],
    ["NaN", { cpuPercent: Number.NaN }, "cpuPercent"],
    ["Infinity", { memoryPercent: Number.POSITIVE_INFINITY }, "memoryPercent"],
    ["more than 100 %", { cpuPercent: 100.01 }, "cpuPercent"],
    ["a negative percentage", { memoryPercent: -0.5 }, "memoryPercent"],
    ["a number as text", { cpuPercent: "42" }, "cpuPercent"],
  ];

  it.each(bad)("rejects a batch holding %s and writes nothing", async (_, change, field) => {
    const vmId = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
    // The bad sample comes last, after a full first chunk of good ones.
    const batch = samplesOf(vmId, 1200);
    const badIndex = batch.length - 1;
    batch[badIndex] = { ...batch[badIndex]!, ...change } as VmSample;
    const before = await countSamples(database.db);
    await expect(recordSamples(database.db, batch)).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: `samples[${badIndex}].${field}` },
    });
    expect(await countSamples(database.db)).toBe(before);
  });
});
