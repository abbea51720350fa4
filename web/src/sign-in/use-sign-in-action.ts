import { useCallback, useState } from "react";
import { toAuthFailure } from "../auth/auth-errors";
import { type SignInStep, signInErrorMessage } from "./sign-in-form";

/** Runs one sign-in request at a time for a step, with its pending flag and error message. */
export function useSignInAction(step: SignInStep) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (action: () => Promise<void>) => {
      setPending(true);
      setError(null);
      try {
        await action();
      } catch (caught) {
        setError(signInErrorMessage(toAuthFailure(caught), step));
      } finally {
        setPending(false);
      }
    },
    [step],
  );

  return { pending, error, setError, run };
}
