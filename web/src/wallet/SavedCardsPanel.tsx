import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../gql";
import { formatDateTime } from "../format";
import { describeCard } from "./auto-top-up-rules";
import { newIdempotencyKey, parseTopUpAmount } from "./wallet-rules";

const RemoveSavedCardMutation = graphql(`
  mutation RemoveSavedCard($cardId: ID!) {
    removeSavedCard(cardId: $cardId) {
      id
    }
  }
`);

const PayWithSavedCardMutation = graphql(`
  mutation PayWithSavedCard($input: PayWithSavedCardInput!) {
    payWithSavedCard(input: $input) {
      id
      reference
      status
      resultDescription
      amount {
        amount
        currency
      }
    }
  }
`);

export interface SavedCardView {
  id: string;
  brand: string;
  maskedNumber: string;
  expiryMonth: number;
  expiryYear: number;
  expired: boolean;
  savedBy: string;
  savedAt: string;
}

const OUTCOME: Record<string, string> = {
  APPROVED: "Approved: the wallet has been credited.",
  DECLINED: "Declined by PayGate. Nothing was charged.",
  FAILED: "PayGate refused the payment. Nothing was charged.",
  UNKNOWN: "Waiting for PayGate's answer; the wallet is credited as soon as PayGate confirms.",
  PROCESSING: "Being charged…",
  QUEUED: "Queued.",
};

/** The cards PayGate keeps for the organisation: pay with one, or remove one (after a confirmation). */
export function SavedCardsPanel({
  cards,
  mayPay,
  defaultEmail,
  onChanged,
}: {
  cards: SavedCardView[];
  mayPay: boolean;
  defaultEmail: string;
  onChanged: () => void;
}) {
  return (
    <section className="card saved-cards" data-testid="saved-cards" aria-labelledby="saved-cards-title">
      <h2 id="saved-cards-title">Saved cards</h2>
      {cards.length === 0 ? (
        <p className="placeholder">
          No saved cards. Tick &ldquo;Save this card&rdquo; when you top up and PayGate keeps the card for next time.
        </p>
      ) : (
        <ul className="saved-card-list">
          {cards.map((card) => (
            <SavedCardItem
              key={card.id}
              card={card}
              mayPay={mayPay}
              defaultEmail={defaultEmail}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function SavedCardItem({
  card,
  mayPay,
  defaultEmail,
  onChanged,
}: {
  card: SavedCardView;
  mayPay: boolean;
  defaultEmail: string;
  onChanged: () => void;
}) {
  const [mode, setMode] = useState<"idle" | "pay" | "confirm-remove">("idle");
  const [amountText, setAmountText] = useState("");
  const [attempt, setAttempt] = useState<{ amount: string; key: string } | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: "good" | "bad" } | null>(null);
  const [{ fetching: removing }, remove] = useMutation(RemoveSavedCardMutation);
  const [{ fetching: paying }, pay] = useMutation(PayWithSavedCardMutation);
  const label = describeCard(card);

  const submitPayment = async () => {
    const parsed = parseTopUpAmount(amountText);
    if ("error" in parsed) return setMessage({ text: parsed.error, tone: "bad" });
    // One key per amount until the wallet answers: pressing twice never charges twice.
    const key = attempt?.amount === parsed.amount ? attempt.key : newIdempotencyKey();
    setAttempt({ amount: parsed.amount, key });
    const result = await pay({
      input: { cardId: card.id, amount: parsed.amount, email: defaultEmail, idempotencyKey: key },
    });
    const charge = result.data?.payWithSavedCard;
    if (charge) {
      setAttempt(null);
      setMessage({
        text: OUTCOME[charge.status] ?? charge.status,
        tone: charge.status === "APPROVED" ? "good" : "bad",
      });
      setMode("idle");
      onChanged();
      return;
    }
    const graphQLError = result.error?.graphQLErrors[0];
    if (graphQLError) setAttempt(null);
    setMessage({ text: graphQLError?.message ?? "The wallet could not be reached. Try again.", tone: "bad" });
  };

  const confirmRemove = async () => {
    const result = await remove({ cardId: card.id });
    if (result.error) {
      setMessage({ text: result.error.graphQLErrors[0]?.message ?? "The card could not be removed.", tone: "bad" });
      return;
    }
    onChanged();
  };

  return (
    <li className="saved-card" data-testid="saved-card" data-card-id={card.id}>
      <div className="saved-card-summary">
        <span className="saved-card-label">{label}</span>
        {card.expired && <span className="pill saved-card-expired">Expired</span>}
        <span className="hint">
          saved by {card.savedBy} · {formatDateTime(card.savedAt)}
        </span>
      </div>
      {mayPay && mode === "idle" && (
        <div className="saved-card-actions">
          <button type="button" className="primary" disabled={card.expired} onClick={() => setMode("pay")}>
            Top up with this card
          </button>
          <button type="button" className="secondary" onClick={() => setMode("confirm-remove")}>
            Remove
          </button>
        </div>
      )}
      {mayPay && mode === "pay" && (
        <form
          className="saved-card-pay"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submitPayment();
          }}
        >
          <label htmlFor={`pay-amount-${card.id}`}>Amount (rand)</label>
          <input
            id={`pay-amount-${card.id}`}
            inputMode="decimal"
            placeholder="e.g. 1000.00"
            value={amountText}
            onChange={(event) => setAmountText(event.target.value)}
            data-testid="saved-card-amount"
          />
          <button type="submit" className="primary" disabled={paying} data-testid="saved-card-pay">
            {paying ? "Charging…" : "Pay"}
          </button>
          <button type="button" className="secondary" onClick={() => setMode("idle")}>
            Cancel
          </button>
        </form>
      )}
      {mayPay && mode === "confirm-remove" && (
        <div className="saved-card-confirm" role="group" aria-label={`Remove ${label}?`}>
          <span>Remove this card? Automatic top-ups that use it are turned off.</span>
          <button type="button" className="danger" disabled={removing} onClick={() => void confirmRemove()}>
            {removing ? "Removing…" : "Yes, remove"}
          </button>
          <button type="button" className="secondary" onClick={() => setMode("idle")}>
            Keep it
          </button>
        </div>
      )}
      {message && (
        <p
          className={message.tone === "good" ? "saved-card-message good" : "field-error"}
          role={message.tone === "good" ? "status" : "alert"}
          data-testid="saved-card-message"
        >
          {message.text}
        </p>
      )}
    </li>
  );
}
