import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoInventory } from "../inventory/demo-inventory";
import { startVcenterSimulator, type VcenterSimulator } from "../server/vcenter-simulator";
import { faultType, texts } from "../testing/soap-test-client";
import { VimCalls } from "../testing/vim-calls";
import { COUNTER_BY_NAME } from "./counter-info";
import { sampleValue } from "./perf-values";
import { REALTIME_RETENTION_MS, sampleTimes } from "./sample-times";
import { vmProfile } from "./vm-profile";

const NOW = new Date("2026-11-26T10:00:10Z");
const PERF = { type: "PerformanceManager", value: "PerfMgr" };
const counter = (name: string) => COUNTER_BY_NAME.get(name)!.key;

let simulator: VcenterSimulator;
let calls: VimCalls;
beforeAll(async () => {
  simulator = await startVcenterSimulator({ clock: () => NOW, inventory: demoInventory(NOW), taskDelayMs: 10 });
  calls = new VimCalls(simulator.url);
  await calls.soap.login();
});
afterAll(() => simulator.close());

function querySpec(vm: string, fields: string, counters = ["cpu.usage.average", "net.received.average"]) {
  const ids = counters
    .map((name) => `<metricId><counterId>${counter(name)}</counterId><instance></instance></metricId>`)
    .join("");
  return `<querySpec><entity type="VirtualMachine">${vm}</entity>${fields}${ids}<format>normal</format></querySpec>`;
}

describe("QueryPerf", () => {
  it("answers the newest maxSample real-time samples, oldest first, on 20-second boundaries", async () => {
    const vm = await calls.vmNamed("adk-sql-01");
    const answer = await calls.soap.raw(
      "QueryPerf",
      PERF,
      querySpec(vm, "<maxSample>3</maxSample><intervalId>20</intervalId>"),
    );
    expect(texts(answer.xml, "timestamp")).toEqual([
      "2026-11-26T09:59:20Z",
      "2026-11-26T09:59:40Z",
      "2026-11-26T10:00:00Z",
    ]);
    expect(answer.xml).toContain('XMLSchema-instance:type="PerfEntityMetric"');
    expect(answer.xml).toContain('XMLSchema-instance:type="PerfMetricIntSeries"');
    const values = texts(answer.xml, "value").map(Number);
    expect(values).toHaveLength(6);
    expect(values.slice(0, 3).every((value) => value > 0 && value <= 10_000)).toBe(true);
  });

  it("gives the same values for the same past window every time", async () => {
    const vm = await calls.vmNamed("vc-k8s-node-01");
    const window =
      "<startTime>2026-11-20T00:00:00Z</startTime><endTime>2026-11-21T00:00:00Z</endTime><intervalId>300</intervalId>";
    const first = await calls.soap.raw("QueryPerf", PERF, querySpec(vm, window));
    const second = await calls.soap.raw("QueryPerf", PERF, querySpec(vm, window));
    expect(texts(first.xml, "timestamp")).toHaveLength(288);
    expect(texts(first.xml, "timestamp")[0]).toBe("2026-11-20T00:05:00Z");
    expect(first.xml).toBe(second.xml);
  });

  it("reports no CPU or network activity for powered-off and suspended VMs", async () => {
    for (const name of ["adk-jump-01", "pnp-pos-02"]) {
      const vm = await calls.vmNamed(name);
      const answer = await calls.soap.raw(
        "QueryPerf",
        PERF,
        querySpec(vm, "<maxSample>10</maxSample><intervalId>20</intervalId>"),
      );
      expect(texts(answer.xml, "value").map(Number), name).toEqual(Array(20).fill(0));
    }
  });

  it("keeps real-time samples for one hour: the oldest kept sample is exactly an hour old", () => {
    const kept = sampleTimes({ intervalId: 20, startTime: new Date(NOW.getTime() - 2 * REALTIME_RETENTION_MS) }, NOW);
    expect(new Date(kept[0]!).toISOString()).toBe("2026-11-26T09:00:20.000Z");
    expect(kept).toHaveLength(180);
    const aligned = new Date("2026-11-26T10:00:00Z");
    const atBoundary = sampleTimes(
      { intervalId: 20, startTime: new Date(aligned.getTime() - 2 * REALTIME_RETENTION_MS) },
      aligned,
    );
    // A sample exactly an hour old is kept; the one 20 seconds older is not.
    expect(new Date(atBoundary[0]!).toISOString()).toBe("2026-11-26T09:00:00.000Z");
    expect(atBoundary).toHaveLength(181);
  });

  it("treats startTime as exclusive and endTime as inclusive", () => {
    const times = sampleTimes(
      { intervalId: 300, startTime: new Date("2026-11-26T09:00:00Z"), endTime: new Date("2026-11-26T09:10:00Z") },
      NOW,
    );
    expect(times.map((at) => new Date(at).toISOString())).toEqual([
      "2026-11-26T09:05:00.000Z",
      "2026-11-26T09:10:00.000Z",
    ]);
  });

  it("refuses an interval vCenter does not keep and a reversed window with InvalidArgument", async () => {
    const vm = await calls.vmNamed("adk-sql-01");
    expect(
      faultType(
        (await calls.soap.raw("QueryPerf", PERF, querySpec(vm, "<maxSample>1</maxSample><intervalId>60</intervalId>")))
          .xml,
      ),
    ).toBe("InvalidArgument");
    const reversed =
      "<startTime>2026-11-26T09:00:00Z</startTime><endTime>2026-11-26T08:00:00Z</endTime><intervalId>300</intervalId>";
    expect(faultType((await calls.soap.raw("QueryPerf", PERF, querySpec(vm, reversed))).xml)).toBe("InvalidArgument");
  });

  it("lists the counters a VM offers, per vCPU and per NIC", async () => {
    const vm = await calls.vmNamed("adk-web-01");
    const answer = await calls.soap.raw(
      "QueryAvailablePerfMetric",
      PERF,
      `<entity type="VirtualMachine">${vm}</entity><intervalId>20</intervalId>`,
    );
    const ids = texts(answer.xml, "counterId").map(Number);
    for (const name of [
      "cpu.usage.average",
      "cpu.ready.summation",
      "mem.usage.average",
      "mem.active.average",
      "disk.read.average",
      "disk.write.average",
      "net.received.average",
      "net.transmitted.average",
      "sys.uptime.latest",
    ]) {
      expect(ids, name).toContain(counter(name));
    }
    const perCpu = [
      ...answer.xml.matchAll(
        new RegExp(`<counterId>${counter("cpu.ready.summation")}</counterId><instance>(\\d+)</instance>`, "g"),
      ),
    ];
    expect(perCpu).toHaveLength(6);
  });

  it("has vcsim's counter table: keys, names, rollups and units", async () => {
    const answer = await calls.retrieve(PERF, ["perfCounter"]);
    expect(texts(answer.xml, "rollupType")).toHaveLength(560);
    expect(counter("cpu.usage.average")).toBe(2);
    expect(counter("mem.usage.average")).toBe(24);
    expect(counter("disk.maxTotalLatency.latest")).toBe(133);
    expect(counter("sys.uptime.latest")).toBe(155);
    const level1 = await calls.soap.raw("QueryPerfCounterByLevel", PERF, "<level>1</level>");
    expect(texts(level1.xml, "level").every((level) => level === "1")).toBe(true);
    expect(faultType((await calls.soap.raw("QueryPerfCounterByLevel", PERF, "<level>5</level>")).xml)).toBe(
      "InvalidArgument",
    );
    expect((await calls.soap.raw("QueryPerfCounterByLevel", PERF, "<level>4</level>")).status).toBe(200);
  });
});

