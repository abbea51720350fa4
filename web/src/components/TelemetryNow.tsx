import { type FragmentType, getFragmentData, graphql } from "../gql";
import type { PowerState } from "../gql/graphql";
import { formatMetric } from "../metric-format";
import { noDataText, telemetryStatus } from "../telemetry-status";

export const TelemetryNow_VmTelemetryFragment = graphql(`
  fragment TelemetryNow_VmTelemetryFragment on VmTelemetry {
    stale
    sampledAt
    cpu
    memory
  }
`);

/** The dashboard's "now" cell: the newest CPU and memory use, or since when the VM has none. */
export function TelemetryNow(props: {
  telemetry: FragmentType<typeof TelemetryNow_VmTelemetryFragment>;
  powerState: PowerState;
}) {
  const telemetry = getFragmentData(TelemetryNow_VmTelemetryFragment, props.telemetry);
  const status = telemetryStatus(telemetry, props.powerState);
  if (status.kind === "no-data") {
    return (
      <span className="muted no-data" data-testid="telemetry-no-data">
        {noDataText(status.since)}
      </span>
    );
  }
  return (
    <span className="telemetry-now" data-testid="telemetry-now">
      <NowValue label="CPU" value={telemetry.cpu} testId="now-cpu" />
      <NowValue label="Memory" value={telemetry.memory} testId="now-memory" />
    </span>
  );
}

function NowValue({ label, value, testId }: { label: string; value: number | null | undefined; testId: string }) {
  return (
    <span className="now-value">
      <span className="now-label">{label}</span>{" "}
      <span data-testid={testId} title={value == null ? "Not reported in the newest sample" : undefined}>
        {value == null ? "—" : formatMetric(value, "%")}
      </span>
    </span>
  );
}
