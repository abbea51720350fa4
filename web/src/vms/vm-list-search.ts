import type { PowerState } from "../gql/graphql";

/** How the list is ordered: by name (the vms subgraph), or ranked by telemetry-billing. */
export const VM_SORTS = ["name", "name-desc", "cost", "forecast", "cpu"] as const;
export type VmSort = (typeof VM_SORTS)[number];

export const POWER_FILTERS: readonly PowerState[] = ["POWERED_ON", "POWERED_OFF", "SUSPENDED"];

/** The list's state in the address bar: `?q=web&power=POWERED_OFF&sort=cpu` (defaults left out). */
export interface VmListSearch {
  q?: string;
  power?: PowerState;
  sort?: VmSort;
}

/** What the server accepts as a search: 1–80 characters once trimmed, no control characters. */
export const MAX_SEARCH_LENGTH = 80;

/** A search as typed, cleaned to what the server accepts; undefined when nothing is left. */
export function cleanSearch(text: string): string | undefined {
  const cleaned = text
    .replace(/\p{Cc}/gu, "")
    .trim()
    .slice(0, MAX_SEARCH_LENGTH)
    .trim();
  return cleaned === "" ? undefined : cleaned;
}

/**
 * Keeps the list's own parameters when they are valid (a hand-edited or stale bookmark falls back
 * to the defaults); `org` is the root route's.
 */
export function parseVmListSearch(search: Record<string, unknown>): VmListSearch {
  const parsed: VmListSearch = {};
  const q = typeof search.q === "string" ? cleanSearch(search.q) : undefined;
  if (q) parsed.q = q;
  if (POWER_FILTERS.includes(search.power as PowerState)) parsed.power = search.power as PowerState;
  if (VM_SORTS.includes(search.sort as VmSort) && search.sort !== "name") parsed.sort = search.sort as VmSort;
  return parsed;
}

export const SORT_LABELS: Record<VmSort, string> = {
  name: "Name, A to Z",
  "name-desc": "Name, Z to A",
  cost: "Cost this month, highest first",
  forecast: "Month-end forecast, highest first",
  cpu: "CPU over 24 h, highest first",
};

/** Whether the order is a ranking by cost or CPU (telemetry-billing) rather than by name. */
export const isRanked = (sort: VmSort) => sort === "cost" || sort === "forecast" || sort === "cpu";
