import { useEffect, useState } from "react";
import { useAuth } from "../auth/auth-context";
import { checkEmail } from "./sign-in-form";

export interface SignInOptions {
  singleSignOn: boolean;
  emailCode: boolean;
}

/** How long typing must pause before the address's domain is looked up. */
const LOOKUP_DELAY_MS = 300;

/**
 * The ways the typed address may sign in, looked up once typing pauses on a well-formed
 * address: single sign-on when its domain belongs to an organisation's IdP. Null until known
 * (and when the look-up fails: the code path stays, as it always was).
 */
export function useSignInOptions(input: string): SignInOptions | null {
  const auth = useAuth();
  const checked = checkEmail(input);
  const email = "email" in checked ? checked.email : null;
  const domain = email?.slice(email.lastIndexOf("@") + 1) ?? null;
  const [known, setKnown] = useState<{ domain: string; options: SignInOptions } | null>(null);

  useEffect(() => {
    if (!email || !domain) return;
    let current = true;
    const timer = window.setTimeout(() => {
      auth.signInOptions(email).then(
        (options) => current && setKnown({ domain, options }),
        () => current && setKnown(null),
      );
    }, LOOKUP_DELAY_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [auth, email, domain]);

  return known && known.domain === domain ? known.options : null;
}
