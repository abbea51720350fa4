import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

export const CODE_DIGITS = 6;
const WELL_FORMED_CODE = new RegExp(`^\\d{${CODE_DIGITS}}$`);

/** A uniformly random 6-digit code from the operating system's cryptographic generator. */
export function generateSignInCode(): string {
  return randomInt(0, 10 ** CODE_DIGITS)
    .toString()
    .padStart(CODE_DIGITS, "0");
}

export const isWellFormedSignInCode = (code: string) => WELL_FORMED_CODE.test(code);

/**
 * HMAC-SHA256 of the e-mail address and code under the server's secret, as hex. Bound to the
 * address, so a hash copied onto another address's row does not verify.
 */
export function hashSignInCode(secret: string, email: string, code: string): string {
  return createHmac("sha256", secret).update(`${email}\n${code}`).digest("hex");
}

/** Compares two hashes in constant time, so response time says nothing about how much matched. */
export function signInCodeHashesMatch(presented: string, stored: string): boolean {
  const a = Buffer.from(presented, "hex");
  const b = Buffer.from(stored, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
