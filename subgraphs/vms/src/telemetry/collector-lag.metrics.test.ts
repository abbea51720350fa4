import { ServiceMetrics } from "@dcx/kit";
import { seriesValue } from "@dcx/kit/testing";
import { describe, expect, it } from "vitest";
import { emptyReport } from "./collection-report";
import { collectorLagGauge } from "./collector-lag.metrics";

describe("collector metrics", () => {
  it("keep the last cycle's lag and count cycles by outcome", async () => {
    const metrics = new ServiceMetrics("vms");
    const onReport = collectorLagGauge(metrics);
    onReport({ ...emptyReport(), lagSeconds: 312 });
    onReport({ ...emptyReport(), outcome: "failed", error: "vCenter unreachable" });
    onReport({ ...emptyReport(), outcome: "skipped" });
    const text = (await metrics.render()).body;
    // A failed or skipped cycle delivered nothing: the lag stays what the last delivery left.
    expect(seriesValue(text, "dcx_collector_lag_seconds")).toBe(312);
    expect(seriesValue(text, "dcx_collector_cycles_total", { outcome: "collected" })).toBe(1);
    expect(seriesValue(text, "dcx_collector_cycles_total", { outcome: "failed" })).toBe(1);
    expect(seriesValue(text, "dcx_collector_cycles_total", { outcome: "skipped" })).toBe(1);
  });
});
