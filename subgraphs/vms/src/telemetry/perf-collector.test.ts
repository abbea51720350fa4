import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPerformanceCollector } from "./perf-collector";
import { capturingSink, type CapturingSink, startTelemetryFixture, type TelemetryFixture } from "./telemetry.fixture";

/** Two minutes past a 5-minute boundary: the collector must not assume it runs on one. */
const NOW = new Date("2026-11-26T10:02:00Z");
const FOLDERS = ["Adcock", "Vodacom", "Pick n Pay", "Sanlam"];
const RUNNING = [
  "adk-sql-01",
  "adk-app-01",
  "adk-web-01",
  "adk-file-01",
  "vc-k8s-node-01",
  "vc-k8s-node-02",
  "vc-backup-01",
  "pnp-pos-01",
  "san-crm-01",
];

describe("performance collector against the vCenter simulator: what one cycle sends", () => {
  let f: TelemetryFixture;
  let sink: CapturingSink;
  beforeEach(async () => {
    f = await startTelemetryFixture(FOLDERS, NOW);
    sink = capturingSink();
  });
  afterEach(() => f.close());

  it("back-fills every powered-on VM, lists every VM with its power state, and moves the cursors to now", async () => {
    const report = await createPerformanceCollector(f.deps(sink), { batchSize: 50, backfillDays: 1 }).collect();
    // A day and two minutes: two windows of at most a day, for one batch of nine.
    expect(report).toMatchObject({
      outcome: "collected",
      polled: 11,
      poweredOn: 9,
      batches: 1,
      batchesDone: 1,
      perfCalls: 2,
    });
    const asked = new Set(f.perfQueries.flatMap((query) => query.instanceUuids));
    expect([...asked].sort()).toEqual(RUNNING.map(f.instanceUuid).sort());
    expect(f.perfQueries.every((query) => query.intervalSeconds === 300)).toBe(true);

    const listed = sink.calls.flatMap((call) => call.vms);
    expect(listed).toHaveLength(11);
    expect(listed.every((vm) => vm.polledAt === NOW.toISOString())).toBe(true);
    const offIds = [await f.vmId("adk-jump-01"), await f.vmId("pnp-pos-02")];
    expect(
      listed
        .filter((vm) => !vm.poweredOn)
        .map((vm) => vm.vmId)
        .sort(),
    ).toEqual(offIds.sort());

    const samples = sink.calls.flatMap((call) => call.samples);
    // (10:00 − 1 day, 10:02] holds 288 five-minute samples, 10:05 yesterday to 10:00 today.
    expect(samples).toHaveLength(9 * 288);
    expect(samples.some((sample) => offIds.includes(sample.vmId))).toBe(false);
    const instants = samples.map((sample) => sample.sampledAt).sort();
    expect([instants[0], instants.at(-1)]).toEqual(["2026-11-25T10:05:00.000Z", "2026-11-26T10:00:00.000Z"]);
    expect(samples.every((sample) => Object.values(sample).every((value) => value !== null))).toBe(true);
    expect(report).toMatchObject({
      samplesSent: 2_592,
      samplesWritten: 2_592,
      samplesAlreadyStored: 0,
      lagSeconds: 120,
    });
    expect(report.newestSampleAt).toEqual(new Date("2026-11-26T10:00:00Z"));

    for (const name of RUNNING) expect(await f.cursor(name)).toEqual(NOW);
    expect(await f.cursor("adk-jump-01")).toBeNull();
  });

  it("converts vCenter's counters per the contract, cpu ready from ms to basis points of the vCPUs", async () => {
    await createPerformanceCollector(f.deps(sink), { batchSize: 50, backfillDays: 0 }).collect();
    const at = new Date("2026-11-26T09:45:00Z");
    const [raw] = await f.client.queryPerformance({
      instanceUuids: [f.instanceUuid("adk-sql-01")],
      counters: ["cpu.usage.average", "cpu.ready.summation", "mem.active.average", "sys.uptime.latest"],
      intervalSeconds: 300,
      start: new Date(at.getTime() - 300_000),
      end: at,
      maxSamples: 1,
    });
    const value = (counter: string) => raw!.series.find((series) => series.counter === counter)!.values[0]!;
    const vmId = await f.vmId("adk-sql-01");
    const sample = sink.calls
      .flatMap((call) => call.samples)
      .find((item) => item.vmId === vmId && item.sampledAt === at.toISOString())!;
    // adk-sql-01 has 8 vCPUs: ready ms / (300 s × 1000 × 8) × 10,000.
    expect(sample.cpuReadyBp).toBe(Math.round((value("cpu.ready.summation") / (300 * 1000 * 8)) * 10_000));
    expect(sample.cpuReadyBp).toBeGreaterThan(0);
    expect(sample).toMatchObject({
      cpuUsageBp: value("cpu.usage.average"),
      memoryActiveKb: value("mem.active.average"),
      uptimeSeconds: value("sys.uptime.latest"),
    });
  });

  it("sends the guest disks of running VMs at poll time rounded down to 5 minutes", async () => {
    await createPerformanceCollector(f.deps(sink), { batchSize: 50, backfillDays: 0 }).collect();
    const disks = sink.calls.flatMap((call) => call.guestDisks);
    expect(disks.every((disk) => disk.sampledAt === "2026-11-26T10:00:00.000Z")).toBe(true);
    const webId = await f.vmId("adk-web-01");
    const [root] = disks.filter((disk) => disk.vmId === webId);
    expect(root).toMatchObject({ path: "/" });
    expect(root!.freeMb / root!.capacityMb).toBeLessThan(0.15);
    const sqlId = await f.vmId("adk-sql-01");
    expect(disks.filter((disk) => disk.vmId === sqlId).map((disk) => disk.path)).toEqual(["C:\\", "D:\\"]);
    // One virtual disk each, two for adk-sql-01, adk-app-01, adk-file-01 and vc-backup-01; none for VMs that are off.
    expect(disks).toHaveLength(13);
    expect(f.guestReads.flat().sort()).toEqual(RUNNING.map(f.instanceUuid).sort());
  });

  it("keeps what vCenter did not give null, never 0", async () => {
    const real = f.hypervisor;
    f.hypervisor = {
      readGuestDisks: real.readGuestDisks,
      queryPerformance: async (query) =>
        (await real.queryPerformance(query)).map((answer) => ({
          ...answer,
          series: answer.series
            .filter((series) => series.counter !== "mem.active.average")
            .map((series) =>
              series.counter === "cpu.ready.summation" ? { ...series, values: series.values.map(() => null) } : series,
            ),
        })),
    };
    await createPerformanceCollector(f.deps(sink), { batchSize: 50, backfillDays: 0 }).collect();
    const samples = sink.calls.flatMap((call) => call.samples);
    expect(samples).toHaveLength(9 * 6);
    for (const sample of samples) {
      expect(sample.memoryActiveKb).toBeNull();
      expect(sample.cpuReadyBp).toBeNull();
      expect(sample.cpuUsageBp).not.toBeNull();
    }
  });
});
