import table from "./counter-table.json";
import { el } from "../soap/xml-node";
import { arrayOf, type VimValue } from "../properties/values";

type CounterRow = [
  key: number,
  group: string,
  name: string,
  label: string,
  summary: string,
  unit: string,
  rollup: string,
  stats: string,
  level: number,
  perDeviceLevel: number,
];

export interface PerfCounter {
  key: number;
  group: string;
  name: string;
  unit: string;
  rollup: string;
  stats: string;
  /** `cpu.usage.average`: group, name and rollup, as vSphere clients name counters. */
  fullName: string;
}

const rows = table.counters as CounterRow[];
const groups = table.groups as unknown as Record<string, [string, string]>;
const units = table.units as unknown as Record<string, [string, string]>;

export const PERF_COUNTERS: PerfCounter[] = rows.map(([key, group, name, , , unit, rollup, stats]) => ({
  key,
  group,
  name,
  unit,
  rollup,
  stats,
  fullName: `${group}.${name}.${rollup}`,
}));

export const COUNTER_BY_KEY = new Map(PERF_COUNTERS.map((counter) => [counter.key, counter]));
export const COUNTER_BY_NAME = new Map(PERF_COUNTERS.map((counter) => [counter.fullName, counter]));

/**
 * The counters a VM offers: vcsim's list, plus the VM-level disk throughput and IOPS counters a
 * vCenter also offers for VMs (vcsim lists those for hosts only).
 */
export const VM_METRICS: [counterId: number, instance: string][] = [
  ...(table.vmMetrics as [number, string][]),
  ...[
    "disk.read.average",
    "disk.write.average",
    "disk.numberReadAveraged.average",
    "disk.numberWriteAveraged.average",
  ].map((name) => [COUNTER_BY_NAME.get(name)!.key, ""] as [number, string]),
];

const description = (tag: string, key: string, [label, summary]: [string, string]) =>
  el(tag, [el("label", label), el("summary", summary), el("key", key)], { xsiType: "ElementDescription" });

let cached: VimValue | undefined;

/** `PerformanceManager.perfCounter`, as vcsim's vCenter counter table has it. */
export function perfCounterInfos(): VimValue {
  cached ??= arrayOf(
    "PerfCounterInfo",
    rows.map(([key, group, name, label, summary, unit, rollup, stats, level, perDeviceLevel]) =>
      el("PerfCounterInfo", [
        el("key", key),
        description("nameInfo", name, [label, summary]),
        description("groupInfo", group, groups[group]!),
        description("unitInfo", unit, units[unit]!),
        el("rollupType", rollup),
        el("statsType", stats),
        el("level", level),
        el("perDeviceLevel", perDeviceLevel),
      ]),
    ),
  );
  return cached;
}
