import { createRootRouteWithContext, retainSearchParams } from "@tanstack/react-router";
import type { SessionUser } from "../auth/session";
import { AppShell } from "../shell/AppShell";
import { PageNotFound } from "../shell/PageNotFound";
import { parseOrgSearch } from "./org-search";

/** What the router is given when it is mounted: the signed-in user. */
export interface RouterContext {
  user: SessionUser;
}

/**
 * The signed-in app's frame. `?org=` is validated here and carried over by every link and
 * navigation, so moving between pages keeps the organisation shown.
 */
export const rootRoute = createRootRouteWithContext<RouterContext>()({
  validateSearch: parseOrgSearch,
  search: { middlewares: [retainSearchParams(["org"])] },
  component: AppShell,
  notFoundComponent: PageNotFound,
});
