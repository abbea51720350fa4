import { formatMetric } from "../../metric-format";
import { latestPoint } from "../../series";
import { chartGeometry, type ChartWindow } from "./chart-geometry";
import { type ChartLine, chartUnit } from "./metric-charts";

const VIEW = { width: 360, height: 150 };
const PLOT = { left: 46, top: 8, width: 306, height: 118 };

const axisValue = new Intl.NumberFormat("en-ZA", { maximumFractionDigits: 2 });

/**
 * One metric over a window as light SVG: grid, time labels, a line per series with its gaps left
 * open, and a legend with each line's newest value. A window without any sample says so in words.
 */
export function MetricChart(props: {
  id: string;
  title: string;
  window: ChartWindow;
  lines: readonly ChartLine[];
  /** The top of the scale when it is not the unit's (see `scaleMaxFor`). */
  max?: number;
}) {
  const unit = chartUnit(props.lines);
  const geometry = chartGeometry(
    props.lines.map((line) => line.values),
    unit,
    props.window,
    PLOT,
    props.max,
  );
  return (
    <figure className="metric-chart" data-testid="metric-chart" data-chart={props.id}>
      <figcaption>
        <span className="metric-chart-title">{props.title}</span> <span className="muted">({unit})</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
        role="img"
        aria-label={`${props.title} in ${unit}${geometry.hasData ? "" : ": no data in this window"}`}
      >
        <g transform={`translate(${PLOT.left},${PLOT.top})`}>
          {geometry.yTicks.map((tick) => (
            <g key={tick.value} className="chart-grid">
              <line x1={0} x2={PLOT.width} y1={tick.y} y2={tick.y} />
              <text x={-6} y={tick.y} dy="0.32em" textAnchor="end">
                {axisValue.format(tick.value)}
              </text>
            </g>
          ))}
          {geometry.xTicks.map((tick, index) => (
            <text
              key={index}
              className="chart-time"
              x={tick.x}
              y={PLOT.height + 16}
              textAnchor={index === 0 ? "start" : index === geometry.xTicks.length - 1 ? "end" : "middle"}
            >
              {tick.label}
            </text>
          ))}
          {geometry.hasData ? (
            // Last line first, so the first (the average) is drawn on top of its peak.
            geometry.paths
              .map((d, index) => (
                <path
                  key={index}
                  className={`chart-line chart-line-${props.lines[index]!.tone}`}
                  d={d}
                  data-testid="chart-line"
                />
              ))
              .reverse()
          ) : (
            <text
              className="chart-empty"
              x={PLOT.width / 2}
              y={PLOT.height / 4}
              textAnchor="middle"
              data-testid="chart-no-data"
            >
              No data in this window
            </text>
          )}
        </g>
      </svg>
      <ul className="chart-legend">
        {props.lines.map((line) => {
          const latest = latestPoint(line.values);
          return (
            <li key={line.label} className={`chart-key chart-key-${line.tone}`}>
              <span className="chart-swatch" aria-hidden="true" /> {line.label}{" "}
              <span className="muted">{latest ? `latest ${formatMetric(latest.value, line.unit)}` : "no data"}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
