import { badUserInput, conflict, formatScaled, isUniqueViolation, parseScaled, systemClock } from "@dcx/kit";
import { VAT_RATE_SCALE } from "../pricing/vm-estimate";
import { CLOCK_SKEW_GRACE_MS } from "../product/product-price.service";
import { checkDate } from "../product/product.rules";
import type { CatalogDb } from "../product/product.store";
import { findVatRateAt, insertVatRate } from "./vat-rate.store";

export interface VatRateInForce {
  /** Scale 4: 0.1500 is 1500n. */
  rate: bigint;
  effectiveFrom: Date;
}

/** "0.15" → 1500n; a fraction from 0 (inclusive) to 1 (exclusive) with at most 4 decimals. */
export function parseVatRate(text: string): bigint {
  let rate: bigint;
  try {
    rate = parseScaled(String(text), VAT_RATE_SCALE);
  } catch {
    throw badUserInput(`VAT rate must be a decimal fraction with at most ${VAT_RATE_SCALE} decimal places`, "rate");
  }
  if (rate < 0n || rate >= 10n ** BigInt(VAT_RATE_SCALE)) {
    throw badUserInput("VAT rate must be a fraction from 0 up to (not including) 1, e.g. 0.15", "rate");
  }
  return rate;
}

export const formatVatRate = (rate: bigint) => formatScaled(rate, VAT_RATE_SCALE);

/** The rate in force at `at`; the migration guarantees one from 2018-04-01. */
export async function vatRateAt(db: CatalogDb, at: Date): Promise<VatRateInForce> {
  const row = await findVatRateAt(db, at);
  if (!row) throw new Error(`No VAT rate is in force at ${at.toISOString()}`);
  return { rate: parseScaled(row.rate, VAT_RATE_SCALE), effectiveFrom: row.effectiveFrom };
}

/**
 * Schedules a VAT rate from `effectiveFrom`, which may not lie in the past: rates that have
 * applied are never rewritten. Two rates cannot start at the same instant (CONFLICT).
 */
export async function setVatRate(db: CatalogDb, input: { rate: string; effectiveFrom: Date }, now = systemClock()) {
  const rate = parseVatRate(input.rate);
  const effectiveFrom = checkDate(input.effectiveFrom, "effectiveFrom");
  if (effectiveFrom.getTime() < now.getTime() - CLOCK_SKEW_GRACE_MS) {
    throw badUserInput("A VAT rate cannot take effect in the past", "effectiveFrom");
  }
  try {
    const row = await insertVatRate(db, { rate: formatVatRate(rate), effectiveFrom });
    return { rate: formatVatRate(rate), effectiveFrom: row.effectiveFrom };
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A VAT rate already takes effect at ${effectiveFrom.toISOString()}`);
    throw error;
  }
}
