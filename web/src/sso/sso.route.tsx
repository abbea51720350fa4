import { createRoute } from "@tanstack/react-router";
import { rootRoute } from "../router/root-route";
import { useShell } from "../shell/shell-context";
import { SsoPage } from "./SsoPage";

export const ssoRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/single-sign-on",
  component: SsoRoutePage,
});

function SsoRoutePage() {
  const { organization, user } = useShell();
  return <SsoPage key={organization.id} organization={organization} viewer={user} />;
}
