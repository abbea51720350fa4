import { createRoute } from "@tanstack/react-router";
import { rootRoute } from "../router/root-route";
import { useShell } from "../shell/shell-context";
import { BillingPage } from "./BillingPage";

export const billingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/billing",
  component: BillingRoutePage,
});

function BillingRoutePage() {
  const { organization, user } = useShell();
  return <BillingPage key={organization.id} organization={organization} user={user} />;
}
