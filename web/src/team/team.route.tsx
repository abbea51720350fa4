import { createRoute } from "@tanstack/react-router";
import { rootRoute } from "../router/root-route";
import { useShell } from "../shell/shell-context";
import { TeamPage } from "./TeamPage";

export const teamRoute = createRoute({ getParentRoute: () => rootRoute, path: "/team", component: TeamRoutePage });

function TeamRoutePage() {
  const { organization, user } = useShell();
  return <TeamPage key={organization.id} organization={organization} viewer={user} />;
}
