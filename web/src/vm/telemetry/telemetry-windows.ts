import type { MetricWindowPreset } from "../../gql/graphql";

/** How a window reads in the address bar: `?window=7d`. */
export type WindowKey = "1h" | "24h" | "7d" | "30d";

export interface ChartWindowChoice {
  key: WindowKey;
  /** The graph's preset: each ends with the bucket holding now. */
  preset: MetricWindowPreset;
  label: string;
}

/** The windows the VM page offers, shortest first. */
export const WINDOW_CHOICES: readonly ChartWindowChoice[] = [
  { key: "1h", preset: "LAST_HOUR", label: "1 h" },
  { key: "24h", preset: "LAST_DAY", label: "24 h" },
  { key: "7d", preset: "LAST_WEEK", label: "7 d" },
  { key: "30d", preset: "LAST_MONTH", label: "30 d" },
];

export const DEFAULT_WINDOW: WindowKey = "24h";

/** The search parameters of the VM page besides `?org=`: the chart window, when not the default. */
export interface VmDetailSearch {
  window?: WindowKey;
}

const isWindowKey = (value: unknown): value is WindowKey => WINDOW_CHOICES.some((choice) => choice.key === value);

/**
 * The route's `validateSearch`: a known window is kept; the default, an unknown value (an old
 * bookmark, a typo) or none at all becomes `undefined`, so the page shows 24 h. The key is always
 * there: the router lays the validated search over the raw one, so leaving it out would let
 * `?window=2y` through.
 */
export function parseVmDetailSearch(search: Record<string, unknown>): VmDetailSearch {
  const value = search.window;
  return { window: isWindowKey(value) && value !== DEFAULT_WINDOW ? value : undefined };
}

const DEFAULT_CHOICE = WINDOW_CHOICES.find((choice) => choice.key === DEFAULT_WINDOW)!;

/** The window a page address asks for: the default when it names none, or none the page knows. */
export const windowChoice = (key: string | undefined): ChartWindowChoice =>
  WINDOW_CHOICES.find((choice) => choice.key === key) ?? DEFAULT_CHOICE;

/** The search for a chosen window: the default is left out of the address. */
export const searchForWindow = (key: WindowKey): VmDetailSearch => (key === DEFAULT_WINDOW ? {} : { window: key });
