import * as crypto from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { generateSignInCode, hashSignInCode, signInCodeHashesMatch } from "./sign-in-code";

vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof crypto>();
  return { ...actual, randomInt: vi.fn(actual.randomInt), timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

describe("sign-in codes", () => {
  afterEach(() => vi.clearAllMocks());

  it("draws six digits from crypto.randomInt over the whole range, keeping leading zeros", () => {
    const codes = Array.from({ length: 200 }, generateSignInCode);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(190);
    expect(crypto.randomInt).toHaveBeenCalledWith(0, 1_000_000);
    vi.mocked(crypto.randomInt).mockReturnValueOnce(42 as never);
    expect(generateSignInCode()).toBe("000042");
  });

  it("hashes with HMAC-SHA256 under the secret, bound to the address", () => {
    const hash = hashSignInCode("secret-a", "jane@vodacom.co.za", "123456");
    expect(hash).toBe(crypto.createHmac("sha256", "secret-a").update("jane@vodacom.co.za\n123456").digest("hex"));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSignInCode("secret-b", "jane@vodacom.co.za", "123456")).not.toBe(hash);
    expect(hashSignInCode("secret-a", "sipho@vodacom.co.za", "123456")).not.toBe(hash);
  });

  it("compares hashes with crypto.timingSafeEqual", () => {
    const hash = hashSignInCode("secret", "jane@vodacom.co.za", "123456");
    expect(signInCodeHashesMatch(hash, hash)).toBe(true);
    expect(signInCodeHashesMatch(hashSignInCode("secret", "jane@vodacom.co.za", "123457"), hash)).toBe(false);
    expect(crypto.timingSafeEqual).toHaveBeenCalledTimes(2);
    expect(signInCodeHashesMatch("abcd", hash)).toBe(false);
  });
});
