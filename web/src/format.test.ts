import { describe, expect, it } from "vitest";
import {
  describeDisks,
  formatDateTime,
  formatGb,
  organizationKindLabel,
  powerStateLabel,
  userRoleLabel,
} from "./format";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("describeDisks", () => {
  it("lists capacity and tier of each disk", () => {
    expect(
      describeDisks([
        { capacityGb: 100, tier: "PERFORMANCE" },
        { capacityGb: 500, tier: "PERFORMANCE" },
      ]),
    ).toBe("100 GB performance, 500 GB performance");
    expect(plain(describeDisks([{ capacityGb: 2048, tier: "ARCHIVE" }]))).toBe("2 048 GB archive");
  });

  it("says so when a VM has no disks", () => {
    expect(describeDisks([])).toBe("No disks");
  });
});

describe("labels", () => {
  it("formats quantities with a decimal comma", () => {
    expect(formatGb(0.5)).toBe("0,5 GB");
    expect(formatGb(16)).toBe("16 GB");
  });

  it("names kinds and power states", () => {
    expect(organizationKindLabel("RESELLER")).toBe("Reseller");
    expect(powerStateLabel("POWERED_ON")).toBe("Powered on");
    expect(powerStateLabel("SUSPENDED")).toBe("Suspended");
  });

  it("names user roles", () => {
    expect(userRoleLabel("OWNER")).toBe("Owner");
    expect(userRoleLabel("BILLING")).toBe("Billing");
    expect(userRoleLabel("READ_ONLY")).toBe("Read-only");
  });
});

describe("formatDateTime", () => {
  it("writes an instant day, month, year and time, South African style, naming the zone", () => {
    expect(plain(formatDateTime("2026-11-22T06:12:00Z", "Africa/Johannesburg"))).toBe("22 Nov 2026, 08:12 SAST");
    expect(plain(formatDateTime("2026-11-22T06:12:00Z", "UTC"))).toBe("22 Nov 2026, 06:12 UTC");
    // In the browser's own zone when none is given, still named.
    expect(plain(formatDateTime("2026-11-22T06:12:00Z"))).toMatch(/^\d{1,2} Nov 2026, \d{2}:\d{2} \S+$/);
  });
});
