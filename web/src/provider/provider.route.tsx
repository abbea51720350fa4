import { createRoute } from "@tanstack/react-router";
import { rootRoute } from "../router/root-route";
import { useShell } from "../shell/shell-context";
import { ProviderPage } from "./ProviderPage";

export const providerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/provider",
  component: ProviderRoutePage,
});

function ProviderRoutePage() {
  const { organization, user } = useShell();
  return <ProviderPage key={organization.id} shown={organization} user={user} />;
}
