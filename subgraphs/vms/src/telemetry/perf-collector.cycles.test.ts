import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { vmPerfCursors } from "../db/schema";
import { describeCollection } from "./collection-report";
import { createPerformanceCollector } from "./perf-collector";
import { capturingSink, type CapturingSink, startTelemetryFixture, type TelemetryFixture } from "./telemetry.fixture";

const NOW = new Date("2026-11-26T10:02:00Z");
const MINUTE = 60_000;
const later = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);
const instantsOf = (sink: CapturingSink, from = 0) =>
  [...new Set(sink.calls.slice(from).flatMap((call) => call.samples.map((sample) => sample.sampledAt)))].sort();

describe("performance collector against the vCenter simulator: cycle after cycle", () => {
  let f: TelemetryFixture;
  let sink: CapturingSink;
  beforeEach(async () => {
    f = await startTelemetryFixture(["Adcock", "Vodacom", "Pick n Pay", "Sanlam"], NOW);
    sink = capturingSink();
  });
  afterEach(() => f.close());

  it("asks ceil(N / batch size) QueryPerf calls for N running VMs, each with at most the batch size", async () => {
    const collector = createPerformanceCollector(f.deps(sink), { batchSize: 2, backfillDays: 0 });
    expect(await collector.collect()).toMatchObject({ outcome: "collected", batches: 5, perfCalls: 5 });
    expect(f.perfQueries.map((query) => query.instanceUuids.length)).toEqual([2, 2, 2, 2, 1]);
    expect(new Set(f.perfQueries.flatMap((query) => query.instanceUuids)).size).toBe(9);
    expect(f.guestReads).toHaveLength(5);
    // Collected together, the VMs share their cursor: the next cycle batches them the same way.
    f.setNow(later(5));
    expect(await collector.collect()).toMatchObject({ batches: 5, perfCalls: 5 });
    const third = createPerformanceCollector(f.deps(sink), { batchSize: 4, backfillDays: 0 });
    f.setNow(later(10));
    expect(await third.collect()).toMatchObject({ batches: 3, perfCalls: 3 });
    expect(f.perfQueries).toHaveLength(13);
  });

  it("back-fills a new VM no further than VMS_PERF_BACKFILL_DAYS, even from an older cursor", async () => {
    // A VM last collected ten days ago starts two days back as well.
    const oldCursor = { vmId: await f.vmId("san-crm-01"), collectedUntil: new Date(NOW.getTime() - 10 * 86_400_000) };
    await f.database.db.insert(vmPerfCursors).values(oldCursor);
    const logs: string[] = [];
    const report = await createPerformanceCollector(
      f.deps(sink, (line) => logs.push(line)),
      {
        batchSize: 5,
        backfillDays: 2,
      },
    ).collect();
    // Two days and two minutes: three windows per batch of (at most) five, two batches.
    expect(report).toMatchObject({ outcome: "collected", batches: 2, perfCalls: 6, samplesSent: 9 * 576 });
    const instants = instantsOf(sink);
    expect(instants[0]).toBe("2026-11-24T10:05:00.000Z");
    expect(instants).toHaveLength(576);
    expect(f.perfQueries.every((query) => query.end!.getTime() - query.start!.getTime() <= 86_400_000)).toBe(true);
    // A long back-fill says how far it got, batch by batch.
    expect(logs).toEqual([
      expect.stringMatching(
        /^performance back-fill: batch 1 of 2 \(5 VMs from 2026-11-24T10:00:00.000Z\): 2880 samples sent \(2880 new\)$/,
      ),
      expect.stringMatching(/^performance back-fill: batch 2 of 2 \(4 VMs from .*\): 2304 samples sent \(2304 new\)$/),
    ]);
  });

  it("sends the last 30 minutes again (vCenter fills late samples): the receiver keeps only the new ones", async () => {
    // Collected up to 09:57 before: this cycle asks from 09:27 (09:25 on the 5-minute grid).
    await f.setCursors(new Date("2026-11-26T09:57:00Z"));
    const collector = createPerformanceCollector(f.deps(sink), { batchSize: 50, backfillDays: 1 });
    expect(await collector.collect()).toMatchObject({ samplesSent: 9 * 7, samplesWritten: 63 });
    expect(instantsOf(sink)[0]).toBe("2026-11-26T09:30:00.000Z");
    expect(await f.cursor("adk-web-01")).toEqual(NOW);

    f.setNow(later(15));
    const calls = sink.calls.length;
    const second = await collector.collect();
    // From the cursor (10:02) less 30 minutes: 09:35 to 10:15, of which 10:05, 10:10, 10:15 are new.
    expect(instantsOf(sink, calls)).toEqual(
      ["09:35", "09:40", "09:45", "09:50", "09:55", "10:00", "10:05", "10:10", "10:15"].map(
        (t) => `2026-11-26T${t}:00.000Z`,
      ),
    );
    expect(second).toMatchObject({ samplesSent: 81, samplesWritten: 27, samplesAlreadyStored: 54, lagSeconds: 120 });
  });

  it("leaves the cursors where they were when telemetry-billing fails, and the next cycle sends it all again", async () => {
    await f.setCursors(new Date("2026-11-26T09:57:00Z"));
    const collector = createPerformanceCollector(f.deps(sink), { batchSize: 50, backfillDays: 1 });
    await collector.collect();
    f.setNow(later(15));
    sink.failWith = new Error("telemetry-billing cannot be reached: connect ECONNREFUSED");
    const failed = await collector.collect();
    expect(failed).toMatchObject({ outcome: "failed", error: sink.failWith.message, deliveries: 0, samplesWritten: 0 });
    expect(describeCollection(failed)).toMatch(
      /^performance collection failed \(telemetry-billing cannot be reached: .*\); retried next cycle: 11 VMs polled/,
    );
    expect(await f.cursor("adk-web-01")).toEqual(NOW);

    sink.failWith = null;
    f.setNow(later(30));
    const calls = sink.calls.length;
    const recovered = await collector.collect();
    // From the old cursor again: 09:35 to 10:30, of which 10:05 to 10:30 (six instants) are new for all nine.
    expect(instantsOf(sink, calls)[0]).toBe("2026-11-26T09:35:00.000Z");
    expect(recovered).toMatchObject({ outcome: "collected", samplesWritten: 9 * 6 });
    expect(await f.cursor("adk-web-01")).toEqual(later(30));
  });

  it("a QueryPerf that fails ends the cycle with the failure and delivers nothing of that batch", async () => {
    const real = f.hypervisor;
    f.hypervisor = { ...real, queryPerformance: () => Promise.reject(new Error("vCenter is down")) };
    const report = await createPerformanceCollector(f.deps(sink), { batchSize: 50, backfillDays: 0 }).collect();
    expect(report).toMatchObject({ outcome: "failed", error: "vCenter is down", deliveries: 0 });
    expect(await f.cursor("adk-web-01")).toBeNull();
  });

  it("keeps every call within the limits it is given", async () => {
    const report = await createPerformanceCollector(f.deps(sink), {
      batchSize: 50,
      backfillDays: 1,
      chunkLimits: { entries: 500, bytes: 100_000 },
    }).collect();
    expect(report.deliveries).toBe(sink.calls.length);
    expect(sink.calls.length).toBeGreaterThan(9);
    for (const call of sink.calls) {
      expect(call.samples.length).toBeLessThanOrEqual(500);
      expect(JSON.stringify(call).length).toBeLessThan(100_100);
    }
    expect(report.samplesSent).toBe(9 * 288);
  });
});
