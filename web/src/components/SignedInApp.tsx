import { useState } from "react";
import { Provider } from "urql";
import { useAuth } from "../auth/auth-context";
import type { SessionUser } from "../auth/session";
import { createGraphQLClient } from "../graphql/client";
import { AppShell } from "./AppShell";

/**
 * Everything behind sign-in. Each session gets its own urql client, so nothing cached for
 * one user is ever shown to the next one on the same browser.
 */
export function SignedInApp({ user }: { user: SessionUser }) {
  const auth = useAuth();
  const [client] = useState(() => createGraphQLClient(auth));
  return (
    <Provider value={client}>
      <AppShell user={user} />
    </Provider>
  );
}
