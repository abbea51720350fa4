import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { type ChartSpec, chartOptions } from "./chart-options";

export const CHART_HEIGHT = 190;
/** Until the container has been laid out (or when it is hidden). */
const FALLBACK_WIDTH = 360;

/**
 * A uPlot canvas filling its container's width: made when the spec or data change (a new window
 * or a new answer), resized as the container is, and destroyed with the component. The pointer's
 * bucket is reported to `onCursor` (null when it leaves), for a readout beside the chart.
 */
export function UPlotChart(props: {
  spec: ChartSpec;
  data: uPlot.AlignedData;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  onCursor?: (index: number | null) => void;
}) {
  const { spec, data, onCursor } = props;
  const container = useRef<HTMLDivElement>(null);
  // The latest callback, without making it a reason to draw the chart again.
  const cursorListener = useRef(onCursor);
  cursorListener.current = onCursor;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let width = element.clientWidth || FALLBACK_WIDTH;
    const options = chartOptions(spec, { width, height: CHART_HEIGHT });
    options.hooks = { setLegend: [(chart) => cursorListener.current?.(chart.cursor.idx ?? null)] };
    const chart = new uPlot(options, data, element);
    const observer = new ResizeObserver(() => {
      const next = element.clientWidth;
      if (next > 0 && next !== width) {
        width = next;
        chart.setSize({ width, height: CHART_HEIGHT });
      }
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [spec, data]);

  return <div ref={container} className="uplot-chart" role="img" aria-label={props.label} data-testid="uplot-chart" />;
}
