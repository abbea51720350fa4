import { useMemo } from "react";
import { useQuery } from "urql";
import type { SessionUser } from "../auth/session";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { Unavailable } from "../components/Unavailable";
import { graphql } from "../gql";
import { errorsExplainingNull, graphQLErrorsOf } from "../graphql/errors";
import { CreateNetworkForm } from "./CreateNetworkForm";
import { mayChangeNetworks } from "./network-form";
import { NetworkTable } from "./NetworkTable";
import "./networks.css";

const NetworksPageQuery = graphql(`
  query NetworksPage($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      name
      networks {
        id
        ...NetworkTable_NetworkFragment
      }
    }
  }
`);

/** The organisation's networks, and a form for a new one (owners and admins). */
export function NetworksPage({ organizationId, user }: { organizationId: string; user: SessionUser }) {
  // An organisation without networks has no Network in its answer: name the type, so that a
  // network created or deleted on these pages refreshes the list.
  const context = useMemo(() => ({ additionalTypenames: ["Network"] }), []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: NetworksPageQuery,
    variables: { organizationId },
    context,
  });
  const retry = () => reexecute({ requestPolicy: "network-only" });
  if (!data) {
    if (fetching) return <Loading label="Loading networks…" />;
    return <ErrorBanner error={error} title="The networks could not be loaded" onRetry={retry} />;
  }
  const organization = data.organization;
  if (!organization) return <p className="notice">This organisation could not be found.</p>;
  const networks = organization.networks;

  return (
    <div className="networks-page" data-testid="networks-page">
      <ErrorBanner error={error} onRetry={retry} />
      <h1>Networks · {organization.name}</h1>
      <section className="card">
        <h2>Networks</h2>
        {!networks ? (
          <Unavailable
            what="Networks"
            errors={errorsExplainingNull(graphQLErrorsOf(error), ["organization", "networks"])}
            testId="networks-unavailable"
          />
        ) : networks.length === 0 ? (
          <p className="placeholder" data-testid="no-networks">
            No networks yet.{" "}
            {mayChangeNetworks(user.role)
              ? "Create one below: VMs on it get an address from its DHCP or static range."
              : "An owner or admin can create one."}
          </p>
        ) : (
          <NetworkTable networks={networks} />
        )}
      </section>
      {mayChangeNetworks(user.role) ? (
        <CreateNetworkForm organizationId={organizationId} />
      ) : (
        <p className="card notice" data-testid="networks-read-only">
          Only owners and admins can create, change or delete networks.
        </p>
      )}
    </div>
  );
}
