import type { ReactNode } from "react";
import type { SessionUser } from "./auth/session";
import { DashboardPage } from "./components/DashboardPage";
import { ManagedOrganizations } from "./components/ManagedOrganizations";
import { NewVmPage } from "./new-vm/NewVmPage";
import { VmDetailPage } from "./vm/VmDetailPage";
import type { SelectOrganization } from "./use-org-param";
import { TopUpStatusPage } from "./wallet/TopUpStatusPage";
import { WalletPage } from "./wallet/WalletPage";

/** What every page is given: the organisation shown (from `?org=`) and the signed-in user. */
export interface RouteProps {
  organizationId: string;
  user: SessionUser;
  selectOrganization: SelectOrganization;
  /** The `:name` segments of the route's path. */
  params: Record<string, string>;
}

export interface AppRoute {
  /** e.g. "/wallet" or "/wallet/top-ups/:id". */
  path: string;
  /** The link's text in the top navigation; pages without one are reached by links only. */
  label?: string;
  testId?: string;
  /** The navigation entry a page without its own belongs to (highlighted while it is open). */
  section?: string;
  render(props: RouteProps): ReactNode;
}

/** The pages of the signed-in app, in the order of the navigation links. */
export const ROUTES: readonly AppRoute[] = [
  {
    path: "/",
    label: "Dashboard",
    testId: "nav-dashboard",
    render: ({ organizationId, user, selectOrganization }) => (
      <>
        <DashboardPage key={organizationId} organizationId={organizationId} />
        {user.organization.kind !== "CUSTOMER" && organizationId === user.organization.id && (
          <ManagedOrganizations ownOrganizationId={user.organization.id} onOpen={(id) => selectOrganization(id)} />
        )}
      </>
    ),
  },
  {
    path: "/vms/new",
    label: "New VM",
    testId: "nav-new-vm",
    render: ({ organizationId }) => <NewVmPage key={organizationId} organizationId={organizationId} />,
  },
  {
    // After "/vms/new", which it would otherwise match.
    path: "/vms/:id",
    section: "/",
    render: ({ params }) => <VmDetailPage key={params.id} vmId={params.id!} />,
  },
  {
    path: "/wallet",
    label: "Wallet",
    testId: "nav-wallet",
    render: ({ organizationId, user }) => (
      <WalletPage key={organizationId} organizationId={organizationId} user={user} />
    ),
  },
  {
    path: "/wallet/top-ups/:id",
    section: "/wallet",
    render: ({ organizationId, params }) => (
      <TopUpStatusPage key={params.id} organizationId={organizationId} topUpId={params.id!} />
    ),
  },
];
