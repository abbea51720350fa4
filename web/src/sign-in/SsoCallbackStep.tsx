import { useEffect, useState } from "react";
import { useAuth } from "../auth/auth-context";
import type { AuthStore } from "../auth/auth-store";
import { toAuthFailure } from "../auth/auth-errors";
import { SignInError } from "./SignInError";

/**
 * The IdP's answer is good once: React's development double effects, or a re-render, must not
 * send it twice (the second would be refused and shown as an error).
 */
const completions = new Map<string, Promise<void>>();
const completeOnce = (auth: AuthStore, callbackUrl: string) => {
  let completion = completions.get(callbackUrl);
  if (!completion) {
    completion = auth.completeSingleSignOn(callbackUrl);
    completions.set(callbackUrl, completion);
  }
  return completion;
};

/**
 * Back from the organisation's IdP: finishes single sign-on with the address it returned to
 * (the session route sets the refresh cookie, as for a code). On success the app opens; a
 * refusal is shown with the way back to the sign-in form.
 */
export function SsoCallbackStep({ callbackUrl, onRestart }: { callbackUrl: string; onRestart: () => void }) {
  const auth = useAuth();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // The address bar leaves the one-time answer behind: a reload must not present it again.
    window.history.replaceState(null, "", "/");
    completeOnce(auth, callbackUrl).catch((caught: unknown) => setError(toAuthFailure(caught).message));
  }, [auth, callbackUrl]);

  return (
    <div className="sign-in-form sso-callback" aria-busy={error === null} data-testid="sso-callback">
      {error === null ? (
        <p role="status">Finishing single sign-on…</p>
      ) : (
        <>
          <SignInError id="sso-callback-error" message={error} />
          <button type="button" className="primary" onClick={onRestart} data-testid="sso-restart">
            Back to sign in
          </button>
        </>
      )}
    </div>
  );
}
