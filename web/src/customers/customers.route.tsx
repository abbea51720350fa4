import { createRoute } from "@tanstack/react-router";
import { rootRoute } from "../router/root-route";
import { useShell } from "../shell/shell-context";
import { CustomersPage } from "./CustomersPage";

export const customersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/customers",
  component: CustomersRoutePage,
});

function CustomersRoutePage() {
  const { organization, user } = useShell();
  return <CustomersPage key={organization.id} shown={organization} user={user} />;
}
