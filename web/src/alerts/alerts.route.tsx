import { createRoute } from "@tanstack/react-router";
import { rootRoute } from "../router/root-route";
import { useShell } from "../shell/shell-context";
import { AlertsPage } from "./AlertsPage";

export const alertsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/alerts",
  component: AlertsRoutePage,
});

function AlertsRoutePage() {
  const { organization, user } = useShell();
  return <AlertsPage key={organization.id} organization={organization} user={user} />;
}
