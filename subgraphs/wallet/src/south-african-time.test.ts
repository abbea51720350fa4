import { describe, expect, it } from "vitest";
import { southAfricanDateTime } from "./south-african-time";

describe("South African time", () => {
  it("is UTC+2 all year, as PayGate's TRANSACTION_DATE and our e-mails read it", () => {
    expect(southAfricanDateTime(new Date("2026-11-22T22:30:05Z"))).toBe("2026-11-23 00:30:05");
    expect(southAfricanDateTime(new Date("2026-06-01T08:00:00.999Z"))).toBe("2026-06-01 10:00:00");
  });
});
