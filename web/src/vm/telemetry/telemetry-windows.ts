import type { MetricWindowPreset } from "../../gql/graphql";

/** The windows the VM page offers, as the graph's presets (each ends with the bucket holding now). */
export const WINDOW_PRESETS: ReadonlyArray<{ preset: MetricWindowPreset; label: string }> = [
  { preset: "LAST_HOUR", label: "1 h" },
  { preset: "LAST_DAY", label: "24 h" },
  { preset: "LAST_WEEK", label: "7 d" },
  { preset: "LAST_MONTH", label: "30 d" },
];

export const DEFAULT_WINDOW: MetricWindowPreset = "LAST_DAY";
