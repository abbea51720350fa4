import { createRoute } from "@tanstack/react-router";
import { rootRoute } from "../router/root-route";
import { useShell } from "../shell/shell-context";
import { NewVmPage } from "./NewVmPage";

export const newVmRoute = createRoute({ getParentRoute: () => rootRoute, path: "/vms/new", component: NewVmRoutePage });

function NewVmRoutePage() {
  const { organization } = useShell();
  return <NewVmPage key={organization.id} organizationId={organization.id} />;
}
