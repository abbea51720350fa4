import { RouterProvider } from "@tanstack/react-router";
import { useState } from "react";
import { Provider } from "urql";
import { useAuth } from "../auth/auth-context";
import type { SessionUser } from "../auth/session";
import { createGraphQLClient } from "../graphql/client";
import { createAppRouter } from "../router/router";

/**
 * Everything behind sign-in. Each session gets its own urql client and router, so nothing
 * cached for one user is ever shown to the next one on the same browser.
 */
export function SignedInApp({ user }: { user: SessionUser }) {
  const auth = useAuth();
  const [client] = useState(() => createGraphQLClient(auth));
  const [router] = useState(() => createAppRouter(user));
  return (
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>
  );
}
