import { createRoute } from "@tanstack/react-router";
import { rootRoute } from "../router/root-route";
import { useShell } from "../shell/shell-context";
import { DashboardPage } from "./DashboardPage";
import { ManagedOrganizations } from "./ManagedOrganizations";

export const overviewRoute = createRoute({ getParentRoute: () => rootRoute, path: "/", component: OverviewPage });

/** The one-query dashboard; a reseller or the provider also sees the organisations it manages. */
function OverviewPage() {
  const { organization, user, selectOrganization } = useShell();
  return (
    <>
      <DashboardPage
        key={organization.id}
        organizationId={organization.id}
        canTopUp={organization.kind !== "PROVIDER"}
      />
      {user.organization.kind !== "CUSTOMER" && organization.id === user.organization.id && (
        <ManagedOrganizations ownOrganizationId={user.organization.id} onOpen={(id) => selectOrganization(id)} />
      )}
    </>
  );
}
