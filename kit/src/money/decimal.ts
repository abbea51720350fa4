/**
 * Exact decimal arithmetic on bigint "scaled integers": 123.45 at scale 2 is 12345n.
 * Money never touches a JavaScript float.
 *
 * Pure and dependency-free: the web app imports it too (`@dcx/kit/decimal`), so keep it that way.
 */

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** "0.35" at scale 6 → 350000n. Rejects text with more decimals than `scale` can hold. */
export function parseScaled(text: string, scale: number): bigint {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new RangeError(`Not a decimal number: ${JSON.stringify(text)}`);
  const [, sign, whole, fraction = ""] = match;
  const significant = fraction.replace(/0+$/, "");
  if (significant.length > scale) {
    throw new RangeError(`${text} has more than ${scale} decimal places`);
  }
  const value = BigInt(`${whole}${fraction.padEnd(scale, "0").slice(0, scale)}`);
  return sign ? -value : value;
}

/**
 * How many decimal places the text carries, trailing zeros included: "0.1500" → 4, "12" → 0.
 * With parseScaled it reads a decimal of any scale exactly, for sums that keep every digit.
 */
export function decimalPlaces(text: string): number {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new RangeError(`Not a decimal number: ${JSON.stringify(text)}`);
  return match[3]?.length ?? 0;
}

/** 12345n at scale 2 → "123.45"; -5n at scale 2 → "-0.05". */
export function formatScaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? "-" : ""}${whole}${scale > 0 ? `.${fraction}` : ""}`;
}

/**
 * numerator / denominator rounded half away from zero (the commercial rule: 0.005 → 0.01,
 * -0.005 → -0.01).
 */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("Division by zero");
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (d * 2n);
  return negative ? -quotient : quotient;
}

/** Rescales a value from one scale to a smaller one, rounding half away from zero. */
export function rescale(value: bigint, fromScale: number, toScale: number): bigint {
  if (toScale >= fromScale) return value * 10n ** BigInt(toScale - fromScale);
  return divideRoundHalfUp(value, 10n ** BigInt(fromScale - toScale));
}
