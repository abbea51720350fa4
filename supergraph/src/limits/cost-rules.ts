import { systemClock } from "@dcx/kit";

/**
 * Our cost rules: how big each list is assumed to be, what a hop between subgraphs adds, and how
 * a metric window turns into points. The figures are documented in the supergraph README.
 */
export interface CostRules {
  /** Items assumed in a list that has no page-size argument, by `Type.field`. */
  listSizes: Readonly<Record<string, number>>;
  /** Items assumed in any other list without a page-size argument. */
  defaultListSize: number;
  /** Arguments that say how many items a list (or a connection's edges) holds. */
  pageSizeArguments: readonly string[];
  /** Added per parent object when a field is resolved by another subgraph than its parent. */
  hopCost: number;
  /** Fields with a time-window argument: every list below them holds one item per bucket. */
  windowFields: Readonly<Record<string, WindowRule>>;
  /** Scalars that carry one value per bucket of the window they are below (`average: MetricValues`). */
  seriesScalars: readonly string[];
  /**
   * What one value of a series below a window costs (a series scalar, or a list of scalars),
   * as a fraction of an object: a number is far cheaper to build and send than an object, but
   * 2 000 buckets × many series × many VMs must still count.
   */
  scalarListItemCost: number;
}

export interface WindowRule {
  argument: string;
  defaultSpanMinutes: number;
  defaultStepMinutes: number;
  minStepMinutes: number;
  /** Named windows (`preset: LAST_WEEK`) and their span and default step. */
  presets: Readonly<Record<string, { spanMinutes: number; stepMinutes: number }>>;
}

// The telemetry subgraph's MetricWindowInput: LAST_DAY in 60-minute buckets by default.
const METRIC_WINDOW: WindowRule = {
  argument: "window",
  defaultSpanMinutes: 24 * 60,
  defaultStepMinutes: 60,
  minStepMinutes: 5,
  presets: {
    LAST_HOUR: { spanMinutes: 60, stepMinutes: 5 },
    LAST_DAY: { spanMinutes: 24 * 60, stepMinutes: 60 },
    LAST_WEEK: { spanMinutes: 7 * 24 * 60, stepMinutes: 120 },
    LAST_MONTH: { spanMinutes: 30 * 24 * 60, stepMinutes: 1440 },
  },
};

export const DCX_COST_RULES: CostRules = {
  listSizes: {
    // No page argument: sized for a reseller's book. (`Organization.vms` is a connection now,
    // priced by its `first`, 50 by default.)
    "Organization.children": 50,
    "Organization.users": 50,
    "Query.organizations": 50,
    "Query.products": 50,
    "Query.vmSizes": 20,
    "Vm.disks": 4,
    // A month's lines: about five products per VM of a small fleet; a rate or two of VAT.
    "CurrentBill.lines": 50,
    "CurrentBill.vatByRate": 2,
    "VmCostEstimate.lines": 8,
    "VmEstimate.lines": 8,
  },
  defaultListSize: 20,
  pageSizeArguments: ["first", "limit"],
  hopCost: 5,
  windowFields: {
    "Vm.metrics": METRIC_WINDOW,
    "Vm.health": METRIC_WINDOW,
    "Vm.alerts": METRIC_WINDOW,
  },
  seriesScalars: ["MetricValues"],
  scalarListItemCost: 0.15,
};

/** How many buckets a window argument asks for (defaults filled in as the subgraph fills them). */
export function windowBuckets(rule: WindowRule, value: unknown, now = systemClock().getTime()): number {
  const window = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const time = (input: unknown) => (typeof input === "string" ? Date.parse(input) : Number.NaN);
  const preset = typeof window.preset === "string" ? rule.presets[window.preset] : undefined;
  const untilMs = Number.isFinite(time(window.until)) ? time(window.until) : now;
  const spanMinutes = preset?.spanMinutes ?? rule.defaultSpanMinutes;
  const sinceMs = Number.isFinite(time(window.since)) ? time(window.since) : untilMs - spanMinutes * 60_000;
  const step =
    typeof window.stepMinutes === "number" ? window.stepMinutes : (preset?.stepMinutes ?? rule.defaultStepMinutes);
  const stepMs = Math.max(step, rule.minStepMinutes) * 60_000;
  return Math.max(1, Math.ceil((untilMs - sinceMs) / stepMs));
}
