/**
 * The VM metrics this subgraph stores. Values are kept as the integers vCenter reports (or, for
 * CPU ready, converted once by the collector to the same basis-point unit), so every sum in the
 * roll-up ladder is exact and re-rolling can never change a number. `scale` turns a stored value
 * into the unit the graph answers in.
 */
export interface MetricDefinition {
  /** Column in `vm_samples`; roll-ups hold `<column>_sum`, `_max`, `_count`. */
  column: string;
  /** The series' field on `VmMetrics` and the value's field on `VmTelemetry`. */
  field: string;
  /** The unit of the answered value. */
  unit: string;
  /** Stored value ÷ scale = answered value. */
  scale: number;
  description: string;
}

const metric = <C extends string, F extends string>(
  column: C,
  field: F,
  unit: string,
  scale: number,
  description: string,
) => ({ column, field, unit, scale, description }) satisfies MetricDefinition;

/** Rolled up into 30-minute, 2-hour and 1-day buckets and answered as series. */
export const ROLLED_METRICS = [
  metric("cpu_usage_bp", "cpu", "%", 100, "CPU use in percent of the allocated vCPUs (cpu.usage.average)."),
  metric("cpu_ready_bp", "cpuReady", "%", 100, "Time ready to run but not scheduled, percent per vCPU (cpu.ready)."),
  metric("memory_usage_bp", "memory", "%", 100, "Memory use in percent of the allocated RAM (mem.usage.average)."),
  metric("memory_active_kb", "memoryActive", "MB", 1024, "Memory the guest touched recently (mem.active)."),
  metric("disk_read_kbps", "diskRead", "KB/s", 1, "Disk read throughput (disk.read.average)."),
  metric("disk_write_kbps", "diskWrite", "KB/s", 1, "Disk write throughput (disk.write.average)."),
  metric("disk_read_iops", "diskReadIops", "IOPS", 1, "Disk reads per second (disk.numberReadAveraged)."),
  metric("disk_write_iops", "diskWriteIops", "IOPS", 1, "Disk writes per second (disk.numberWriteAveraged)."),
  metric("disk_latency_ms", "diskLatency", "ms", 1, "Highest disk latency of the VM's disks (disk.maxTotalLatency)."),
  metric("network_receive_kbps", "networkReceive", "KB/s", 1, "Network receive rate (net.received.average)."),
  metric("network_transmit_kbps", "networkTransmit", "KB/s", 1, "Network transmit rate (net.transmitted.average)."),
] as const;

export type RolledMetric = (typeof ROLLED_METRICS)[number];
export type MetricField = RolledMetric["field"];

/** Kept with the raw samples only: the newest value is what matters, an average of uptimes is not. */
export const UPTIME_COLUMN = "uptime_seconds";

/** The collector's name for a stored column: `cpu_usage_bp` → `cpuUsageBp`. */
export const inputFieldOf = (column: string): string =>
  column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** What a stored integer means in the answered unit, rounded to 2 decimals (what a chart shows). */
export const toUnit = (metric: MetricDefinition, stored: number): number =>
  Math.round((stored / metric.scale) * 100) / 100;
