import express, { type Request, type Response } from "express";
import { listen } from "@dcx/kit/listen";
import {
  INITIATE_FIELDS,
  INITIATE_RESPONSE_FIELDS,
  QUERY_FIELDS,
  encodeFields,
  decodeFields,
  hasValidChecksum,
  signFields,
  type PayWebFields,
} from "./protocol";
import { PayGateError, type PayGateErrorCode } from "./error-codes";
import { TEST_MERCHANT, findMerchant, validateInitiate, type Merchant } from "./initiate-validation";
import {
  DEFAULT_NOTIFY_RETRY,
  NotifySender,
  type NotifyAttempt,
  type NotifyOutcome,
  type NotifyRetry,
} from "./notify-sender";
import { renderErrorPage, renderPaymentPage, renderReturnPage } from "./payment-page";
import { CARD_OUTCOMES, USER_CANCELLED, isCardNumber } from "./test-cards";
import { CardVault, defaultExpiry, maskedNumberOf } from "./card-vault";
import { PAYHOST_PATH, payHostRoutes, type PayHostControls } from "./payhost";
import {
  newPayRequestId,
  resultMessage,
  returnMessage,
  settlementFor,
  type PaymentChoice,
  type Transaction,
} from "./transactions";

export const PAYWEB3_PATHS = {
  initiate: "/payweb3/initiate.trans",
  process: "/payweb3/process.trans",
  pay: "/payweb3/pay",
  query: "/payweb3/query.trans",
} as const;

export interface PayGateSimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** The merchants that may initiate; PayGate's test merchant 10011072130 / "secret" when not given. */
  merchants?: readonly Merchant[];
  /**
   * "immediate" (the default): the notify is posted when the transaction settles, before the
   * browser is sent back. "manual": it waits for `releaseNotify`.
   */
  notify?: "immediate" | "manual";
  notifyRetry?: Partial<NotifyRetry>;
  /** Called after every notify attempt, e.g. to log it. */
  onNotifyAttempt?: (attempt: NotifyAttempt) => void;
}

/** A copy of a transaction's state. */
export interface TransactionView extends Transaction {
  /** The signed notify message, fixed when the transaction settled (only with a NOTIFY_URL). */
  notifyMessage?: PayWebFields;
  /** True while a settled transaction's notify waits for `releaseNotify` (notify: "manual"). */
  notifyHeld: boolean;
}

export interface PayGateSimulator {
  /** Base URL, e.g. http://127.0.0.1:4010; the endpoints are under /payweb3. */
  url: string;
  endpoints: { initiate: string; process: string; query: string; payhost: string };
  close(): Promise<void>;
  /**
   * Vaults a card for a merchant as PayHost's CardVaultRequest would (the first merchant unless
   * named; expiry MMYYYY, December three years on unless given) and returns its VaultId.
   */
  vaultCard(card: string, options?: { paygateId?: string; expiry?: string }): string;
  /** Moves a vaulted card's expiry (MMYYYY), e.g. into the past. */
  setVaultExpiry(vaultId: string, expiry: string): void;
  /** The PayHost payments made, and a way to lose answers after the payment is made. */
  payHost: PayHostControls;
  transaction(payRequestId: string): TransactionView | undefined;
  transactions(): TransactionView[];
  /**
   * Settles as the payment page would: a card number (a test card or any other, which is
   * declined) or "cancel". A settled transaction keeps its outcome. Resolves once the first
   * notify attempt has an answer (notify: "immediate").
   */
  settle(payRequestId: string, choice: string | PaymentChoice): Promise<TransactionView>;
  /** Sends a held notify (notify: "manual"); resolves when that delivery ends. */
  releaseNotify(payRequestId: string): Promise<NotifyOutcome>;
  /** Delivers the same signed notify message `times` more times, one after another unless `concurrent`. */
  replayNotify(payRequestId: string, times: number, options?: { concurrent?: boolean }): Promise<NotifyOutcome[]>;
  /** The latest notify delivery's outcome: now if it ended, when it ends, or of the next one to start. */
  whenNotified(payRequestId: string): Promise<NotifyOutcome>;
  /** Every notify attempt, oldest first; only those of `payRequestId` when given. */
  deliveries(payRequestId?: string): NotifyAttempt[];
}

