import type { VmGuestDisks, VmPerformance } from "../hypervisor";

/**
 * What `recordVmPerformance` on telemetry-billing takes (its `PolledVmInput`,
 * `VmPerformanceSampleInput` and `GuestDiskSampleInput`): instants as ISO strings, values as
 * integers, and null wherever vCenter gave nothing (never 0).
 */
export interface PolledVm {
  vmId: string;
  organizationId: string;
  /** The VM's name, so alerts can name it. */
  name: string;
  poweredOn: boolean;
  polledAt: string;
}

export interface VmPerformanceSample {
  vmId: string;
  organizationId: string;
  sampledAt: string;
  cpuUsageBp: number | null;
  cpuReadyBp: number | null;
  memoryUsageBp: number | null;
  memoryActiveKb: number | null;
  diskReadKbps: number | null;
  diskWriteKbps: number | null;
  diskReadIops: number | null;
  diskWriteIops: number | null;
  diskLatencyMs: number | null;
  networkReceiveKbps: number | null;
  networkTransmitKbps: number | null;
  uptimeSeconds: number | null;
}

export interface GuestDiskSample {
  vmId: string;
  organizationId: string;
  sampledAt: string;
  path: string;
  capacityMb: number;
  freeMb: number;
}

export interface PerformanceDelivery {
  vms: PolledVm[];
  samples: VmPerformanceSample[];
  guestDisks: GuestDiskSample[];
}

type SampleField = Exclude<keyof VmPerformanceSample, "vmId" | "organizationId" | "sampledAt" | "cpuReadyBp">;

/** Each sample field and the vCenter counter it is, in the counter's own unit. */
export const FIELD_COUNTERS: Record<SampleField, string> = {
  cpuUsageBp: "cpu.usage.average",
  memoryUsageBp: "mem.usage.average",
  memoryActiveKb: "mem.active.average",
  diskReadKbps: "disk.read.average",
  diskWriteKbps: "disk.write.average",
  diskReadIops: "disk.numberReadAveraged.average",
  diskWriteIops: "disk.numberWriteAveraged.average",
  diskLatencyMs: "disk.maxTotalLatency.latest",
  networkReceiveKbps: "net.received.average",
  networkTransmitKbps: "net.transmitted.average",
  uptimeSeconds: "sys.uptime.latest",
};
export const CPU_READY_COUNTER = "cpu.ready.summation";
/** Every counter one QueryPerf asks for. */
export const PERF_COUNTERS = [...Object.values(FIELD_COUNTERS), CPU_READY_COUNTER];

const INT_MAX = 2_147_483_647;

/** A GraphQL `Int`, or null: absent, not a number, or beyond 32 bits (not a value to guess at). */
export function toInt(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const rounded = Math.round(value);
  return rounded < -INT_MAX - 1 || rounded > INT_MAX ? null : rounded;
}

/**
 * CPU ready as basis points of the interval the VM's vCPUs could have run:
 * round(readyMs / (intervalSeconds × 1000 × vcpuCount) × 10,000) = round(readyMs × 10 / (intervalSeconds × vcpuCount)),
 * rounded half up in integers.
 */
export function cpuReadyBasisPoints(readyMs: number | null, intervalSeconds: number, vcpuCount: number): number | null {
  const ready = toInt(readyMs);
  if (ready === null || ready < 0 || !(intervalSeconds > 0) || !(vcpuCount > 0)) return null;
  const divisor = intervalSeconds * vcpuCount;
  return toInt(Math.floor((20 * ready + divisor) / (2 * divisor)));
}

export interface SampledVm {
  id: string;
  organizationId: string;
  vcpuCount: number;
}

/** One sample per timestamp vCenter answered, from the whole-VM (`instance: ""`) series. */
export function toSamples(vm: SampledVm, performance: VmPerformance): VmPerformanceSample[] {
  const series = new Map(
    performance.series.filter((item) => item.instance === "").map((item) => [item.counter, item.values]),
  );
  return performance.timestamps.map((at, index) => {
    const value = (counter: string) => toInt(series.get(counter)?.[index]);
    const fields = Object.fromEntries(
      Object.entries(FIELD_COUNTERS).map(([field, counter]) => [field, value(counter)]),
    ) as Record<SampleField, number | null>;
    return {
      vmId: vm.id,
      organizationId: vm.organizationId,
      sampledAt: at.toISOString(),
      ...fields,
      cpuReadyBp: cpuReadyBasisPoints(
        series.get(CPU_READY_COUNTER)?.[index] ?? null,
        performance.intervalSeconds,
        vm.vcpuCount,
      ),
    };
  });
}

/** The VM's guest file systems at `sampledAt`. */
export function toGuestDiskSamples(vm: SampledVm, guest: VmGuestDisks, sampledAt: Date): GuestDiskSample[] {
  return guest.disks.map((disk) => ({
    vmId: vm.id,
    organizationId: vm.organizationId,
    sampledAt: sampledAt.toISOString(),
    path: disk.path,
    capacityMb: disk.capacityMb,
    freeMb: disk.freeMb,
  }));
}
