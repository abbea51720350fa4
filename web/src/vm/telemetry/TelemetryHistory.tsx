import { Unavailable } from "../../components/Unavailable";
import type { FragmentType } from "../../gql";
import { outcomeOfField, type PathedError } from "../../graphql/errors";
import { Skeleton } from "../../components/Skeleton";
import { type AlertTimeline_VmAlertFragment, AlertTimeline } from "./AlertTimeline";
import { describeTimeZone } from "./axis-time";
import { type HealthChart_VmHealthFragment, HealthChart } from "./HealthChart";
import { type MetricCharts_VmMetricsFragment, MetricCharts } from "./MetricCharts";
import { METRIC_CHARTS } from "./metric-charts";
import type { WindowKey } from "./telemetry-windows";
import { WindowPicker } from "./WindowPicker";

/** The window-dependent parts of `VmTelemetrySection`'s answer. */
interface HistoryFields {
  metrics?: ({ since: string; until: string } & FragmentType<typeof MetricCharts_VmMetricsFragment>) | null | undefined;
  health?: FragmentType<typeof HealthChart_VmHealthFragment> | null | undefined;
  alerts?: ReadonlyArray<FragmentType<typeof AlertTimeline_VmAlertFragment>> | null | undefined;
}

/**
 * The VM over the chosen window: health, the alert timeline and every metric's chart, each
 * "unavailable" in place when its field failed. While another window loads, the previous one
 * stays, dimmed; before the first answer, grey shapes stand in.
 */
export function TelemetryHistory(props: {
  vm: HistoryFields | null | undefined;
  errors: readonly PathedError[];
  loading: boolean;
  refreshing: boolean;
  window: WindowKey;
  onWindowChange: (key: WindowKey) => void;
}) {
  const { vm, errors } = props;
  const metrics = outcomeOfField(vm?.metrics, errors, 1, "metrics");
  const health = outcomeOfField(vm?.health, errors, 1, "health");
  const alerts = outcomeOfField(vm?.alerts, errors, 1, "alerts");
  // The window the server answered, for the alert timeline's scale.
  const span = metrics.available ? { since: metrics.value.since, until: metrics.value.until } : undefined;

  return (
    <>
      <div className="telemetry-history-head">
        <h3>History</h3>
        <WindowPicker value={props.window} onChange={props.onWindowChange} />
      </div>
      <p className="hint" data-testid="chart-time-zone">
        Times in your zone, {describeTimeZone()}.
      </p>
      {props.loading ? (
        <Skeleton label="Loading charts…" charts={METRIC_CHARTS.length + 1} testId="charts-loading" />
      ) : (
        <div className={props.refreshing ? "refreshing" : undefined}>
          <div className="history-overview">
            <div className="history-health">
              <h4>Health</h4>
              {health.available ? (
                <HealthChart health={health.value} />
              ) : (
                <Unavailable what="Health" errors={health.errors} testId="health-unavailable" />
              )}
            </div>
            <div className="history-alerts">
              <h4>Alerts</h4>
              {alerts.available ? (
                <AlertTimeline alerts={alerts.value} window={span} />
              ) : (
                <Unavailable what="Alerts" errors={alerts.errors} testId="alerts-unavailable" />
              )}
            </div>
          </div>
          <h4>Metrics</h4>
          {metrics.available ? (
            <MetricCharts metrics={metrics.value} />
          ) : (
            <Unavailable what="Metrics" errors={metrics.errors} testId="metrics-unavailable" />
          )}
        </div>
      )}
    </>
  );
}