interface Entry extends Transaction {
  merchant: Merchant;
  notifyMessage?: PayWebFields;
  notifyHeld: boolean;
}

type Verified = { ok: true; entry: Entry } | { ok: false; error: PayGateErrorCode };

export async function startPayGateSimulator(options: PayGateSimulatorOptions = {}): Promise<PayGateSimulator> {
  const merchants = new Map((options.merchants ?? [TEST_MERCHANT]).map((merchant) => [merchant.paygateId, merchant]));
  const mode = options.notify ?? "immediate";
  const sender = new NotifySender({ ...DEFAULT_NOTIFY_RETRY, ...options.notifyRetry }, options.onNotifyAttempt);
  const entries = new Map<string, Entry>();
  const vault = new CardVault();
  const payHost = payHostRoutes(merchants, vault);

  const view = (entry: Entry): TransactionView => {
    const { merchant: _merchant, ...rest } = entry;
    return structuredClone(rest);
  };

  const entryOf = (payRequestId: string): Entry => {
    const entry = entries.get(payRequestId);
    if (!entry) throw new Error(`No PayGate transaction ${payRequestId}`);
    return entry;
  };

  /** Applies the card holder's choice once; a settled transaction keeps its outcome. */
  async function settle(entry: Entry, choice: PaymentChoice): Promise<void> {
    if (entry.settlement) return;
    entry.settlement = settlementFor(choice);
    // PayWeb3's VAULT=1: an approved card is kept, and its token comes back in the result.
    if (entry.request.VAULT === "1" && "card" in choice && entry.settlement.transactionStatus === "1") {
      const card = vault.add(entry.paygateId, choice.card, defaultExpiry());
      entry.settlement.vault = { vaultId: card.vaultId, maskedCard: maskedNumberOf(card), expiry: card.expiry };
    }
    const notifyUrl = entry.request.NOTIFY_URL;
    if (!notifyUrl) return;
    entry.notifyMessage = resultMessage(entry, entry.merchant.encryptionKey);
    if (mode === "manual") {
      entry.notifyHeld = true;
      return;
    }
    await sender.deliver(entry.payRequestId, notifyUrl, entry.notifyMessage).firstAttempt;
  }

  function deliverAgain(entry: Entry): Promise<NotifyOutcome> {
    if (!entry.notifyMessage || !entry.request.NOTIFY_URL) {
      throw new Error(`PayGate transaction ${entry.payRequestId} has no notify to send`);
    }
    return sender.deliver(entry.payRequestId, entry.request.NOTIFY_URL, entry.notifyMessage).done;
  }

  /** The browser's PAY_REQUEST_ID and the initiate response's CHECKSUM. */
  function verifyBrowser(fields: PayWebFields): Verified {
    const payRequestId = fields.PAY_REQUEST_ID;
    if (!payRequestId) return { ok: false, error: PayGateError.MISSING_PAY_REQUEST_ID };
    const entry = entries.get(payRequestId);
    if (!entry) return { ok: false, error: PayGateError.INVALID_PAY_REQUEST_ID };
    const signed = { ...initiateResponse(entry), CHECKSUM: fields.CHECKSUM ?? "" };
    if (!hasValidChecksum(signed, INITIATE_RESPONSE_FIELDS, entry.merchant.encryptionKey)) {
      return { ok: false, error: PayGateError.CHECKSUM };
    }
    return { ok: true, entry };
  }

  const app = express();
  app.disable("x-powered-by");
  app.use(express.text({ type: "application/x-www-form-urlencoded", limit: "64kb" }));

  payHost.mount(app);

  app.get("/health", (_request, response) => {
    response.type("text/plain").send("OK");
  });

  app.post(PAYWEB3_PATHS.initiate, (request, response) => {
    const fields = fieldsOf(request);
    const checked = validateInitiate(fields, (paygateId) => merchants.get(paygateId));
    if (!checked.ok) return answer(response, { ERROR: checked.error });
    const stored: PayWebFields = {};
    for (const name of INITIATE_FIELDS) if (fields[name] !== undefined) stored[name] = fields[name];
    const entry: Entry = {
      payRequestId: newPayRequestId(),
      paygateId: checked.value.paygateId,
      request: stored,
      initiatedAt: new Date(),
      merchant: checked.value,
      notifyHeld: false,
    };
    entries.set(entry.payRequestId, entry);
    answer(response, signFields(initiateResponse(entry), INITIATE_RESPONSE_FIELDS, entry.merchant.encryptionKey));
  });

  app.post(PAYWEB3_PATHS.process, (request, response) => {
    const verified = verifyBrowser(fieldsOf(request));
    if (!verified.ok) return browserError(response, verified.error);
    const { entry } = verified;
    if (entry.settlement) return sendBack(response, entry);
    response.type("html").send(paymentPage(entry, fieldsOf(request).CHECKSUM!));
  });

  app.post(PAYWEB3_PATHS.pay, async (request, response) => {
    const fields = fieldsOf(request);
    const verified = verifyBrowser(fields);
    if (!verified.ok) return browserError(response, verified.error);
    const { entry } = verified;
    if (!entry.settlement) {
      const typed = (fields.CARD_NUMBER ?? "").trim();
      const card = typed || fields.CARD || "";
      if (fields.ACTION === "cancel") {
        await settle(entry, { cancel: true });
      } else if (!card) {
        return retry(response, entry, fields, "Choose a test card or type a card number.");
      } else if (!isCardNumber(card)) {
        return retry(response, entry, fields, "A card number has 12 to 19 digits.");
      } else {
        await settle(entry, { card });
      }
    }
    sendBack(response, entry);
  });

  app.post(PAYWEB3_PATHS.query, (request, response) => {
    const fields = fieldsOf(request);
    const merchant = findMerchant(fields, (paygateId) => merchants.get(paygateId));
    if (!merchant.ok) return answer(response, { ERROR: merchant.error });
    if (!hasValidChecksum(fields, QUERY_FIELDS, merchant.value.encryptionKey)) {
      return answer(response, { ERROR: PayGateError.CHECKSUM });
    }
    if (!fields.PAY_REQUEST_ID) return answer(response, { ERROR: PayGateError.MISSING_PAY_REQUEST_ID });
    const entry = entries.get(fields.PAY_REQUEST_ID);
    if (!entry || entry.paygateId !== merchant.value.paygateId || entry.request.REFERENCE !== fields.REFERENCE) {
      return answer(response, { ERROR: PayGateError.INVALID_PAY_REQUEST_ID });
    }
    answer(response, resultMessage(entry, entry.merchant.encryptionKey));
  });

  function paymentPage(entry: Entry, checksum: string, extra: { error?: string; typedCard?: string } = {}) {
    return renderPaymentPage({
      payRequestId: entry.payRequestId,
      checksum,
      reference: entry.request.REFERENCE ?? "",
      amountCents: entry.request.AMOUNT ?? "0",
      currency: entry.request.CURRENCY ?? "ZAR",
      action: PAYWEB3_PATHS.pay,
      ...extra,
    });
  }

  function retry(response: Response, entry: Entry, fields: PayWebFields, error: string) {
    response
      .status(400)
      .type("html")
      .send(paymentPage(entry, fields.CHECKSUM ?? "", { error, typedCard: fields.CARD_NUMBER }));
  }

  function sendBack(response: Response, entry: Entry) {
    response.type("html").send(
      renderReturnPage({
        returnUrl: entry.request.RETURN_URL ?? "",
        fields: returnMessage(entry, entry.merchant.encryptionKey),
        outcome: outcomeLabel(entry),
      }),
    );
  }

  const running = await listen(app, options.port ?? 0, options.host ?? "127.0.0.1");
  let closing: Promise<void> | undefined;

  return {
    url: running.url,
    endpoints: {
      initiate: running.url + PAYWEB3_PATHS.initiate,
      process: running.url + PAYWEB3_PATHS.process,
      query: running.url + PAYWEB3_PATHS.query,
      payhost: running.url + PAYHOST_PATH,
    },
    vaultCard: (card, { paygateId, expiry } = {}) =>
      vault.add(paygateId ?? [...merchants.keys()][0]!, card, expiry ?? defaultExpiry()).vaultId,
    setVaultExpiry: (vaultId, expiry) => vault.setExpiry(vaultId, expiry),
    payHost: payHost.controls,
    close: () => {
      sender.close();
      return (closing ??= running.close());
    },
    transaction: (payRequestId) => {
      const entry = entries.get(payRequestId);
      return entry && view(entry);
    },
    transactions: () => [...entries.values()].map(view),
    settle: async (payRequestId, choice) => {
      const entry = entryOf(payRequestId);
      await settle(
        entry,
        typeof choice !== "string" ? choice : choice === "cancel" ? { cancel: true } : { card: choice },
      );
      return view(entry);
    },
    releaseNotify: (payRequestId) => {
      const entry = entryOf(payRequestId);
      if (!entry.notifyHeld) return Promise.reject(new Error(`PayGate transaction ${payRequestId} holds no notify`));
      entry.notifyHeld = false;
      return deliverAgain(entry);
    },
    replayNotify: async (payRequestId, times, { concurrent = false } = {}) => {
      const entry = entryOf(payRequestId);
      if (concurrent) return Promise.all(Array.from({ length: times }, () => deliverAgain(entry)));
      const outcomes: NotifyOutcome[] = [];
      for (let i = 0; i < times; i++) outcomes.push(await deliverAgain(entry));
      return outcomes;
    },
    whenNotified: (payRequestId) => sender.whenDelivered(payRequestId),
    deliveries: (payRequestId) => sender.attempts(payRequestId),
  };
}

