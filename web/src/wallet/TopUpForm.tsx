import "./saved-cards.css";
import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../gql";
import { postToPayGate } from "./post-to-paygate";
import { newIdempotencyKey, parseReceiptEmail, parseTopUpAmount } from "./wallet-rules";

const StartTopUpMutation = graphql(`
  mutation StartTopUp($input: StartTopUpInput!) {
    startTopUp(input: $input) {
      topUp {
        id
        status
      }
      redirect {
        url
        fields {
          name
          value
        }
      }
    }
  }
`);

const PRESETS = ["500", "1000", "5000"];

/**
 * Top up by card: the wallet registers the payment with PayGate and the browser goes to
 * PayGate's page. One idempotency key per amount and address until the wallet answers, so pressing
 * Pay twice (or retrying after a lost answer) never starts two payments.
 */
export function TopUpForm({ organizationId, defaultEmail }: { organizationId: string; defaultEmail: string }) {
  const [amountText, setAmountText] = useState("");
  const [email, setEmail] = useState(defaultEmail);
  const [saveCard, setSaveCard] = useState(false);
  const [attempt, setAttempt] = useState<{ request: string; key: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, startTopUp] = useMutation(StartTopUpMutation);
  const [leaving, setLeaving] = useState(false);

  const submit = async () => {
    const parsed = parseTopUpAmount(amountText);
    if ("error" in parsed) return setProblem(parsed.error);
    const receipt = parseReceiptEmail(email);
    if ("error" in receipt) return setProblem(receipt.error);
    const request = `${parsed.amount}|${receipt.email}|${saveCard}`;
    const key = attempt?.request === request ? attempt.key : newIdempotencyKey();
    setAttempt({ request, key });
    setProblem(null);
    const result = await startTopUp({
      input: { organizationId, amount: parsed.amount, email: receipt.email, idempotencyKey: key, saveCard },
    });
    const redirect = result.data?.startTopUp.redirect;
    if (redirect) {
      setLeaving(true);
      postToPayGate(redirect);
      return;
    }
    const graphQLError = result.error?.graphQLErrors[0];
    // The wallet answered (refused, or PayGate failed): the next try is a new payment. Only a
    // lost answer keeps the key, so that retrying it cannot start a second payment.
    if (!result.error || graphQLError) setAttempt(null);
    setProblem(
      graphQLError?.message ??
        (result.error ? "The wallet could not be reached. Try again." : "This top-up is no longer pending."),
    );
  };

  return (
    <form
      className="card top-up-form"
      data-testid="top-up-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>Top up by card</h2>
      <div className="field">
        <label htmlFor="top-up-amount">Amount (rand)</label>
        <input
          id="top-up-amount"
          inputMode="decimal"
          placeholder="e.g. 1000.00"
          value={amountText}
          onChange={(event) => setAmountText(event.target.value)}
          data-testid="top-up-amount"
        />
        <div className="presets">
          {PRESETS.map((preset) => (
            <button key={preset} type="button" className="link-button" onClick={() => setAmountText(preset)}>
              R{Number(preset).toLocaleString("en-ZA")}
            </button>
          ))}
        </div>
      </div>
      <div className="field">
        <label htmlFor="top-up-email">Receipt to</label>
        <input
          id="top-up-email"
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          data-testid="top-up-email"
        />
      </div>
      <div className="field checkbox-field">
        <input
          id="top-up-save-card"
          type="checkbox"
          checked={saveCard}
          onChange={(event) => setSaveCard(event.target.checked)}
          aria-describedby="top-up-save-card-hint"
          data-testid="top-up-save-card"
        />
        <label htmlFor="top-up-save-card">Save this card</label>
        <span className="hint" id="top-up-save-card-hint">
          PayGate keeps it; the wallet keeps only its masked number, for later top-ups and the automatic top-up.
        </span>
      </div>
      {problem && (
        <p className="field-error" role="alert" data-testid="top-up-error">
          {problem}
        </p>
      )}
      <button type="submit" className="primary" disabled={fetching || leaving} data-testid="top-up-submit">
        {leaving ? "Opening PayGate…" : fetching ? "Starting…" : "Pay by card"}
      </button>
      <p className="hint">You pay on PayGate&apos;s secure page; the wallet is credited when PayGate confirms.</p>
    </form>
  );
}
