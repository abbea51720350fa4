import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  retainSearchParams,
  RouterProvider,
} from "@tanstack/react-router";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { parseOrgSearch } from "./org-search";
import { routeTree } from "./route-tree";

/** The app's page paths, e.g. "/vms/$vmId": a link is built from the route it points to. */
const appPaths = (routeTree.children as readonly { options: { path: string } }[]).map((route) => route.options.path);

/**
 * Renders `content` to HTML as a page at `url` would be, so links inside it resolve as in the
 * app (the root's `?org=` rule included), without the app's shell or its queries.
 */
export async function renderInRouter(content: ReactNode, url = "/?org=org-1"): Promise<string> {
  const root = createRootRoute({
    validateSearch: parseOrgSearch,
    search: { middlewares: [retainSearchParams(["org"])] },
    component: () => content,
  });
  const pages = appPaths.map((path) => createRoute({ getParentRoute: () => root, path }));
  const router = createRouter({
    routeTree: root.addChildren(pages),
    history: createMemoryHistory({ initialEntries: [url] }),
  });
  await router.load();
  return renderToStaticMarkup(<RouterProvider router={router} />);
}