function initiateResponse(entry: Transaction): PayWebFields {
  return { PAYGATE_ID: entry.paygateId, PAY_REQUEST_ID: entry.payRequestId, REFERENCE: entry.request.REFERENCE ?? "" };
}

function outcomeLabel(entry: Transaction): string {
  const settlement = entry.settlement;
  if (!settlement) return "Not done";
  const outcomes = [...Object.values(CARD_OUTCOMES), USER_CANCELLED];
  return outcomes.find((outcome) => outcome.resultCode === settlement.resultCode)?.label ?? "Declined";
}

function fieldsOf(request: Request): PayWebFields {
  return typeof request.body === "string" ? decodeFields(request.body) : {};
}

/** PayGate's server-to-server answers: HTTP 200, form-encoded, errors as an ERROR field. */
function answer(response: Response, fields: PayWebFields) {
  response.type("text/plain").send(encodeFields(fields));
}

const BROWSER_ERRORS: Record<string, string> = {
  [PayGateError.MISSING_PAY_REQUEST_ID]: "The payment request is missing.",
  [PayGateError.INVALID_PAY_REQUEST_ID]: "The payment request is unknown.",
  [PayGateError.CHECKSUM]: "The payment request's checksum does not match.",
};

function browserError(response: Response, code: PayGateErrorCode) {
  response
    .status(400)
    .type("html")
    .send(renderErrorPage(code, BROWSER_ERRORS[code] ?? "The payment request is invalid."));
}
