import { useState } from "react";
import { Brand } from "../components/Brand";
import { CodeStep } from "./CodeStep";
import { EmailStep, SSO_CALLBACK_PATH } from "./EmailStep";
import { SsoCallbackStep } from "./SsoCallbackStep";

type Step =
  | { name: "email"; email: string }
  | { name: "code"; email: string; expiresInSeconds: number }
  | { name: "sso-callback"; callbackUrl: string };

const firstStep = (): Step =>
  window.location.pathname === SSO_CALLBACK_PATH
    ? { name: "sso-callback", callbackUrl: window.location.href }
    : { name: "email", email: "" };

/**
 * Sign-in by e-mailed one-time code (the address, then the code), or by the organisation's
 * single sign-on (the address, the IdP, then back here at /sso/callback).
 */
export function SignInPage({ notice }: { notice: string | null }) {
  const [step, setStep] = useState<Step>(firstStep);

  return (
    <div className="sign-in-page">
      <main className="sign-in card" aria-labelledby="sign-in-title">
        <Brand />
        <h1 id="sign-in-title">Sign in</h1>
        {notice && step.name === "email" && (
          <p className="sign-in-notice" role="status" data-testid="sign-in-notice">
            {notice}
          </p>
        )}
        {step.name === "sso-callback" ? (
          <SsoCallbackStep callbackUrl={step.callbackUrl} onRestart={() => setStep({ name: "email", email: "" })} />
        ) : step.name === "email" ? (
          <EmailStep
            initialEmail={step.email}
            onCodeSent={(email, expiresInSeconds) => setStep({ name: "code", email, expiresInSeconds })}
          />
        ) : (
          <CodeStep
            email={step.email}
            expiresInSeconds={step.expiresInSeconds}
            onChangeEmail={() => setStep({ name: "email", email: step.email })}
          />
        )}
      </main>
    </div>
  );
}
