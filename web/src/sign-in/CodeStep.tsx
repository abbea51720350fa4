import { type FormEvent, useState } from "react";
import { useAuth } from "../auth/auth-context";
import { DevOutboxHint } from "./DevOutboxHint";
import { CODE_LENGTH, formatDuration, isCompleteCode, normalizeCode } from "./sign-in-form";
import { SignInError } from "./SignInError";
import { useSignInAction } from "./use-sign-in-action";

interface CodeStepProps {
  email: string;
  expiresInSeconds: number;
  onChangeEmail: () => void;
}

/** Step two: the one-time code from the e-mail. Success swaps the page for the dashboard. */
export function CodeStep({ email, expiresInSeconds, onChangeEmail }: CodeStepProps) {
  const auth = useAuth();
  const [code, setCode] = useState("");
  const [resent, setResent] = useState(false);
  const { pending, error, setError, run } = useSignInAction("code");

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isCompleteCode(code)) {
      setError(`Enter the ${CODE_LENGTH}-digit code from the e-mail.`);
      return;
    }
    void run(() => auth.signIn(email, code));
  };

  const resend = () =>
    void run(async () => {
      await auth.requestSignInCode(email);
      setCode("");
      setResent(true);
    });

  return (
    <form className="sign-in-form" onSubmit={submit} noValidate>
      <p className="sign-in-sent" data-testid="sign-in-sent" role="status">
        We sent a code to <strong>{email}</strong> if an account exists. It is valid for{" "}
        {formatDuration(expiresInSeconds)}.
        {resent &&
          " Use the code in the newest e-mail: a new one goes out at most once a minute, or at once if the last one was used up."}
      </p>
      <label htmlFor="sign-in-code">{CODE_LENGTH}-digit code</label>
      <input
        id="sign-in-code"
        data-testid="sign-in-code"
        className="code-input"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        autoFocus
        value={code}
        onChange={(event) => setCode(normalizeCode(event.target.value))}
        aria-invalid={error !== null}
        aria-describedby={error ? "sign-in-code-error" : undefined}
      />
      {error && <SignInError id="sign-in-code-error" message={error} />}
      <button type="submit" className="primary" data-testid="sign-in-submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <div className="sign-in-links">
        <button type="button" className="link-button" onClick={resend} disabled={pending}>
          Send a new code
        </button>
        <button type="button" className="link-button" onClick={onChangeEmail} disabled={pending}>
          Use a different e-mail address
        </button>
      </div>
      {import.meta.env.DEV && <DevOutboxHint />}
    </form>
  );
}
