const value = new Intl.NumberFormat("en-ZA", { maximumFractionDigits: 1 });

/** A measurement in the unit the graph gave it: "12,5 %", "1 234 KB/s", "45 IOPS", "3,2 ms". */
export function formatMetric(measurement: number, unit: string): string {
  return `${value.format(measurement)} ${unit}`;
}

/** A bucket width as an adjective: "5-min", "hourly", "2-hour", "daily". */
function span(minutes: number): string {
  if (minutes % 1440 === 0) return minutes === 1440 ? "daily" : `${minutes / 1440}-day`;
  if (minutes % 60 === 0) return minutes === 60 ? "hourly" : `${minutes / 60}-hour`;
  return `${minutes}-min`;
}

/**
 * What the stored resolution that answered a window is: raw 5-minute samples or averages the
 * roll-up made ("5-min samples", "30-min averages", "2-hour averages", "daily averages").
 */
export function resolutionLabel(resolutionMinutes: number): string {
  return resolutionMinutes === 5 ? "5-min samples" : `${span(resolutionMinutes)} averages`;
}

/**
 * The caption under a chart: its points and what they were computed from, e.g. "5-min samples"
 * when each point is a sample, "hourly points from 5-min samples" when a step spans several.
 */
export function describeResolution(stepMinutes: number, resolutionMinutes: number): string {
  if (stepMinutes === resolutionMinutes) return resolutionLabel(resolutionMinutes);
  return `${span(stepMinutes)} points from ${resolutionLabel(resolutionMinutes)}`;
}

const TIME = new Intl.DateTimeFormat("en-ZA", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const DAY = new Intl.DateTimeFormat("en-ZA", { day: "numeric", month: "short" });

/** A chart's axis label: the time of day within a day's window, the date for longer ones. */
export function formatAxisTime(instant: Date, windowMinutes: number): string {
  return windowMinutes <= 1440 ? TIME.format(instant) : DAY.format(instant);
}

/** "3 d 4 h", "5 h 12 min", "40 min", "under a minute". */
export function formatUptime(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days > 0) return `${days} d ${hours % 24} h`;
  if (hours > 0) return `${hours} h ${minutes % 60} min`;
  if (minutes > 0) return `${minutes} min`;
  return "under a minute";
}

/** A length of time in whole minutes: "35 min", "2 h", "2 h 30 min", "3 d 4 h". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days > 0) return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
  if (hours > 0) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  return `${minutes} min`;
}
