import { useQuery } from "urql";
import { graphql } from "../gql";
import { errorsExplainingNull, errorsUnder, graphQLErrorsOf } from "../graphql/errors";
import { ErrorBanner } from "./ErrorBanner";
import { FleetSummary } from "./FleetSummary";
import { Loading } from "./Loading";
import { OrgHeader } from "./OrgHeader";
import { Unavailable } from "./Unavailable";
import { VmTable } from "./VmTable";
import { WalletBalance } from "./WalletBalance";

/**
 * The whole dashboard in one request. The gateway plans it across every subgraph:
 * tenancy (organisation, parent), wallet (balance), vms (inventory),
 * catalog (cost estimates) and telemetry-billing (CPU windows).
 */
const DashboardPageQuery = graphql(`
  query DashboardPage($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      ...OrgHeader_OrganizationFragment
      wallet {
        id
        ...WalletBalance_WalletFragment
      }
      vms {
        id
        ...FleetSummary_VmFragment
        ...VmRow_VmFragment
      }
    }
  }
`);

export function DashboardPage({ organizationId }: { organizationId: string }) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DashboardPageQuery,
    variables: { organizationId },
  });

  const retry = () => reexecute({ requestPolicy: "network-only" });

  if (!data) {
    if (fetching) return <Loading />;
    return <ErrorBanner error={error} title="The dashboard could not be loaded" onRetry={retry} />;
  }

  const errors = graphQLErrorsOf(error);
  const organization = data.organization;
  return (
    <div className="dashboard" aria-busy={fetching}>
      <ErrorBanner error={error} onRetry={retry} />
      {organization ? (
        <>
          <section className="summary">
            <OrgHeader organization={organization} />
            <WalletBalance
              wallet={organization.wallet ?? null}
              errors={
                organization.wallet
                  ? errorsUnder(errors, ["organization", "wallet"])
                  : errorsExplainingNull(errors, ["organization", "wallet"])
              }
            />
            {organization.vms && (
              <FleetSummary vms={organization.vms} errors={errorsUnder(errors, ["organization", "vms"])} />
            )}
          </section>
          {organization.vms ? (
            <VmTable vms={organization.vms} errors={errorsUnder(errors, ["organization", "vms"])} />
          ) : (
            <p className="notice">
              <Unavailable
                what="VM inventory"
                errors={errorsExplainingNull(errors, ["organization", "vms"])}
                testId="vms-unavailable"
              />
            </p>
          )}
        </>
      ) : (
        <p className="notice" data-testid="organization-missing">
          {error
            ? "Organisation data unavailable: see the errors above."
            : `No organisation with id ${organizationId}.`}
        </p>
      )}
    </div>
  );
}
