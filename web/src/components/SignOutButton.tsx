import { useState } from "react";
import { useAuth } from "../auth/auth-context";
import { forgetOrgParam } from "../shell/forget-org-param";

/**
 * Ends the session on the server and forgets it here, even when the server cannot be reached,
 * together with the organisation chosen in the address bar.
 */
export function SignOutButton() {
  const auth = useAuth();
  const [pending, setPending] = useState(false);

  const signOut = () => {
    setPending(true);
    forgetOrgParam();
    void auth.signOut();
  };

  return (
    <button type="button" className="sign-out" data-testid="sign-out" onClick={signOut} disabled={pending}>
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
