interface ConfirmStepProps {
  /** What will happen, in full: amounts and the organisation named. */
  question: string;
  confirmLabel: string;
  busy: boolean;
  /** The server's refusal of the last attempt, if any. */
  refusal: string;
  onConfirm: () => void;
  onBack: () => void;
  testId: string;
}

/** The second step of a change to money: the change spelled out, then confirm or go back to edit. */
export function ConfirmStep({ question, confirmLabel, busy, refusal, onConfirm, onBack, testId }: ConfirmStepProps) {
  return (
    <div className="confirm-step" role="group" aria-label="Confirm the change" data-testid={testId}>
      <p>{question}</p>
      {refusal && (
        <p className="field-error" role="alert" data-testid={`${testId}-refused`}>
          {refusal}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={onConfirm} data-testid={`${testId}-yes`}>
          {busy ? "Sending…" : confirmLabel}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={onBack}>
          Change
        </button>
      </div>
    </div>
  );
}
