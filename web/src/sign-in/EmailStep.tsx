import { type FormEvent, useState } from "react";
import { useAuth } from "../auth/auth-context";
import { checkEmail } from "./sign-in-form";
import { SignInError } from "./SignInError";
import { useSignInAction } from "./use-sign-in-action";

interface EmailStepProps {
  initialEmail: string;
  onCodeSent: (email: string, expiresInSeconds: number) => void;
}

/** Step one: the e-mail address a code is sent to. */
export function EmailStep({ initialEmail, onCodeSent }: EmailStepProps) {
  const auth = useAuth();
  const [email, setEmail] = useState(initialEmail);
  const { pending, error, setError, run } = useSignInAction("email");

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkEmail(email);
    if ("problem" in checked) {
      setError(checked.problem);
      return;
    }
    void run(async () => {
      const { expiresInSeconds } = await auth.requestSignInCode(checked.email);
      onCodeSent(checked.email, expiresInSeconds);
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
      <button type="submit" className="primary" data-testid="sign-in-request" disabled={pending}>
        {pending ? "Sending…" : "Send me a sign-in code"}
      </button>
    </form>
  );
}
