import { useCallback, useMemo, useRef } from "react";
import { formatMetric } from "../../metric-format";
import { latestPoint } from "../../series";
import { shortTimeZone } from "./axis-time";
import { type ChartWindow, hasAnyValue, lineRuns, readoutText, toChartData } from "./chart-data";
import { type ChartLine, chartUnit } from "./metric-charts";
import { UPlotChart } from "./UPlotChart";

/**
 * One metric over a window, drawn by uPlot: a line per series with its gaps left open, axes in
 * the unit and the viewer's zone, the value under the pointer, and a legend with each line's
 * newest value. A window without any sample says so in words instead of drawing an empty chart.
 */
export function MetricChart(props: {
  id: string;
  title: string;
  window: ChartWindow;
  lines: readonly ChartLine[];
  /** The top of the scale when it is not the unit's (see `scaleMaxFor`). */
  max?: number;
}) {
  const { window, lines, max } = props;
  const unit = chartUnit(lines);
  const hasData = hasAnyValue(lines.map((line) => line.values));
  const spec = useMemo(() => ({ window, lines, unit, max, zone: shortTimeZone() }), [window, lines, unit, max]);
  const data = useMemo(
    () =>
      toChartData(
        window,
        lines.map((line) => line.values),
      ),
    [window, lines],
  );
  const readout = useRef<HTMLParagraphElement>(null);
  const showReadout = useCallback(
    (index: number | null) => {
      if (readout.current) readout.current.textContent = readoutText(window, lines, index, formatMetric) ?? "";
    },
    [window, lines],
  );
  const description = `${props.title} in ${unit}: ${lines.map((line) => line.label).join(" and ")}`;

  return (
    <figure className="metric-chart" data-testid="metric-chart" data-chart={props.id} data-has-data={hasData}>
      <figcaption>
        <span className="metric-chart-title">{props.title}</span> <span className="muted">({unit})</span>
      </figcaption>
      {hasData ? (
        <UPlotChart spec={spec} data={data} label={description} onCursor={showReadout} />
      ) : (
        <p className="chart-empty-box" data-testid="chart-no-data">
          No data in this window
        </p>
      )}
      <p className="chart-readout hint" ref={readout} />
      <ul className="chart-legend">
        {lines.map((line) => {
          const latest = latestPoint(line.values);
          return (
            <li
              key={line.label}
              className={`chart-key chart-key-${line.tone}`}
              data-testid="chart-key"
              data-line={line.label}
              data-runs={lineRuns(line.values)}
            >
              <span className="chart-swatch" aria-hidden="true" /> {line.label}{" "}
              <span className="muted">{latest ? `latest ${formatMetric(latest.value, line.unit)}` : "no data"}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
