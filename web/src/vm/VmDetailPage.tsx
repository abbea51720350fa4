import { useState } from "react";
import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { PowerStateBadge } from "../components/PowerStateBadge";
import { describeDisks, formatGb, formatQuantity } from "../format";
import { graphql } from "../gql";
import { navigate } from "../use-pathname";
import { OperationProgress } from "./OperationProgress";
import { isActive } from "./vm-actions";
import { VmActions } from "./VmActions";
import { VmHistory } from "./VmHistory";
import { VmTelemetrySection } from "./telemetry/VmTelemetrySection";

const VmDetailQuery = graphql(`
  query VmDetail($id: ID!) {
    vm(id: $id) {
      id
      name
      powerState
      lifecycle
      vcpuCount
      memoryGb
      guestOs
      ipAddresses
      host
      toolsStatus
      createdAt
      organization {
        id
      }
      disks {
        id
        label
        capacityGb
        tier
      }
      nics {
        id
        portGroup
        macAddress
        ipMode
        ipAddress
      }
      operations(first: 10) {
        id
        kind
        status
        progress
        createdAt
        error {
          code
          message
        }
      }
    }
  }
`);

/** One VM: what it is, the actions its state allows, the operation in progress, its telemetry and its history. */
export function VmDetailPage({ vmId }: { vmId: string }) {
  const [{ data, fetching, error }, reload] = useQuery({
    query: VmDetailQuery,
    variables: { id: vmId },
    requestPolicy: "cache-and-network",
  });
  const [watching, setWatching] = useState<string | null>(null);
  const [finishedCount, setFinishedCount] = useState(0);
  const refresh = () => reload({ requestPolicy: "network-only" });

  if (!data) {
    if (fetching) return <Loading label="Loading the VM…" />;
    return <ErrorBanner error={error} title="The VM could not be loaded" onRetry={refresh} />;
  }
  const vm = data.vm;
  if (!vm) {
    return (
      <div className="vm-detail" data-testid="vm-missing">
        <p className="notice">This VM does not exist, or no longer does.</p>
        <button type="button" className="secondary" onClick={() => navigate("/")}>
          Back to the dashboard
        </button>
      </div>
    );
  }
  const active = vm.operations.find((operation) => isActive(operation.status));
  const inProgress = watching ?? active?.id ?? null;
  return (
    <div className="vm-detail" data-testid="vm-detail" data-lifecycle={vm.lifecycle}>
      <ErrorBanner error={error} onRetry={refresh} />
      <section className="card">
        <h1 data-testid="vm-detail-name">{vm.name}</h1>
        <p>
          <PowerStateBadge state={vm.powerState} /> <span data-testid="vm-lifecycle">{vm.lifecycle.toLowerCase()}</span>
        </p>
        <dl className="vm-facts">
          <dt>vCPUs</dt>
          <dd data-testid="vm-vcpu">{formatQuantity(vm.vcpuCount)}</dd>
          <dt>Memory</dt>
          <dd data-testid="vm-memory">{formatGb(vm.memoryGb)}</dd>
          <dt>Disks</dt>
          <dd data-testid="vm-disks">{describeDisks(vm.disks)}</dd>
          <dt>Network</dt>
          <dd>
            {vm.nics.length === 0
              ? "None"
              : vm.nics
                  .map(
                    (nic) =>
                      `${nic.portGroup ?? "?"} (${nic.ipMode.toLowerCase()}${nic.ipAddress ? `, ${nic.ipAddress}` : ""})`,
                  )
                  .join(", ")}
          </dd>
          <dt>IP addresses</dt>
          <dd>{vm.ipAddresses.length ? vm.ipAddresses.join(", ") : "None reported"}</dd>
          <dt>Guest OS</dt>
          <dd>{vm.guestOs ?? "Unknown"}</dd>
          <dt>Host</dt>
          <dd>{vm.host ?? "—"}</dd>
          <dt>VMware Tools</dt>
          <dd>{vm.toolsStatus ?? "—"}</dd>
        </dl>
      </section>
      {inProgress && (
        <section className="card">
          <h2>In progress</h2>
          <OperationProgress
            key={inProgress}
            operationId={inProgress}
            onFinished={() => {
              setWatching(null);
              setFinishedCount((count) => count + 1);
              refresh();
            }}
          />
        </section>
      )}
      <VmActions
        key={`${vm.powerState}-${vm.vcpuCount}-${vm.memoryGb}`}
        vm={vm}
        busy={inProgress !== null}
        onStarted={setWatching}
      />
      <VmTelemetrySection vmId={vm.id} powerState={vm.powerState} />
      <VmHistory
        organizationId={vm.organization.id}
        vmId={vm.id}
        operations={vm.operations}
        refreshKey={finishedCount}
      />
    </div>
  );
}
