import { useState } from "react";
import { useQuery } from "urql";
import { Loading } from "../../components/Loading";
import { Unavailable } from "../../components/Unavailable";
import { graphql } from "../../gql";
import type { MetricWindowPreset, PowerState } from "../../gql/graphql";
import { graphQLErrorsOf, outcomeOfField, type PathedError } from "../../graphql/errors";
import { GuestDisks } from "./GuestDisks";
import { HealthChart } from "./HealthChart";
import { MetricCharts } from "./MetricCharts";
import { TelemetryValues } from "./TelemetryValues";
import { DEFAULT_WINDOW } from "./telemetry-windows";
import { VmAlerts } from "./VmAlerts";
import { WindowPicker } from "./WindowPicker";

/** Its own query, so that switching the window reads only the telemetry again, not the VM. */
const VmTelemetrySectionQuery = graphql(`
  query VmTelemetrySection($id: ID!, $window: MetricWindowInput!) {
    vm(id: $id) {
      id
      telemetry {
        ...TelemetryValues_VmTelemetryFragment
      }
      guestDisks {
        ...GuestDisks_GuestDiskUsageFragment
      }
      metrics(window: $window) {
        ...MetricCharts_VmMetricsFragment
      }
      health(window: $window) {
        ...HealthChart_VmHealthFragment
      }
      alerts(window: $window) {
        ...VmAlerts_VmAlertFragment
      }
    }
  }
`);

/**
 * The VM's telemetry: newest values, guest file systems, and over a chosen window its health, its
 * alerts and charts of every metric. Each part that failed (the telemetry subgraph down) says
 * "unavailable" in place, with the reason.
 */
export function VmTelemetrySection({ vmId, powerState }: { vmId: string; powerState: PowerState }) {
  const [preset, setPreset] = useState<MetricWindowPreset>(DEFAULT_WINDOW);
  const [{ data, fetching, error }] = useQuery({
    query: VmTelemetrySectionQuery,
    variables: { id: vmId, window: { preset } },
    requestPolicy: "cache-and-network",
  });
  const errors: PathedError[] = error?.networkError ? [{ message: error.message }] : graphQLErrorsOf(error);
  // urql keeps the previous window's answer while the next one loads: it stays, dimmed.
  const vm = data?.vm;
  // Every error of this query is under `vm`: a field's errors have it as their 2nd segment.
  const telemetry = outcomeOfField(vm?.telemetry, errors, 1, "telemetry");
  const guestDisks = outcomeOfField(vm?.guestDisks, errors, 1, "guestDisks");
  const metrics = outcomeOfField(vm?.metrics, errors, 1, "metrics");
  const health = outcomeOfField(vm?.health, errors, 1, "health");
  const alerts = outcomeOfField(vm?.alerts, errors, 1, "alerts");
  // Before the first answer there is nothing to mark unavailable yet.
  const settled = data !== undefined || !fetching;

  return (
    <section className="card vm-telemetry" data-testid="vm-telemetry" aria-busy={fetching}>
      <h2>Telemetry</h2>
      {!data && fetching ? (
        <Loading label="Loading telemetry…" />
      ) : (
        <>
          <h3>Now</h3>
          {telemetry.available ? (
            <TelemetryValues telemetry={telemetry.value} powerState={powerState} />
          ) : (
            <Unavailable what="Telemetry" errors={telemetry.errors} testId="telemetry-unavailable" />
          )}
          <h3>Guest file systems</h3>
          {guestDisks.available ? (
            <GuestDisks disks={guestDisks.value} />
          ) : (
            <Unavailable what="Guest disks" errors={guestDisks.errors} testId="guest-disks-unavailable" />
          )}
        </>
      )}
      <div className="telemetry-history-head">
        <h3>History</h3>
        <WindowPicker value={preset} onChange={setPreset} />
      </div>
      <div className={fetching ? "refreshing" : undefined}>
        <div className="history-overview">
          {health.available ? (
            <HealthChart health={health.value} />
          ) : (
            settled && <Unavailable what="Health" errors={health.errors} testId="health-unavailable" />
          )}
          <div className="history-alerts">
            <h4>Alerts</h4>
            {alerts.available ? (
              <VmAlerts alerts={alerts.value} />
            ) : (
              settled && <Unavailable what="Alerts" errors={alerts.errors} testId="alerts-unavailable" />
            )}
          </div>
        </div>
        <h4>Metrics</h4>
        {metrics.available ? (
          <MetricCharts metrics={metrics.value} />
        ) : (
          settled && <Unavailable what="Metrics" errors={metrics.errors} testId="metrics-unavailable" />
        )}
      </div>
    </section>
  );
}
