import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { makeFragmentData } from "../../gql";
import type {
  TelemetryValues_VmTelemetryFragmentFragment,
  AlertTimeline_VmAlertFragmentFragment,
} from "../../gql/graphql";
import { GuestDisks, GuestDisks_GuestDiskUsageFragment } from "./GuestDisks";
import { HealthChart, HealthChart_VmHealthFragment } from "./HealthChart";
import { AlertTimeline, AlertTimeline_VmAlertFragment } from "./AlertTimeline";
import { MetricChart } from "./MetricChart";
import { TelemetryValues, TelemetryValues_VmTelemetryFragment } from "./TelemetryValues";

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\s+/g, " ");
const window = { since: "2026-11-22T06:00:00.000Z", until: "2026-11-22T07:00:00.000Z", stepMinutes: 20 };

describe("MetricChart", () => {
  it("draws with uPlot, labelled in the graph's unit, with each line's pieces and newest value", () => {
    const html = renderToStaticMarkup(
      <MetricChart
        id="disk-throughput"
        title="Disk throughput"
        window={window}
        lines={[
          { label: "read", values: [100, null, 300], unit: "KB/s", tone: "primary" },
          { label: "write", values: [null, null, null], unit: "KB/s", tone: "secondary" },
        ]}
      />,
    );
    // The canvas is drawn in the browser, into this element.
    expect(html).toContain('role="img" aria-label="Disk throughput in KB/s: read and write"');
    expect(html).toContain('data-has-data="true"');
    // The read line is broken by its gap into two pieces; write has none.
    expect(html).toContain('data-line="read" data-runs="2"');
    expect(html).toContain('data-line="write" data-runs="0"');
    expect(text(html)).toContain("Disk throughput (KB/s)");
    expect(text(html)).toContain("read latest 300 KB/s");
    expect(text(html)).toContain("write no data");
    expect(html).not.toContain("chart-no-data");
  });

  it("says 'no data in this window' instead of drawing a chart when nothing was sampled", () => {
    const html = renderToStaticMarkup(
      <MetricChart
        id="cpu"
        title="CPU"
        window={window}
        lines={[{ label: "average", values: [null, null], unit: "%", tone: "primary" }]}
      />,
    );
    expect(html).toContain('data-testid="chart-no-data"');
    expect(text(html)).toContain("No data in this window");
    expect(html).not.toContain("uplot-chart");
    expect(text(html)).toContain("average no data");
  });
});

describe("TelemetryValues", () => {
  const values: TelemetryValues_VmTelemetryFragmentFragment = {
    sampledAt: "2026-11-22T06:10:00.000Z",
    poweredOn: true,
    stale: false,
    cpu: 12.5,
    cpuReady: 0.4,
    memory: 61,
    memoryActive: 2048,
    diskRead: 800,
    diskWrite: 500,
    diskReadIops: 50,
    diskWriteIops: 30,
    diskLatency: 3,
    networkReceive: 300,
    networkTransmit: 120,
    uptimeSeconds: 90_000,
  };
  const render = (fields: Partial<typeof values>, powerState: "POWERED_ON" | "POWERED_OFF" = "POWERED_ON") =>
    text(
      renderToStaticMarkup(
        <TelemetryValues
          telemetry={makeFragmentData({ ...values, ...fields }, TelemetryValues_VmTelemetryFragment)}
          powerState={powerState}
        />,
      ),
    );

  it("lists the newest values in their units", () => {
    const shown = render({});
    expect(shown).toContain("CPU 12,5 %");
    expect(shown).toContain("Active memory 2 048 MB");
    expect(shown).toContain("Disk latency 3 ms");
    expect(shown).toContain("Network out 120 KB/s");
    expect(shown).toContain("Uptime 1 d 1 h");
  });

  it("says since when there is no data for a stale or powered-off VM, with no value at all", () => {
    const stale = render({ stale: true, cpu: null, memory: null, diskRead: null });
    expect(stale).toMatch(/^ ?No data since 22 Nov 2026, \d{2}:\d{2} \S+/);
    expect(stale).not.toMatch(/\d (%|KB\/s|IOPS|ms)/);
    expect(render({}, "POWERED_OFF")).toMatch(/No data since/);
  });
});

