import { createRouter } from "@tanstack/react-router";
import type { SessionUser } from "../auth/session";
import { routeTree } from "./route-tree";

/** One router per signed-in session (see SignedInApp), so no page state outlives its user. */
export function createAppRouter(user: SessionUser) {
  return createRouter({ routeTree, context: { user }, scrollRestoration: true });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
