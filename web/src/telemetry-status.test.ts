import { describe, expect, it } from "vitest";
import { noDataText, telemetryStatus } from "./telemetry-status";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const sampledAt = "2026-11-22T06:10:00.000Z";

describe("telemetryStatus", () => {
  it("shows the newest values of a running VM with a fresh sample", () => {
    expect(telemetryStatus({ stale: false, sampledAt }, "POWERED_ON")).toEqual({ kind: "live" });
  });

  it("has no data since the newest sample when that sample is stale", () => {
    expect(telemetryStatus({ stale: true, sampledAt }, "POWERED_ON")).toEqual({ kind: "no-data", since: sampledAt });
  });

  it("has no data since the newest sample for a VM that is off or suspended, even a fresh one", () => {
    expect(telemetryStatus({ stale: false, sampledAt }, "POWERED_OFF")).toEqual({ kind: "no-data", since: sampledAt });
    expect(telemetryStatus({ stale: true, sampledAt }, "SUSPENDED")).toEqual({ kind: "no-data", since: sampledAt });
    expect(telemetryStatus({ stale: false, sampledAt, poweredOn: false }, "POWERED_ON")).toEqual({
      kind: "no-data",
      since: sampledAt,
    });
  });

  it("has no data at all for a VM never sampled", () => {
    expect(telemetryStatus({ stale: true, sampledAt: null }, "POWERED_ON")).toEqual({ kind: "no-data", since: null });
  });
});

describe("noDataText", () => {
  it("says since when, or that nothing came yet", () => {
    expect(plain(noDataText(sampledAt))).toMatch(/^No data since 22 Nov 2026, \d{2}:\d{2} \S+$/);
    expect(noDataText(null)).toBe("No data yet");
  });
});
