/** How long the balance lasts at the recent daily usage, and how loudly to say it. */
export interface RunwayView {
  level: "ok" | "low" | "critical" | "unknown";
  text: string;
}

/** Under two weeks of usage left is worth a warning; under three days, a loud one. */
export const LOW_RUNWAY_DAYS = 14;
export const CRITICAL_RUNWAY_DAYS = 3;

const days = new Intl.NumberFormat("en-ZA", { maximumFractionDigits: 1 });

/**
 * The wallet's runway as one sentence. `runwayDays` is the wallet's own figure (available ÷ the
 * newest days' average usage, null while nothing was charged); `dailyUsage` is already formatted.
 */
export function describeRunway(runwayDays: number | null, dailyUsage: string): RunwayView {
  if (runwayDays === null) return { level: "unknown", text: "No usage charged yet" };
  if (runwayDays <= 0) return { level: "critical", text: `Nothing left for usage of ${dailyUsage} a day` };
  const level = runwayDays < CRITICAL_RUNWAY_DAYS ? "critical" : runwayDays < LOW_RUNWAY_DAYS ? "low" : "ok";
  const unit = runwayDays === 1 ? "day" : "days";
  return { level, text: `Lasts about ${days.format(runwayDays)} ${unit} at ${dailyUsage} a day` };
}
