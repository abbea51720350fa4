import { useQuery } from "urql";
import { graphql } from "../gql";
import { organizationKindLabel } from "../format";
import { formatMoneyValue } from "../money";
import { ErrorBanner } from "./ErrorBanner";
import { Loading } from "./Loading";
import { Unavailable } from "./Unavailable";

/** What a reseller or the provider manages, with a few figures per organisation. */
const ManagedOrganizationsQuery = graphql(`
  query ManagedOrganizations {
    organizations {
      id
      name
      kind
      userCount
      wallet {
        id
        balance {
          amount
          currency
        }
      }
      vms(first: 1) {
        totalCount
      }
    }
  }
`);

interface ManagedOrganizationsProps {
  ownOrganizationId: string;
  onOpen: (organizationId: string) => void;
}

/** The organisations under the signed-in reseller or provider; a row opens that dashboard. */
export function ManagedOrganizations({ ownOrganizationId, onOpen }: ManagedOrganizationsProps) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ManagedOrganizationsQuery });
  if (!data) {
    if (fetching) return <Loading label="Loading managed organisations…" />;
    return <ErrorBanner error={error} title="Managed organisations could not be loaded" onRetry={reexecute} />;
  }
  const managed = data.organizations.filter((organization) => organization.id !== ownOrganizationId);
  if (managed.length === 0) return null;
  return (
    <section className="card managed" data-testid="managed-organizations">
      <h2>Organisations you manage</h2>
      <table className="vm-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col" className="num">
              Users
            </th>
            <th scope="col" className="num">
              VMs
            </th>
            <th scope="col" className="num">
              Wallet balance
            </th>
          </tr>
        </thead>
        <tbody>
          {managed.map((organization) => (
            <tr key={organization.id} data-testid="managed-organization" onClick={() => onOpen(organization.id)}>
              <th scope="row">
                <button type="button" className="link" onClick={() => onOpen(organization.id)}>
                  {organization.name}
                </button>
              </th>
              <td>{organizationKindLabel(organization.kind)}</td>
              <td className="num">{organization.userCount}</td>
              <td className="num">
                {organization.vms ? organization.vms.totalCount : <Unavailable what="VMs" errors={[]} />}
              </td>
              <td className="num">
                {organization.wallet ? (
                  formatMoneyValue(organization.wallet.balance)
                ) : (
                  <span className="muted">No wallet</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
