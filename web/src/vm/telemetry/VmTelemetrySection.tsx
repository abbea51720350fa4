import { useQuery } from "urql";
import { Unavailable } from "../../components/Unavailable";
import { graphql } from "../../gql";
import type { PowerState } from "../../gql/graphql";
import { graphQLErrorsOf, outcomeOfField, type PathedError } from "../../graphql/errors";
import { Skeleton } from "../../components/Skeleton";
import { GuestDisks } from "./GuestDisks";
import { TelemetryHistory } from "./TelemetryHistory";
import { type WindowKey, windowChoice } from "./telemetry-windows";
import { TelemetryValues } from "./TelemetryValues";

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
        since
        until
        ...MetricCharts_VmMetricsFragment
      }
      health(window: $window) {
        ...HealthChart_VmHealthFragment
      }
      alerts(window: $window) {
        ...AlertTimeline_VmAlertFragment
      }
    }
  }
`);

/**
 * The VM's telemetry: newest values, guest file systems, and over the chosen window its health,
 * its alert timeline and charts of every metric. Each part that failed (the telemetry subgraph
 * down) says "unavailable" in place, with the reason; the window is the page's (in its address).
 */
export function VmTelemetrySection(props: {
  vmId: string;
  powerState: PowerState;
  window: WindowKey;
  onWindowChange: (key: WindowKey) => void;
}) {
  const { preset } = windowChoice(props.window);
  const [{ data, fetching, error }] = useQuery({
    query: VmTelemetrySectionQuery,
    variables: { id: props.vmId, window: { preset } },
    requestPolicy: "cache-and-network",
  });
  const errors: PathedError[] = error?.networkError ? [{ message: error.message }] : graphQLErrorsOf(error);
  // urql keeps the previous window's answer while the next one loads: it stays, dimmed.
  const vm = data?.vm;
  // Every error of this query is under `vm`: a field's errors have it as their 2nd segment.
  const telemetry = outcomeOfField(vm?.telemetry, errors, 1, "telemetry");
  const guestDisks = outcomeOfField(vm?.guestDisks, errors, 1, "guestDisks");
  const loading = !data && fetching;

  return (
    <section className="card vm-telemetry" data-testid="vm-telemetry" aria-busy={fetching}>
      <h2>Telemetry</h2>
      {loading ? (
        <Skeleton label="Loading telemetry…" lines={3} testId="telemetry-loading" />
      ) : (
        <div>
          <div>
            <h3>Now</h3>
            {telemetry.available ? (
              <TelemetryValues telemetry={telemetry.value} powerState={props.powerState} />
            ) : (
              <Unavailable what="Telemetry" errors={telemetry.errors} testId="telemetry-unavailable" />
            )}
          </div>
          <div>
            <h3>Guest file systems</h3>
            {guestDisks.available ? (
              <GuestDisks disks={guestDisks.value} />
            ) : (
              <Unavailable what="Guest disks" errors={guestDisks.errors} testId="guest-disks-unavailable" />
            )}
          </div>
        </div>
      )}
      <TelemetryHistory
        vm={vm}
        errors={errors}
        loading={loading}
        refreshing={fetching && !loading}
        window={props.window}
        onWindowChange={props.onWindowChange}
      />
    </section>
  );
}
