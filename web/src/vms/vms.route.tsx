import { createRoute, useNavigate } from "@tanstack/react-router";
import { rootRoute } from "../router/root-route";
import { useShell } from "../shell/shell-context";
import { parseVmListSearch, type VmListSearch } from "./vm-list-search";
import { VmsPage } from "./VmsPage";

/** `/vms?q=web&power=POWERED_OFF&sort=cpu`: the list's state is in the address, so a reload or a bookmark keeps it. */
export const vmsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/vms",
  validateSearch: parseVmListSearch,
  component: VmsRoutePage,
});

function VmsRoutePage() {
  const { organization, user } = useShell();
  const search = vmsRoute.useSearch();
  const navigate = useNavigate({ from: vmsRoute.fullPath });
  const own: VmListSearch = { q: search.q, power: search.power, sort: search.sort };
  const change = (next: Partial<VmListSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: "q" in next });
  return (
    <VmsPage
      key={organization.id}
      organizationId={organization.id}
      role={user.role}
      search={own}
      onSearchChange={change}
    />
  );
}
