import { badUserInput, formatScaled, parseScaled } from "@dcx/kit";

/** Prices are held in micro-rand (scale 6): per-hour prices such as R0.012345 need more than cents. */
export const PRICE_SCALE = 6;

/** numeric(18, 6) holds at most 12 whole digits. */
const PRICE_LIMIT = 10n ** 18n;

/** "0.35" → 350000n micro-rand; anything else than a non-negative decimal of ≤ 6 places is bad input. */
export function parseUnitPrice(text: string, field = "unitPrice"): bigint {
  let micros: bigint;
  try {
    micros = parseScaled(String(text), PRICE_SCALE);
  } catch {
    throw badUserInput(`Unit price must be a decimal number with at most ${PRICE_SCALE} decimal places`, field);
  }
  if (micros < 0n) throw badUserInput("Unit price cannot be negative", field);
  if (micros >= PRICE_LIMIT) throw badUserInput("Unit price must be below 1 000 000 000 000", field);
  return micros;
}

/** 350000n → "0.350000": prices always show their stored precision. */
export const formatUnitPrice = (micros: bigint): string => formatScaled(micros, PRICE_SCALE);

/** Reads a numeric(18, 6) column value, whichever driver returned it. */
export const unitPriceFromColumn = (value: string): bigint => parseScaled(value, PRICE_SCALE);
