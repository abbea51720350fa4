import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { makeFragmentData } from "../gql";
import { AlertCountBadge } from "./AlertCountBadge";
import { Sparkline } from "./Sparkline";
import { TelemetryNow, TelemetryNow_VmTelemetryFragment } from "./TelemetryNow";
import { UsageSparkline, UsageSparkline_VmMetricsFragment } from "./UsageSparkline";

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/[\u00a0\u202f]/g, " ");
const pathOf = (html: string) => /<path[^>]* d="([^"]*)"/.exec(html)?.[1];

describe("Sparkline", () => {
  const props = { label: "CPU", unit: "%", windowLabel: "24 h", testId: "cpu-sparkline" };

  it("draws the series with a hole where buckets had no samples", () => {
    const html = renderToStaticMarkup(<Sparkline {...props} values={[20, 40, null, null, 60, 80]} />);
    expect(pathOf(html)?.match(/M/g)).toHaveLength(2);
    expect(html).toContain('data-gaps="2"');
    expect(html).toContain("4 of 6 buckets with data (2 without); latest 80 %, peak 80 %");
  });

  it("says there is no data rather than drawing an empty chart", () => {
    const html = renderToStaticMarkup(<Sparkline {...props} values={[null, null, null]} />);
    expect(text(html)).toBe("No data in 24 h");
    expect(html).not.toContain("<svg");
    expect(html).not.toMatch(/\b0 %/);
  });
});

describe("UsageSparkline", () => {
  const metrics = makeFragmentData(
    {
      since: "2026-11-21T07:00:00.000Z",
      stepMinutes: 60,
      cpu: { unit: "%", average: [5, 6] },
      memory: { unit: "%", average: [null, null] },
    },
    UsageSparkline_VmMetricsFragment,
  );

  it("draws the chosen metric of the row's window", () => {
    expect(renderToStaticMarkup(<UsageSparkline metrics={metrics} metric="cpu" />)).toContain(
      'data-testid="cpu-sparkline"',
    );
    expect(renderToStaticMarkup(<UsageSparkline metrics={metrics} metric="memory" />)).toContain(
      'data-testid="memory-sparkline-no-data"',
    );
  });
});

describe("TelemetryNow", () => {
  const now = (
    fields: Partial<{ stale: boolean; sampledAt: string | null; cpu: number | null; memory: number | null }>,
  ) =>
    makeFragmentData(
      { stale: false, sampledAt: "2026-11-22T06:10:00.000Z", cpu: 12.34, memory: 48, ...fields },
      TelemetryNow_VmTelemetryFragment,
    );

  it("shows the newest CPU and memory of a running VM", () => {
    const html = renderToStaticMarkup(<TelemetryNow telemetry={now({})} powerState="POWERED_ON" />);
    expect(text(html)).toBe("CPU 12,3 %Memory 48 %");
  });

  it("says since when a stale VM has no data, never 0 %", () => {
    const html = renderToStaticMarkup(
      <TelemetryNow telemetry={now({ stale: true, cpu: null, memory: null })} powerState="POWERED_ON" />,
    );
    expect(text(html)).toMatch(/^No data since 22 Nov 2026, \d{2}:\d{2} \S+$/);
    expect(html).not.toMatch(/\d %/);
  });

  it("says a powered-off VM has no data since its last sample, and a VM never sampled none yet", () => {
    expect(text(renderToStaticMarkup(<TelemetryNow telemetry={now({})} powerState="POWERED_OFF" />))).toMatch(
      /^No data since /,
    );
    const never = now({ stale: true, sampledAt: null, cpu: null, memory: null });
    expect(text(renderToStaticMarkup(<TelemetryNow telemetry={never} powerState="POWERED_ON" />))).toBe("No data yet");
  });

  it("marks a value the newest sample lacks as missing, not zero", () => {
    const html = renderToStaticMarkup(<TelemetryNow telemetry={now({ memory: null })} powerState="POWERED_ON" />);
    expect(text(html)).toBe("CPU 12,3 %Memory —");
  });
});

describe("AlertCountBadge", () => {
  it("counts the alerts firing, and says nothing when none do", () => {
    expect(text(renderToStaticMarkup(<AlertCountBadge count={1} />))).toBe("1 alert firing");
    expect(text(renderToStaticMarkup(<AlertCountBadge count={3} />))).toBe("3 alerts firing");
    expect(renderToStaticMarkup(<AlertCountBadge count={0} />)).toBe("");
  });
});
