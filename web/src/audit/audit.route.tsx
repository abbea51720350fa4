import { createRoute } from "@tanstack/react-router";
import { rootRoute } from "../router/root-route";
import { useShell } from "../shell/shell-context";
import { AuditPage } from "./AuditPage";
import { parseAuditSearch } from "./audit-search";

/** The filters live in the address bar (`?kind=&vm=&from=&to=`), so a reload or bookmark keeps them. */
export const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/audit",
  validateSearch: parseAuditSearch,
  component: AuditRoutePage,
});

function AuditRoutePage() {
  const { organization, user } = useShell();
  return <AuditPage key={organization.id} organization={organization} viewer={user} />;
}