describe("the shape of the load", () => {
  const inventory = demoInventory(NOW);
  const vms = Object.values(inventory.vms).filter((vm) => !vm.template && vm.powerState === "poweredOn");
  const cpu = COUNTER_BY_NAME.get("cpu.usage.average")!;
  const day = (vm: (typeof vms)[number], start: number) =>
    Array.from({ length: 288 }, (_, index) => sampleValue(vm, cpu, start + index * 300_000, 300, "")!);

  it("has a few VMs that run hot and most that do not", () => {
    const hot = vms.filter((vm) => vmProfile(vm).hot);
    expect(hot.length).toBeGreaterThanOrEqual(1);
    expect(hot.length).toBeLessThan(vms.length / 2);
    const weekday = Date.parse("2026-11-24T00:00:00Z");
    for (const vm of hot) expect(Math.min(...day(vm, weekday))).toBeGreaterThan(5000);
  });

  it("is busier in the South African afternoon than at night", () => {
    const cool = vms.find((vm) => !vmProfile(vm).hot)!;
    const average = (from: string, hours: number) => {
      const start = Date.parse(from);
      const values = Array.from({ length: hours * 12 }, (_, index) =>
        sampleValue(cool, cpu, start + index * 300_000, 300, "")!,
      );
      return values.reduce((sum, value) => sum + value, 0) / values.length;
    };
    // 11:00–14:00 SAST against 01:00–04:00 SAST on a Tuesday.
    expect(average("2026-11-24T09:00:00Z", 3)).toBeGreaterThan(1.5 * average("2026-11-23T23:00:00Z", 3));
  });

  it("spikes now and then: some 15-minute windows in a month reach above 90 %", () => {
    const vm = vms.find((item) => !vmProfile(item).hot)!;
    const month = Array.from({ length: 30 }, (_, index) =>
      day(vm, Date.parse("2026-10-27T00:00:00Z") + index * 86_400_000),
    ).flat();
    const spikes = month.filter((value) => value > 9000).length;
    expect(spikes).toBeGreaterThan(0);
    expect(spikes).toBeLessThan(month.length / 10);
  });

  it("reports no samples before a VM existed", () => {
    const vm = vms[0]!;
    expect(sampleValue(vm, cpu, Date.parse(vm.createDate) - 1, 20, "")).toBeUndefined();
    expect(sampleValue(vm, cpu, Date.parse(vm.createDate), 20, "")).toBeDefined();
  });
});
