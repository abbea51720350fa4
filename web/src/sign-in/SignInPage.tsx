import { useState } from "react";
import { Brand } from "../components/Brand";
import { CodeStep } from "./CodeStep";
import { EmailStep } from "./EmailStep";

type Step = { name: "email"; email: string } | { name: "code"; email: string; expiresInSeconds: number };

/** Sign-in by e-mailed one-time code: the address, then the code. */
export function SignInPage({ notice }: { notice: string | null }) {
  const [step, setStep] = useState<Step>({ name: "email", email: "" });

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
        {step.name === "email" ? (
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
