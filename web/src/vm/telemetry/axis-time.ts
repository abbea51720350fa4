const DAY_S = 86_400;

const formatters = new Map<string, { time: Intl.DateTimeFormat; day: Intl.DateTimeFormat }>();

/** The formatters for one zone (undefined: the browser's own), made once. */
function formattersFor(timeZone: string | undefined) {
  const key = timeZone ?? "";
  let found = formatters.get(key);
  if (!found) {
    found = {
      time: new Intl.DateTimeFormat("en-ZA", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }),
      day: new Intl.DateTimeFormat("en-ZA", { day: "numeric", month: "short", timeZone }),
    };
    formatters.set(key, found);
  }
  return found;
}

/**
 * The labels under a chart's time axis, in the viewer's zone: "14:00" within a day; "22 Nov" for
 * ticks a day or more apart; over longer windows with ticks inside the day, the date at midnight
 * and the time elsewhere ("22 Nov", "12:00", "23 Nov"), so every tick reads unambiguously.
 * `splits` are uPlot's tick positions in Unix seconds, `increment` the seconds between them.
 */
export function timeAxisLabels(
  splits: readonly number[],
  increment: number,
  windowSeconds: number,
  timeZone?: string,
): string[] {
  const { time, day } = formattersFor(timeZone);
  return splits.map((split) => {
    const instant = new Date(split * 1000);
    if (increment >= DAY_S) return day.format(instant);
    if (windowSeconds <= DAY_S) return time.format(instant);
    const clock = time.format(instant);
    return clock === "00:00" ? day.format(instant) : clock;
  });
}

/**
 * The zone the chart times are in, named: "Africa/Johannesburg (SAST)", or just "UTC" when the
 * short name says nothing more.
 */
export function describeTimeZone(timeZone?: string, at = new Date()): string {
  const format = new Intl.DateTimeFormat("en-ZA", { timeZone, timeZoneName: "short" });
  const zone = format.resolvedOptions().timeZone;
  const short = format.formatToParts(at).find((part) => part.type === "timeZoneName")?.value;
  return short && short !== zone ? `${zone} (${short})` : zone;
}

/** The zone's short name alone ("SAST", "UTC", "GMT+2"), for the axis. */
export function shortTimeZone(timeZone?: string, at = new Date()): string {
  const format = new Intl.DateTimeFormat("en-ZA", { timeZone, timeZoneName: "short" });
  return (
    format.formatToParts(at).find((part) => part.type === "timeZoneName")?.value ?? format.resolvedOptions().timeZone
  );
}
