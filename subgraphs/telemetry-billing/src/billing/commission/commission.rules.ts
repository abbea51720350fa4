import { badUserInput, isUuid, parseScaled } from "@dcx/kit";
import { billingMonthOf } from "../bill/billing-month";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** How far ahead a commission may be set: beyond that a month is more likely a typing error. */
const MONTHS_AHEAD = 60;

export interface CommissionInput {
  resellerId: string;
  percent: string;
  fromMonth: string;
}

/** A checked setting: the percent at scale 2 (1250n is 12.5 %). */
export interface CheckedCommission {
  resellerId: string;
  percent: bigint;
  fromMonth: string;
}

/**
 * `percent` from 0 to 100 with at most 2 decimals; `fromMonth` "YYYY-MM", not before the billing
 * month holding `now` (an earlier month may be closed already: its invoices cannot change) and at
 * most five years ahead. BAD_USER_INPUT naming the input otherwise.
 */
export function checkCommission(input: CommissionInput, now: Date): CheckedCommission {
  if (typeof input.resellerId !== "string" || !isUuid(input.resellerId)) {
    throw badUserInput("resellerId must be an organisation id", "resellerId");
  }
  const percent = parsePercent(input.percent);
  const match = typeof input.fromMonth === "string" ? MONTH.exec(input.fromMonth) : null;
  if (!match) throw badUserInput('fromMonth must be a month such as "2026-10"', "fromMonth");
  const current = billingMonthOf(now).label;
  if (input.fromMonth < current) {
    throw badUserInput(`fromMonth cannot be before the current billing month (${current})`, "fromMonth");
  }
  const [year, month] = current.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month - 1 + MONTHS_AHEAD, 1)).toISOString().slice(0, 7);
  if (input.fromMonth > last) throw badUserInput(`fromMonth must be ${last} or earlier`, "fromMonth");
  return { resellerId: input.resellerId.toLowerCase(), percent, fromMonth: input.fromMonth };
}

function parsePercent(text: string): bigint {
  const invalid = () => badUserInput("percent must be from 0 to 100 with at most 2 decimals", "percent");
  if (typeof text !== "string" || text.length > 20 || !/^\d+(\.\d+)?$/.test(text)) throw invalid();
  let percent: bigint;
  try {
    percent = parseScaled(text, 2);
  } catch {
    throw invalid();
  }
  if (percent > 10_000n) throw invalid();
  return percent;
}
