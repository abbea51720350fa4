import { useCallback } from "react";
import { useQuery } from "urql";
import type { SessionUser } from "../auth/session";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { graphql } from "../gql";
import { graphQLErrorsOf } from "../graphql/errors";
import type { OrganizationOption } from "../org-selection";
import { CreateOrganizationForm } from "./CreateOrganizationForm";
import { creatableKinds } from "./customer-rules";
import { CustomerTable } from "./CustomerTable";
import "./customers.css";

/** Every organisation the user sees with its figures, in one request; the page keeps those below the one shown. */
const CustomersPageQuery = graphql(`
  query CustomersPage {
    organizations {
      id
      name
      parent {
        id
      }
      ...CustomerRow_OrganizationFragment
    }
  }
`);

interface CustomersPageProps {
  shown: OrganizationOption;
  user: SessionUser;
}

/** A reseller's customers, or the provider's resellers (their customers nested) and direct customers. */
export function CustomersPage({ shown, user }: CustomersPageProps) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CustomersPageQuery });
  const refresh = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  if (shown.kind === "CUSTOMER") {
    return <p className="notice">A customer has no organisations under it. Choose a reseller or the provider.</p>;
  }
  const kinds = creatableKinds({ role: user.role, ownKind: user.organization.kind, shownKind: shown.kind });

  let listing;
  if (!data) {
    listing = fetching ? (
      <Loading label="Loading customers…" />
    ) : (
      <ErrorBanner error={error} title="The customers could not be loaded" onRetry={refresh} />
    );
  } else {
    listing = (
      <>
        <ErrorBanner error={error} onRetry={refresh} />
        <CustomerTable
          organizations={data.organizations}
          rootId={shown.id}
          errors={graphQLErrorsOf(error)}
          canCreate={kinds.length > 0}
        />
      </>
    );
  }

  return (
    <div className="customers-page" data-testid="customers-page">
      <h1>
        {shown.kind === "PROVIDER" ? "Resellers and customers" : "Customers"} · {shown.name}
      </h1>
      <section className="card">{listing}</section>
      {kinds.length > 0 ? (
        <CreateOrganizationForm
          parent={shown}
          kinds={kinds}
          listedIds={data?.organizations.map((organization) => organization.id) ?? []}
          refresh={refresh}
        />
      ) : (
        <p className="card notice" data-testid="create-organization-not-allowed">
          Only owners and admins create customers.
        </p>
      )}
    </div>
  );
}
