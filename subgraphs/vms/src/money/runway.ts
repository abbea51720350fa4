import { formatScaled } from "@dcx/kit";

/** The catalog's month: 730 hours (8 760 a year / 12); its monthly totals are per this month. */
export const HOURS_PER_MONTH = 730n;

/**
 * What `monthlyCents` (VAT included) costs for `runwayHours`, rounded UP to the cent: a hold
 * that is a fraction of a cent short would not cover the runway it promises.
 */
export function runwayCents(monthlyCents: bigint, runwayHours: number): bigint {
  if (!Number.isSafeInteger(runwayHours) || runwayHours <= 0) throw new RangeError(`Bad runway: ${runwayHours} h`);
  if (monthlyCents <= 0n) return 0n;
  const numerator = monthlyCents * BigInt(runwayHours);
  return (numerator + HOURS_PER_MONTH - 1n) / HOURS_PER_MONTH;
}

/** Cents as the wallet and the graph take rand: "12.40". */
export const rand = (cents: bigint) => formatScaled(cents, 2);

/** Cents as a person reads them in a message: "R 12.40". */
export const randLabel = (cents: bigint) => `R ${rand(cents)}`;
