import { createRoute } from "@tanstack/react-router";
import { rootRoute } from "../router/root-route";
import { useShell } from "../shell/shell-context";
import { NetworkPage } from "./NetworkPage";
import { NetworksPage } from "./NetworksPage";

export const networksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/networks",
  component: NetworksRoutePage,
});

export const networkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/networks/$networkId",
  component: NetworkRoutePage,
});

function NetworksRoutePage() {
  const { organization, user } = useShell();
  return <NetworksPage key={organization.id} organizationId={organization.id} user={user} />;
}

function NetworkRoutePage() {
  const { organization, user } = useShell();
  const { networkId } = networkRoute.useParams();
  return <NetworkPage key={networkId} networkId={networkId} organizationId={organization.id} user={user} />;
}
