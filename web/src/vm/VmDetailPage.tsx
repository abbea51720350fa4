import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { PowerStateBadge } from "../components/PowerStateBadge";
import { graphql } from "../gql";
import { graphQLErrorsOf } from "../graphql/errors";
import { useShell } from "../shell/shell-context";
import { OperationProgress } from "./OperationProgress";
import { Skeleton } from "../components/Skeleton";
import type { WindowKey } from "./telemetry/telemetry-windows";
import { VmTelemetrySection } from "./telemetry/VmTelemetrySection";
import { isActive, vmPermissions } from "./vm-actions";
import { VmActions } from "./VmActions";
import { VmConfiguration } from "./VmConfiguration";
import { VmCost } from "./VmCost";
import { VmHistory } from "./VmHistory";
import "./vm-detail.css";

const VmDetailQuery = graphql(`
  query VmDetail($id: ID!) {
    vm(id: $id) {
      id
      name
      powerState
      lifecycle
      organization {
        id
      }
      ...VmConfiguration_VmFragment
      ...VmCost_VmFragment
      ...VmActions_VmFragment
      operations(first: 10) {
        id
        status
        ...VmHistory_VmOperationFragment
      }
    }
  }
`);

/**
 * One VM as a console page: what it is and costs, the actions the user's role and the VM's state
 * allow, the operation in progress, its telemetry over the window in the address, and its history.
 */
export function VmDetailPage(props: { vmId: string; window: WindowKey; onWindowChange: (key: WindowKey) => void }) {
  const { user } = useShell();
  const [{ data, fetching, error }, reload] = useQuery({
    query: VmDetailQuery,
    variables: { id: props.vmId },
    requestPolicy: "cache-and-network",
  });
  const [watching, setWatching] = useState<string | null>(null);
  const [finishedCount, setFinishedCount] = useState(0);
  const refresh = () => reload({ requestPolicy: "network-only" });

  if (!data) {
    if (fetching) return <VmDetailSkeleton />;
    return <ErrorBanner error={error} title="The VM could not be loaded" onRetry={refresh} />;
  }
  const vm = data.vm;
  if (!vm) {
    return (
      <div className="vm-detail" data-testid="vm-missing">
        <p className="notice">This VM does not exist, or no longer does.</p>
        <Link to="/" className="button-link secondary">
          Back to the overview
        </Link>
      </div>
    );
  }
  const active = vm.operations.find((operation) => isActive(operation.status));
  const inProgress = watching ?? active?.id ?? null;
  return (
    <div className="vm-detail" data-testid="vm-detail" data-lifecycle={vm.lifecycle}>
      <ErrorBanner error={error} onRetry={refresh} />
      <header className="card vm-header">
        <nav aria-label="Breadcrumb" className="hint">
          <Link to="/">Overview</Link> / VMs
        </nav>
        <h1 data-testid="vm-detail-name">{vm.name}</h1>
        <p>
          <PowerStateBadge state={vm.powerState} /> <span data-testid="vm-lifecycle">{vm.lifecycle.toLowerCase()}</span>
        </p>
      </header>
      {inProgress && (
        <section className="card" aria-labelledby="vm-in-progress-title">
          <h2 id="vm-in-progress-title">In progress</h2>
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
      <div className="vm-detail-columns">
        <VmConfiguration vm={vm} />
        <div className="vm-detail-side">
          <VmCost vm={vm} errors={graphQLErrorsOf(error)} />
          <VmActions vm={vm} role={user.role} busy={inProgress !== null} onStarted={setWatching} onRefused={refresh} />
        </div>
      </div>
      <VmTelemetrySection
        vmId={vm.id}
        powerState={vm.powerState}
        window={props.window}
        onWindowChange={props.onWindowChange}
      />
      <VmHistory
        organizationId={vm.organization.id}
        vmId={vm.id}
        operations={vm.operations}
        refreshKey={finishedCount}
        mayOperate={vmPermissions(user.role).power}
      />
    </div>
  );
}

/** The page's shape while the VM loads. */
function VmDetailSkeleton() {
  return (
    <div className="vm-detail" data-testid="vm-detail-loading">
      <div className="card">
        <Skeleton label="Loading the VM…" lines={2} />
      </div>
      <div className="vm-detail-columns">
        <div className="card">
          <Skeleton label="Loading its configuration…" lines={6} />
        </div>
        <div className="card">
          <Skeleton label="Loading its cost and actions…" lines={4} />
        </div>
      </div>
    </div>
  );
}
