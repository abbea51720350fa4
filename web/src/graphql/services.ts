/**
 * The subgraph that serves each field the pages mark "unavailable" in place, as the composed graph
 * joins them (`@join__field(graph: …)` in schema/supergraph.graphql). A subgraph that cannot be
 * reached is reported by name without a path; this is how its error finds the cells it emptied.
 * A field that also needs another subgraph's fields to stand (an alert's VM name comes from vms,
 * and `VmAlert.vm` is non-null) lists that one too: either being down nulls it.
 */
export const SERVED_BY = {
  estimatedMonthlyCost: "catalog",
  metrics: "telemetry-billing",
  telemetry: "telemetry-billing",
  guestDisks: "telemetry-billing",
  openAlertCount: "telemetry-billing",
  alerts: "telemetry-billing",
  health: "telemetry-billing",
  openAlerts: ["telemetry-billing", "vms"],
  usage: "telemetry-billing",
} as const satisfies Record<string, string | readonly string[]>;

export type PlacedField = keyof typeof SERVED_BY;
