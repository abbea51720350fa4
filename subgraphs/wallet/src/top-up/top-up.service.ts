import { randomBytes } from "node:crypto";
import { type Clock, conflict, DomainError } from "@dcx/kit";
import { type PayGateClient, PayGateError } from "../paygate/paygate-client";
import { lockOrOpenWalletByOrganizationId, type WalletDb } from "../wallet/wallet.store";
import type { TopUpRow } from "../db/schema";
import { validateTopUpRequest } from "./top-up-request";
import { findTopUpByIdempotencyKey, insertTopUp, toTopUp, updateTopUp } from "./top-up.store";
import { type PaymentRedirect, type TopUpStart, TopUpStatus } from "./top-up.type";

/** What starting a top-up needs beyond the database; all of it is configuration. */
export interface TopUpSettings {
  paygate: PayGateClient;
  /** Our notify endpoint as PayGate reaches it (…/paygate/notify). */
  notifyUrl: string;
  /** Where PayGate sends the browser back (…/paygate/return). */
  returnUrl: string;
  clock: Clock;
}

export interface StartTopUpCommand {
  organizationId: string;
  amount: string;
  email: string;
  idempotencyKey: string;
  /** Ask PayGate to keep the card (VAULT=1). */
  saveCard?: boolean | null;
  /** The user or API key starting it. */
  requestedBy: string;
}

/** `DCX-` and ten characters from an alphabet without look-alikes: short enough for a statement. */
export function newTopUpReference(): string {
  const alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(10);
  return `DCX-${Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("")}`;
}

/**
 * Registers a card top-up with PayGate and returns where the browser must go. Nothing is
 * credited here: only PayGate's notify or a query can do that. The same idempotency key returns
 * the same top-up (and the same payment page while it is pending), never a second payment. An
 * organisation without a wallet gets one opened in the same transaction: a new customer pays in
 * first. The caller's right to the organisation is checked before.
 */
export async function startTopUp(
  db: WalletDb,
  settings: TopUpSettings,
  command: StartTopUpCommand,
): Promise<TopUpStart> {
  const request = validateTopUpRequest(command);
  const { row, created } = await db.transaction(async (tx) => {
    const wallet = await lockOrOpenWalletByOrganizationId(tx, request.organizationId);
    const earlier = await findTopUpByIdempotencyKey(tx, wallet.id, request.idempotencyKey);
    if (earlier) {
      if (earlier.requestFingerprint !== request.fingerprint) {
        throw conflict(`Idempotency key ${request.idempotencyKey} was already used for a different top-up`);
      }
      return { row: earlier, created: false };
    }
    const inserted = await insertTopUp(tx, {
      walletId: wallet.id,
      reference: newTopUpReference(),
      amountCents: request.amountCents,
      email: request.email,
      paygateId: settings.paygate.paygateId,
      requestedBy: command.requestedBy,
      idempotencyKey: request.idempotencyKey,
      requestFingerprint: request.fingerprint,
      saveCard: request.saveCard,
    });
    return { row: inserted, created: true };
  });

  const start = (top: TopUpRow, redirect: PaymentRedirect | null): TopUpStart => ({
    topUp: toTopUp({ top_up: top, organizationId: request.organizationId }),
    redirect,
  });
  if (!created) {
    if (row.status === TopUpStatus.INITIATING) {
      throw conflict("This top-up is still being registered with PayGate; try again in a moment");
    }
    if (row.status === TopUpStatus.FAILED) throw providerError(row.resultDescription ?? "PayGate refused the top-up");
    return start(row, row.status === TopUpStatus.PENDING ? redirectFor(settings, row) : null);
  }

  try {
    const initiated = await settings.paygate.initiate({
      reference: row.reference,
      amountCents: row.amountCents,
      currency: row.currency,
      returnUrl: settings.returnUrl,
      notifyUrl: settings.notifyUrl,
      email: row.email,
      vault: row.saveCard,
      at: settings.clock(),
    });
    const pending = await updateTopUp(db, row.id, {
      status: TopUpStatus.PENDING,
      payRequestId: initiated.payRequestId,
    });
    return start(pending, { url: initiated.url, fields: toFormFields(initiated.fields) });
  } catch (error) {
    if (!(error instanceof PayGateError)) throw error;
    await updateTopUp(db, row.id, {
      status: TopUpStatus.FAILED,
      resultCode: error.code,
      resultDescription: error.message,
      settledAt: settings.clock(),
    });
    throw providerError(error.message);
  }
}

const providerError = (reason: string) =>
  new DomainError("PAYMENT_PROVIDER_ERROR", `The card payment could not be started: ${reason}. Nothing was charged.`);

const toFormFields = (fields: Record<string, string>) =>
  Object.entries(fields).map(([name, value]) => ({ name, value }));

function redirectFor(settings: TopUpSettings, row: TopUpRow): PaymentRedirect {
  const redirect = settings.paygate.processRedirect(row.payRequestId ?? "", row.reference);
  return { url: redirect.url, fields: toFormFields(redirect.fields) };
}
