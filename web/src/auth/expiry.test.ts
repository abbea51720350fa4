import { describe, expect, it } from "vitest";
import {
  clockOffsetMs,
  EXPIRY_MARGIN_MS,
  expiresWithin,
  localExpiry,
  MIN_REFRESH_DELAY_MS,
  REFRESH_LEAD_MS,
  refreshDelay,
} from "./expiry";

const t0 = Date.parse("2026-03-02T08:00:00.000Z");
const minutes = (n: number) => n * 60_000;

describe("refreshDelay", () => {
  it("refreshes five minutes before a ten-minute token expires", () => {
    expect(REFRESH_LEAD_MS).toBe(minutes(5));
    expect(refreshDelay(t0 + minutes(10), t0)).toBe(minutes(5));
  });

  it("counts from now, not from when the token was issued", () => {
    expect(refreshDelay(t0 + minutes(10), t0 + minutes(2))).toBe(minutes(3));
  });

  it("never schedules closer than the minimum delay, even for a token already inside the lead", () => {
    expect(refreshDelay(t0 + minutes(4), t0)).toBe(MIN_REFRESH_DELAY_MS);
    expect(refreshDelay(t0 - minutes(1), t0)).toBe(MIN_REFRESH_DELAY_MS);
  });
});

describe("expiresWithin", () => {
  it("is false while more than the margin is left", () => {
    expect(expiresWithin(t0 + minutes(1), t0, EXPIRY_MARGIN_MS)).toBe(false);
  });

  it("is true inside the margin and after expiry", () => {
    expect(expiresWithin(t0 + EXPIRY_MARGIN_MS, t0, EXPIRY_MARGIN_MS)).toBe(true);
    expect(expiresWithin(t0 + 1_000, t0, EXPIRY_MARGIN_MS)).toBe(true);
    expect(expiresWithin(t0 - 1_000, t0, EXPIRY_MARGIN_MS)).toBe(true);
  });
});

describe("clock skew", () => {
  it("reads the server's clock offset from the Date header", () => {
    const serverNow = "Mon, 02 Mar 2026 08:07:00 GMT";
    expect(clockOffsetMs(serverNow, t0)).toBe(minutes(7));
    expect(clockOffsetMs(serverNow, t0 + minutes(9))).toBe(-minutes(2));
  });

  it("has no offset without a usable Date header", () => {
    expect(clockOffsetMs(null, t0)).toBeNull();
    expect(clockOffsetMs("yesterday-ish", t0)).toBeNull();
  });

  it("moves the expiry onto the local clock", () => {
    const expiresAt = "2026-03-02T08:17:00.000Z";
    expect(localExpiry(expiresAt, null)).toBe(t0 + minutes(17));
    // The server is 7 minutes ahead: its 08:17 is our 08:10, ten minutes from our now.
    expect(localExpiry(expiresAt, minutes(7))).toBe(t0 + minutes(10));
    expect(refreshDelay(localExpiry(expiresAt, minutes(7)), t0)).toBe(minutes(5));
  });

  it("refuses an expiry it cannot read", () => {
    expect(() => localExpiry("soon", null)).toThrow("Invalid expiry time: soon");
  });
});
