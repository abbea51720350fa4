import { ServiceMetrics } from "@dcx/kit";
import { seriesValue } from "@dcx/kit/testing";
import { describe, expect, it } from "vitest";
import { usageOutboxGauge } from "./usage-outbox.metrics";
import type { UsageRelayReport } from "./usage-relay";

const report = (overrides: Partial<UsageRelayReport>): UsageRelayReport => ({
  outcome: "relayed",
  delivered: 0,
  stored: 0,
  alreadyStored: 0,
  calls: 0,
  purged: 0,
  pending: 0,
  ms: 1,
  ...overrides,
});

describe("usage outbox metrics", () => {
  it("keep what the last round left waiting and count rounds by outcome", async () => {
    const metrics = new ServiceMetrics("vms");
    const onReport = usageOutboxGauge(metrics);
    onReport(report({ pending: 12 }));
    onReport(report({ outcome: "failed", pending: 40, error: "telemetry-billing cannot be reached" }));
    // A round that could not count (the database down) leaves the last count.
    onReport(report({ outcome: "failed", pending: null }));
    onReport(report({ outcome: "skipped", pending: 40 }));
    const text = (await metrics.render()).body;
    expect(seriesValue(text, "dcx_usage_outbox_pending")).toBe(40);
    expect(seriesValue(text, "dcx_usage_relay_rounds_total", { outcome: "relayed" })).toBe(1);
    expect(seriesValue(text, "dcx_usage_relay_rounds_total", { outcome: "failed" })).toBe(2);
    expect(seriesValue(text, "dcx_usage_relay_rounds_total", { outcome: "skipped" })).toBe(1);
  });
});
