import { type MetricField, ROLLED_METRICS } from "../metric/metric-catalogue";

/** Minutes between two samples of a VM: each sample stands for the 5 minutes up to its instant. */
export const SAMPLE_INTERVAL_MINUTES = 5;

export const GUEST_DISK_USED = "guestDiskUsed";
export const NO_SAMPLES = "noSamples";

/** What a rule watches: a metric of the catalogue, the fullest guest file system, or silence. */
export type AlertMetricKey = MetricField | typeof GUEST_DISK_USED | typeof NO_SAMPLES;

export interface AlertMetricDefinition {
  key: AlertMetricKey;
  unit: string;
  /** For catalogue metrics: the `vm_samples` column and stored value ÷ scale = value in `unit`. */
  sample: { column: string; scale: number } | null;
  /** The largest threshold that means anything (100 for percentages, the column's range otherwise). */
  maxThreshold: number;
}

const INT_MAX = 2 ** 31 - 1;

export const ALERT_METRICS: readonly AlertMetricDefinition[] = [
  ...ROLLED_METRICS.map((m) => ({
    key: m.field,
    unit: m.unit,
    sample: { column: m.column, scale: m.scale },
    maxThreshold: m.unit === "%" ? 100 : Math.floor(INT_MAX / m.scale),
  })),
  { key: GUEST_DISK_USED, unit: "%", sample: null, maxThreshold: 100 },
  { key: NO_SAMPLES, unit: "min", sample: null, maxThreshold: 0 },
];

const BY_KEY = new Map<string, AlertMetricDefinition>(ALERT_METRICS.map((m) => [m.key, m]));

/** The definition of a stored metric key; undefined for a key the catalogue no longer has. */
export const alertMetric = (key: string): AlertMetricDefinition | undefined => BY_KEY.get(key);

/** `diskLatency` → `DISK_LATENCY`: the GraphQL enum value of a metric key. */
export const enumNameOf = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();

/** The `AlertMetric` GraphQL enum: `CPU: "cpu"`, …, `GUEST_DISK_USED: "guestDiskUsed"`, `NO_SAMPLES: "noSamples"`. */
export const AlertMetric: Record<string, string> = Object.fromEntries(
  ALERT_METRICS.map((m) => [enumNameOf(m.key), m.key]),
);
