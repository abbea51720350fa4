const HOUR_MS = 3_600_000;
/**
 * Bills run in South African time (UTC+2, no daylight saving): a month starts at 22:00 UTC on the
 * last day of the month before. Every hour boundary is the same in both, so metered UTC hours fall
 * wholly in one month.
 */
const OFFSET_MS = 2 * HOUR_MS;

export interface BillingMonth {
  /** "2026-11" */
  label: string;
  start: Date;
  end: Date;
  /** Hours in the calendar month (672–744): the 730-hour month is spread over them. */
  hours: number;
}

export function billingMonthOf(at: Date): BillingMonth {
  const local = new Date(at.getTime() + OFFSET_MS);
  return monthStarting(local.getUTCFullYear(), local.getUTCMonth());
}

export function monthStarting(year: number, monthIndex: number): BillingMonth {
  const start = new Date(Date.UTC(year, monthIndex, 1) - OFFSET_MS);
  const end = new Date(Date.UTC(year, monthIndex + 1, 1) - OFFSET_MS);
  const label = `${new Date(Date.UTC(year, monthIndex, 1)).toISOString().slice(0, 7)}`;
  return { label, start, end, hours: (end.getTime() - start.getTime()) / HOUR_MS };
}

export interface BillingDay {
  /** "2026-11-26" */
  label: string;
  start: Date;
  end: Date;
}

/** The South African day that holds `at`. */
export function billingDayOf(at: Date): BillingDay {
  const local = new Date(at.getTime() + OFFSET_MS);
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  return {
    label: new Date(midnight).toISOString().slice(0, 10),
    start: new Date(midnight - OFFSET_MS),
    end: new Date(midnight + 24 * HOUR_MS - OFFSET_MS),
  };
}
