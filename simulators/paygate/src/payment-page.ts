import { type PayWebFields } from "./protocol";
import { CARD_OUTCOMES, TEST_CARDS } from "./test-cards";

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** "R 250.00" for 25000 cents in ZAR; "R 1 250.00" with South African digit grouping. */
export function formatAmount(cents: string, currency: string): string {
  const value = BigInt(cents);
  const whole = (value / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  const fraction = (value % 100n).toString().padStart(2, "0");
  return `${currency === "ZAR" ? "R" : currency} ${whole}.${fraction}`;
}

const STYLE = `
body{font-family:system-ui,sans-serif;background:#f4f5f7;color:#1d2330;margin:0;padding:2rem 1rem}
main{max-width:32rem;margin:0 auto;background:#fff;border-radius:8px;padding:1.5rem 2rem;box-shadow:0 1px 4px #0002}
h1{font-size:1.25rem;margin-top:0}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
fieldset{border:1px solid #ccd;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}
.card{display:flex;align-items:center;gap:.5rem;padding:.25rem 0}
.hint{color:#5a6170;font-size:.875rem;margin-left:auto}
input[type=text]{width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem;margin-top:.25rem}
.actions{display:flex;gap:1rem;margin-top:1rem}
button{font-size:1rem;padding:.5rem 1.5rem;border-radius:6px;border:1px solid #889;background:#fff;cursor:pointer}
button.primary{background:#0b5cad;border-color:#0b5cad;color:#fff}
.error{color:#a4161a;font-weight:600}
.note{color:#5a6170;font-size:.875rem}
`;

function page(title: string, body: string, script = ""): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>${script}
</body>
</html>
`;
}

export interface PaymentPageInput {
  payRequestId: string;
  /** The initiate response's CHECKSUM: it comes back with the card holder's choice. */
  checksum: string;
  reference: string;
  amountCents: string;
  currency: string;
  /** Where the form posts the choice. */
  action: string;
  /** Shown above the form when the last submission was not usable. */
  error?: string;
  /** Keeps what the card holder typed when the page is shown again. */
  typedCard?: string;
}

/** The card holder's page: the merchant reference, the amount, the test cards, a card number field, Pay and Cancel. */
export function renderPaymentPage(input: PaymentPageInput): string {
  const cards = TEST_CARDS.map((card) => {
    const id = `card-${card.number}`;
    const outcome = CARD_OUTCOMES[card.outcome].label;
    return `<div class="card">
<input type="radio" name="CARD" value="${card.number}" id="${id}" data-card="${card.number}" aria-describedby="${id}-hint">
<label for="${id}">${card.brand} ${card.number}</label>
<span class="hint" id="${id}-hint">${escapeHtml(outcome)}</span>
</div>`;
  }).join("\n");
  const error = input.error ? `<p class="error" role="alert" id="payment-error">${escapeHtml(input.error)}</p>` : "";
  return page(
    "PayGate: card payment",
    `<h1>Card payment</h1>
<dl>
<dt>Reference</dt><dd id="reference">${escapeHtml(input.reference)}</dd>
<dt>Amount</dt><dd id="amount">${escapeHtml(formatAmount(input.amountCents, input.currency))}</dd>
</dl>
${error}
<form method="post" action="${escapeHtml(input.action)}" id="payment-form">
<input type="hidden" name="PAY_REQUEST_ID" value="${escapeHtml(input.payRequestId)}">
<input type="hidden" name="CHECKSUM" value="${escapeHtml(input.checksum)}">
<fieldset>
<legend>Test card</legend>
${cards}
</fieldset>
<label for="card-number">Or type a card number</label>
<input type="text" name="CARD_NUMBER" id="card-number" inputmode="numeric" autocomplete="off" value="${escapeHtml(input.typedCard ?? "")}" aria-describedby="card-number-note">
<p class="note" id="card-number-note">A typed number is used instead of the chosen test card. Numbers not listed above are declined.</p>
<div class="actions">
<button type="submit" name="ACTION" value="pay" id="pay" class="primary">Pay</button>
<button type="submit" name="ACTION" value="cancel" id="cancel">Cancel</button>
</div>
</form>`,
  );
}

export interface ReturnPageInput {
  returnUrl: string;
  /** RETURN_FIELDS + CHECKSUM. */
  fields: PayWebFields;
  /** E.g. "Approved", shown while the browser goes back to the merchant. */
  outcome: string;
}

/** Sends the browser back to RETURN_URL with a form that submits itself; "Continue" does it without JavaScript. */
export function renderReturnPage(input: ReturnPageInput): string {
  const hidden = Object.entries(input.fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("\n");
  return page(
    "PayGate: returning to the merchant",
    `<h1>Payment ${escapeHtml(input.outcome.toLowerCase())}</h1>
<p id="outcome" data-transaction-status="${escapeHtml(input.fields.TRANSACTION_STATUS ?? "")}">${escapeHtml(input.outcome)}</p>
<form method="post" action="${escapeHtml(input.returnUrl)}" id="return-form">
${hidden}
<p>Returning to the merchant…</p>
<button type="submit" id="continue" class="primary">Continue</button>
</form>`,
    `\n<script>document.getElementById("return-form").submit();</script>`,
  );
}

/** What the browser sees when PayGate refuses a request; `data-error` carries the code. */
export function renderErrorPage(code: string, message: string): string {
  return page(
    "PayGate: error",
    `<h1>Payment could not be processed</h1>
<p class="error" role="alert" id="error" data-error="${escapeHtml(code)}">${escapeHtml(message)} (ERROR=${escapeHtml(code)})</p>`,
  );
}
