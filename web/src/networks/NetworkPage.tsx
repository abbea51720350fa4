import { Link } from "@tanstack/react-router";
import { useQuery } from "urql";
import type { SessionUser } from "../auth/session";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { formatDateTime } from "../format";
import { graphql } from "../gql";
import { AllocationsTable } from "./AllocationsTable";
import type { Subnet } from "./ipv4";
import { DeleteNetworkPanel } from "./DeleteNetworkPanel";
import { EditRangesForm } from "./EditRangesForm";
import { layoutTextOf, mayChangeNetworks } from "./network-form";
import { allocationMarks, describeLayout } from "./network-layout";
import { RangeBar } from "./RangeBar";
import "./networks.css";

const NetworkPageQuery = graphql(`
  query NetworkPage($networkId: ID!) {
    network(id: $networkId) {
      id
      name
      cidr
      gateway
      portGroup
      createdAt
      dhcpRange {
        first
        last
        size
      }
      staticRange {
        first
        last
        size
      }
      freeStaticAddressCount
      allocations {
        address
        holder
        allocatedAt
      }
      organization {
        id
      }
    }
  }
`);

interface NetworkPageProps {
  networkId: string;
  organizationId: string;
  user: SessionUser;
}

/** One network: its layout drawn, its ranges to change, the addresses handed out, and delete. */
export function NetworkPage({ networkId, organizationId, user }: NetworkPageProps) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: NetworkPageQuery, variables: { networkId } });
  const retry = () => reexecute({ requestPolicy: "network-only" });
  if (!data) {
    if (fetching) return <Loading label="Loading the network…" />;
    return <ErrorBanner error={error} title="The network could not be loaded" onRetry={retry} />;
  }
  const network = data.network;
  if (!network || network.organization.id !== organizationId) {
    return (
      <div className="notice" data-testid="network-not-found">
        <p>This organisation has no such network.</p>
        <Link to="/networks" className="button-link">
          All networks
        </Link>
      </div>
    );
  }
  const layout = layoutTextOf(network);
  const marks = (subnet: Subnet | null) =>
    subnet
      ? allocationMarks(
          subnet,
          network.allocations.map((allocation) => allocation.address),
        )
      : [];
  const drawn = describeLayout(layout);

  return (
    <div className="network-page" data-testid="network-page">
      <ErrorBanner error={error} onRetry={retry} />
      <p>
        <Link to="/networks">← All networks</Link>
      </p>
      <h1 data-testid="network-name-heading">Network {network.name}</h1>
      <section className="card">
        <dl className="facts network-facts">
          <dt>Subnet</dt>
          <dd data-testid="network-cidr-value">{network.cidr}</dd>
          <dt>Gateway</dt>
          <dd>{network.gateway}</dd>
          <dt>vSphere port group</dt>
          <dd>{network.portGroup}</dd>
          <dt>Created</dt>
          <dd>{formatDateTime(network.createdAt)}</dd>
        </dl>
        {mayChangeNetworks(user.role) ? (
          <EditRangesForm networkId={network.id} saved={layout} allocationMarks={marks} />
        ) : (
          <RangeBar layout={drawn} allocations={marks(drawn.subnet)} />
        )}
      </section>
      <AllocationsTable allocations={network.allocations} freeCount={network.freeStaticAddressCount} />
      {mayChangeNetworks(user.role) && (
        <DeleteNetworkPanel networkId={network.id} name={network.name} allocatedCount={network.allocations.length} />
      )}
    </div>
  );
}
