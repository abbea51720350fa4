import { type FormEvent, useState } from "react";
import { useAuth } from "../auth/auth-context";
import { checkEmail } from "./sign-in-form";
import { SignInError } from "./SignInError";
import { useSignInAction } from "./use-sign-in-action";
import { useSignInOptions } from "./use-sign-in-options";
import "./single-sign-on.css";

interface EmailStepProps {
  initialEmail: string;
  onCodeSent: (email: string, expiresInSeconds: number) => void;
}

/** Where the IdP sends the browser back: this dashboard's callback page. */
export const SSO_CALLBACK_PATH = "/sso/callback";

/**
 * Step one: the e-mail address. When its domain belongs to an organisation's single sign-on,
 * "Continue with single sign-on" is offered, and the code is not when the organisation allows
 * single sign-on only.
 */
export function EmailStep({ initialEmail, onCodeSent }: EmailStepProps) {
  const auth = useAuth();
  const [email, setEmail] = useState(initialEmail);
  const { pending, error, setError, run } = useSignInAction("email");
  const options = useSignInOptions(email);
  const codesAllowed = options?.emailCode ?? true;

  const checked = (): string | null => {
    const result = checkEmail(email);
    if ("problem" in result) {
      setError(result.problem);
      return null;
    }
    return result.email;
  };

  const continueWithSso = () => {
    const address = checked();
    if (!address) return;
    void run(async () => {
      const url = await auth.startSingleSignOn(address, `${window.location.origin}${SSO_CALLBACK_PATH}`);
      window.location.assign(url);
    });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!codesAllowed) return continueWithSso();
    const address = checked();
    if (!address) return;
    void run(async () => {
      const { expiresInSeconds } = await auth.requestSignInCode(address);
      onCodeSent(address, expiresInSeconds);
    });
  };

  return (
    <form className="sign-in-form" onSubmit={submit} noValidate>
      <label htmlFor="sign-in-email">E-mail address</label>
      <input
        id="sign-in-email"
        data-testid="sign-in-email"
        type="email"
        autoComplete="email"
        autoFocus
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        aria-invalid={error !== null}
        aria-describedby={error ? "sign-in-email-error" : undefined}
      />
      {error && <SignInError id="sign-in-email-error" message={error} />}
      {options?.singleSignOn && (
        <button
          type="button"
          className="primary"
          data-testid="sign-in-sso"
          disabled={pending}
          onClick={continueWithSso}
        >
          {pending ? "Opening your organisation's sign-in…" : "Continue with single sign-on"}
        </button>
      )}
      {codesAllowed ? (
        <button
          type="submit"
          className={options?.singleSignOn ? "secondary sso-alternative" : "primary"}
          data-testid="sign-in-request"
          disabled={pending}
        >
          {pending && !options?.singleSignOn ? "Sending…" : "Send me a sign-in code"}
        </button>
      ) : (
        <p className="sso-only" data-testid="sso-only">
          Your organisation signs in with single sign-on only.
        </p>
      )}
    </form>
  );
}
