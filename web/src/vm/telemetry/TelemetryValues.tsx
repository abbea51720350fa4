import { formatDateTime } from "../../format";
import { type FragmentType, getFragmentData, graphql } from "../../gql";
import type { PowerState, TelemetryValues_VmTelemetryFragmentFragment } from "../../gql/graphql";
import { formatMetric, formatUptime } from "../../metric-format";
import { noDataText, telemetryStatus } from "../../telemetry-status";

export const TelemetryValues_VmTelemetryFragment = graphql(`
  fragment TelemetryValues_VmTelemetryFragment on VmTelemetry {
    sampledAt
    poweredOn
    stale
    cpu
    cpuReady
    memory
    memoryActive
    diskRead
    diskWrite
    diskReadIops
    diskWriteIops
    diskLatency
    networkReceive
    networkTransmit
    uptimeSeconds
  }
`);

type Values = TelemetryValues_VmTelemetryFragmentFragment;

/** The newest values in the units `VmTelemetry` documents for them. */
const VALUES: ReadonlyArray<{ field: keyof Values & string; label: string; unit: string }> = [
  { field: "cpu", label: "CPU", unit: "%" },
  { field: "cpuReady", label: "CPU ready", unit: "%" },
  { field: "memory", label: "Memory", unit: "%" },
  { field: "memoryActive", label: "Active memory", unit: "MB" },
  { field: "diskRead", label: "Disk read", unit: "KB/s" },
  { field: "diskWrite", label: "Disk write", unit: "KB/s" },
  { field: "diskReadIops", label: "Disk reads", unit: "IOPS" },
  { field: "diskWriteIops", label: "Disk writes", unit: "IOPS" },
  { field: "diskLatency", label: "Disk latency", unit: "ms" },
  { field: "networkReceive", label: "Network in", unit: "KB/s" },
  { field: "networkTransmit", label: "Network out", unit: "KB/s" },
];

/** The VM's newest measurements, or since when it has none (never zeros). */
export function TelemetryValues(props: {
  telemetry: FragmentType<typeof TelemetryValues_VmTelemetryFragment>;
  powerState: PowerState;
}) {
  const telemetry = getFragmentData(TelemetryValues_VmTelemetryFragment, props.telemetry);
  const status = telemetryStatus(telemetry, props.powerState);
  if (status.kind === "no-data") {
    return (
      <p className="notice no-data" data-testid="telemetry-no-data">
        {noDataText(status.since)}
      </p>
    );
  }
  return (
    <div data-testid="telemetry-values">
      <dl className="telemetry-values">
        {VALUES.map(({ field, label, unit }) => {
          const value = telemetry[field];
          return (
            <div key={field} className="telemetry-value">
              <dt>{label}</dt>
              <dd data-testid={`telemetry-${field}`}>
                {typeof value === "number" ? formatMetric(value, unit) : <span title="Not reported">—</span>}
              </dd>
            </div>
          );
        })}
        <div className="telemetry-value">
          <dt>Uptime</dt>
          <dd>{telemetry.uptimeSeconds == null ? "—" : formatUptime(telemetry.uptimeSeconds)}</dd>
        </div>
      </dl>
      {telemetry.sampledAt && <p className="hint">Sampled {formatDateTime(telemetry.sampledAt)}</p>}
    </div>
  );
}
