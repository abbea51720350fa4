/** Where an alert's bar sits on the window's timeline, in percent of its width. */
export interface AlertSpan {
  left: number;
  width: number;
  /** Its condition began before the window: the bar runs off the left edge. */
  startsBefore: boolean;
  /** Still firing: the bar runs to the window's end. */
  ongoing: boolean;
}

/** The narrowest bar drawn, so an alert of a few minutes in a 30-day window is still seen. */
const MIN_WIDTH = 0.75;

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * An alert's time on the window: from its condition's start (or the window's start) to when it
 * resolved (or the window's end while it fires). Alerts come from `Vm.alerts(window)`, which
 * answers only those overlapping the window; anything beyond is clipped to its edges.
 */
export function alertSpan(
  alert: { conditionSince: string; resolvedAt?: string | null; state: "FIRING" | "RESOLVED" },
  window: { since: string; until: string },
): AlertSpan {
  const since = Date.parse(window.since);
  const length = Date.parse(window.until) - since;
  const start = Date.parse(alert.conditionSince);
  const ongoing = alert.state === "FIRING" || !alert.resolvedAt;
  const end = ongoing ? since + length : Date.parse(alert.resolvedAt!);
  const fraction = (instant: number) => Math.min(1, Math.max(0, (instant - since) / length));
  const left = fraction(start) * 100;
  const right = fraction(end) * 100;
  const width = Math.max(MIN_WIDTH, right - left);
  return { left: round(Math.min(left, 100 - width)), width: round(width), startsBefore: start < since, ongoing };
}
