import { describe, expect, it } from "vitest";
import type { MetricCharts_VmMetricsFragmentFragment } from "../../gql/graphql";
import { chartUnit, METRIC_CHARTS } from "./metric-charts";

const series = (unit: string, average: Array<number | null>, maximum?: Array<number | null>) => ({
  unit,
  average,
  ...(maximum ? { maximum } : {}),
});

const metrics = {
  since: "2026-11-21T07:00:00.000Z",
  until: "2026-11-22T07:00:00.000Z",
  stepMinutes: 60,
  resolutionMinutes: 30,
  cpu: series("%", [10, null], [20, null]),
  memory: series("%", [50, 51], [55, 60]),
  diskReadIops: series("IOPS", [1, 2]),
  diskWriteIops: series("IOPS", [3, 4]),
  diskRead: series("KB/s", [100, 200]),
  diskWrite: series("KB/s", [300, null]),
  diskLatency: series("ms", [2, 3], [9, 4]),
  networkReceive: series("KB/s", [5, 6]),
  networkTransmit: series("KB/s", [7, 8]),
} as unknown as MetricCharts_VmMetricsFragmentFragment;

const chart = (id: string) => METRIC_CHARTS.find((definition) => definition.id === id)!;

describe("METRIC_CHARTS", () => {
  it("has CPU, memory, disk IOPS, throughput and latency, and network", () => {
    expect(METRIC_CHARTS.map((definition) => definition.id)).toEqual([
      "cpu",
      "memory",
      "disk-iops",
      "disk-throughput",
      "disk-latency",
      "network",
    ]);
  });

  it("draws CPU as the average and, lighter, each bucket's peak, gaps kept", () => {
    expect(chart("cpu").lines(metrics)).toEqual([
      { label: "average", values: [10, null], unit: "%", tone: "primary" },
      { label: "peak", values: [20, null], unit: "%", tone: "peak" },
    ]);
  });

  it("pairs read with write and receive with transmit, each in the graph's unit", () => {
    expect(chart("disk-throughput").lines(metrics)).toEqual([
      { label: "read", values: [100, 200], unit: "KB/s", tone: "primary" },
      { label: "write", values: [300, null], unit: "KB/s", tone: "secondary" },
    ]);
    expect(
      chart("network")
        .lines(metrics)
        .map((line) => line.label),
    ).toEqual(["receive", "transmit"]);
    expect(chartUnit(chart("disk-iops").lines(metrics))).toBe("IOPS");
    expect(chartUnit(chart("disk-latency").lines(metrics))).toBe("ms");
  });

  it("names both units on the axis if a pair ever disagreed", () => {
    const line = { label: "x", values: [], tone: "primary" as const };
    expect(
      chartUnit([
        { ...line, unit: "KB/s" },
        { ...line, unit: "MB/s" },
      ]),
    ).toBe("KB/s / MB/s");
  });
});