describe("GuestDisks", () => {
  const disk = (path: string, capacityGb: number, usedGb: number) =>
    makeFragmentData(
      { path, capacityGb, usedGb, usedPercent: (usedGb / capacityGb) * 100, sampledAt: "2026-11-22T06:10:00.000Z" },
      GuestDisks_GuestDiskUsageFragment,
    );

  it("shows used of capacity, the share and a bar coloured by how full it is", () => {
    const html = renderToStaticMarkup(<GuestDisks disks={[disk("/", 40, 12), disk("/data", 100, 95)]} />);
    expect(text(html)).toContain("/ 12 GB of 40 GB");
    expect(text(html)).toContain("/data 95 GB of 100 GB");
    expect(html).toMatch(/usage-ok" style="width:30%"/);
    expect(html).toMatch(/usage-critical" style="width:95%"/);
  });

  it("says when Tools reported no file systems", () => {
    expect(renderToStaticMarkup(<GuestDisks disks={[]} />)).toContain("guest-disks-none");
  });
});

describe("HealthChart", () => {
  const health = (score: Array<number | null>, reasons: string[][]) =>
    makeFragmentData({ ...window, stepMinutes: 20, score, reasons }, HealthChart_VmHealthFragment);

  it("charts the score with its gaps, gives the newest and names what lowered it, for how long", () => {
    const html = renderToStaticMarkup(
      <HealthChart
        health={health([100, null, 60], [[], ["No samples for 15 minutes"], ["No samples for 15 minutes"]])}
      />,
    );
    expect(html).toContain('data-chart="health"');
    expect(html).toContain('data-line="score" data-runs="2"');
    expect(text(html)).toContain("Newest score 60 of 100, degraded");
    expect(text(html)).toContain("Lowered by No samples for 15 minutes (40 min)");
  });

  it("says no alert lowered a scored window, and draws nothing for a window without samples", () => {
    expect(text(renderToStaticMarkup(<HealthChart health={health([100, 100], [[], []])} />))).toContain(
      "No alert lowered it in this window.",
    );
    const empty = renderToStaticMarkup(<HealthChart health={health([null, null], [[], []])} />);
    expect(empty).toContain('data-testid="chart-no-data"');
    expect(text(empty)).toContain("Newest score — no samples in this window");
    expect(text(empty)).not.toContain("No alert lowered it");
  });
});

describe("AlertTimeline", () => {
  const alert = (fields: Partial<AlertTimeline_VmAlertFragmentFragment>) =>
    makeFragmentData(
      {
        id: "a1",
        ruleName: "Guest disk over 85 % full",
        severity: "WARNING",
        state: "FIRING",
        unit: "%",
        conditionSince: "2026-11-22T06:10:00.000Z",
        resolvedAt: null,
        resolution: null,
        firedValue: 95,
        peakValue: 97,
        acknowledgement: null,
        ...fields,
      } satisfies AlertTimeline_VmAlertFragmentFragment,
      AlertTimeline_VmAlertFragment,
    );

  it("lists a firing alert with its severity, since when and its values", () => {
    const shown = text(renderToStaticMarkup(<AlertTimeline alerts={[alert({})]} />));
    expect(shown).toMatch(
      /Warning Guest disk over 85 % full firing since 22 Nov 2026, \d{2}:\d{2} \S+ · 95 % when it fired, worst 97 %/,
    );
  });

  it("says how and when a resolved alert ended, and gives no value for missing samples", () => {
    const resolved = alert({
      id: "a2",
      ruleName: "No samples for 15 minutes",
      severity: "CRITICAL",
      state: "RESOLVED",
      unit: "min",
      resolvedAt: "2026-11-22T07:00:00.000Z",
      resolution: "CONDITION_CLEARED",
      firedValue: null,
      peakValue: null,
    });
    const shown = text(renderToStaticMarkup(<AlertTimeline alerts={[resolved]} />));
    expect(shown).toMatch(
      /^ ?Critical No samples for 15 minutes 22 Nov 2026, \d{2}:\d{2} \S+ – 22 Nov 2026, \d{2}:\d{2} \S+, condition cleared ?$/,
    );
  });

  it("places each alert on the window's timeline when the window is known", () => {
    const html = renderToStaticMarkup(
      <AlertTimeline alerts={[alert({ conditionSince: "2026-11-22T06:30:00.000Z" })]} window={window} />,
    );
    // Firing since half-way through the 1-hour window: a bar over its second half.
    expect(html).toMatch(/alert-bar-warning alert-bar-ongoing" style="left:50%;width:50%"/);
    expect(renderToStaticMarkup(<AlertTimeline alerts={[alert({})]} />)).not.toContain("alert-bar");
  });

  it("says when the window had no alerts", () => {
    expect(renderToStaticMarkup(<AlertTimeline alerts={[]} />)).toContain("vm-alerts-none");
  });
});
