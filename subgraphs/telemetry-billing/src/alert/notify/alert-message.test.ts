import { describe, expect, it } from "vitest";
import { alertMessage, sast } from "./alert-message";
import type { AlertNotice } from "./alert-notifier";

const VM = "6f1c2b9e-3d4a-4c5b-9e8f-0a1b2c3d4e5f";
const fired: AlertNotice = {
  kind: "fired",
  alertId: "a1",
  organizationId: "o1",
  vmId: VM,
  vmName: null,
  ruleName: "Disk latency above 20 ms",
  metric: "diskLatency",
  unit: "ms",
  operator: ">",
  threshold: 20,
  durationMinutes: 10,
  severity: "warning",
  conditionSince: new Date("2026-03-02T08:05:00Z"),
  firedAt: new Date("2026-03-02T08:10:00Z"),
  firedValue: 31,
  peakValue: 31,
  resolvedAt: null,
  resolution: null,
};

describe("alertMessage", () => {
  it("names the VM by the name the collector sent, with its id beside it", () => {
    const { subject, text } = alertMessage({ ...fired, vmName: "adk-web-01" }, "https://dcx.example");
    expect(subject).toBe("WARNING: Disk latency above 20 ms on VM adk-web-01");
    expect(text).toContain(`VM:            adk-web-01 (${VM})`);
  });

  it("says what fired, on which VM, since when, with its value and a link to the VM", () => {
    const { subject, text } = alertMessage(fired, "https://dcx.example");
    expect(subject).toBe(`WARNING: Disk latency above 20 ms on VM ${VM}`);
    expect(text).toContain("Condition:     DISK_LATENCY > 20 ms for 10 minutes");
    expect(text).toContain("Since:         2026-03-02 10:05 (SAST)");
    expect(text).toContain("Value:         31 ms (worst so far 31 ms)");
    expect(text).toContain(`https://dcx.example/vms/${VM}`);
  });

  it("says why it resolved", () => {
    const { subject, text } = alertMessage(
      {
        ...fired,
        kind: "resolved",
        peakValue: 48,
        resolvedAt: new Date("2026-03-02T09:00:00Z"),
        resolution: "rule_disabled",
      },
      "https://dcx.example",
    );
    expect(subject).toBe(`Resolved: Disk latency above 20 ms on VM ${VM}`);
    expect(text).toContain("Resolved:      2026-03-02 11:00 (SAST), the rule was disabled");
    expect(text).toContain("worst so far 48 ms");
  });

  it("words a NO_SAMPLES alert without a value", () => {
    const silent = { ...fired, metric: "noSamples", unit: "min", threshold: null, firedValue: null, peakValue: null };
    const { text } = alertMessage({ ...silent, ruleName: "No samples", severity: "critical" }, "https://dcx.example");
    expect(text).toContain("Condition:     no samples from the powered-on VM for more than 10 minutes");
    expect(text).not.toContain("Value:");
  });

  it("writes times in South African time", () => {
    expect(sast(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01 01:30 (SAST)");
  });
});
