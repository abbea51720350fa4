import { createRoute } from "@tanstack/react-router";
import { rootRoute } from "../router/root-route";
import { DEFAULT_WINDOW, parseVmDetailSearch, searchForWindow, type WindowKey } from "./telemetry/telemetry-windows";
import { VmDetailPage } from "./VmDetailPage";

/** `/vms/<id>?window=7d`: the chart window is in the address, so a reload or a shared link keeps it. */
export const vmDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/vms/$vmId",
  validateSearch: parseVmDetailSearch,
  component: VmDetailRoutePage,
});

function VmDetailRoutePage() {
  const { vmId } = vmDetailRoute.useParams();
  const { window = DEFAULT_WINDOW } = vmDetailRoute.useSearch();
  const navigate = vmDetailRoute.useNavigate();
  // A new history entry per window, so Back returns to the one before; `?org=` is kept by the root.
  const chooseWindow = (key: WindowKey) =>
    void navigate({ search: ({ window: _previous, ...others }) => ({ ...others, ...searchForWindow(key) }) });
  return <VmDetailPage key={vmId} vmId={vmId} window={window} onWindowChange={chooseWindow} />;
}
