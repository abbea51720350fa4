import { formatScaled, systemClock } from "@dcx/kit";
import { eq } from "drizzle-orm";
import { topUps, type TopUpRow, wallets as walletsTable } from "../db/schema";
import { EntryKind } from "../ledger/ledger-entry.type";
import { postEntry } from "../ledger/ledger.service";
import { sumEntries } from "../ledger/ledger.store";
import { receiptMessage } from "../notices/messages";
import { enqueueNotice } from "../notices/notice.store";
import type { PayGateClient } from "../paygate/paygate-client";
import { type PayWebFields, RESULT_FIELDS, TransactionStatus } from "../paygate/protocol";
import type { WalletDb } from "../wallet/wallet.store";
import { recordPayGateEvent, updateTopUp } from "./top-up.store";
import type { CardVaultSeal } from "../saved-card/card-vault-seal";
import { saveCardFromTopUp } from "../saved-card/saved-card.service";
import { TopUpStatus } from "./top-up.type";

/** Who said it: only PayGate's answer to our own query settles a top-up; a notify or return only prompts the query. */
export type SettlementSource = "notify" | "query" | "return";

/** What a message from PayGate did. Only `credited` moved money. */
export type SettlementOutcome =
  | "credited"
  | "declined"
  | "cancelled"
  | "still_pending"
  | "duplicate"
  | "conflicting_status"
  | "rejected_checksum"
  | "rejected_amount"
  | "rejected_currency"
  | "rejected_pay_request"
  | "unknown_reference";

export interface Settlement {
  outcome: SettlementOutcome;
  topUpId: string | null;
}

const FINAL: readonly string[] = [
  TopUpStatus.APPROVED,
  TopUpStatus.DECLINED,
  TopUpStatus.CANCELLED,
  TopUpStatus.FAILED,
  TopUpStatus.EXPIRED,
];

/** PayGate's TRANSACTION_STATUS → our final status; 0 (not done) and 5 (received) are not final. */
const FINAL_STATUS_OF = new Map<string | undefined, TopUpStatus>([
  [TransactionStatus.APPROVED, TopUpStatus.APPROVED],
  [TransactionStatus.DECLINED, TopUpStatus.DECLINED],
  [TransactionStatus.SETTLEMENT_VOIDED, TopUpStatus.DECLINED],
  [TransactionStatus.CANCELLED, TopUpStatus.CANCELLED],
  [TransactionStatus.USER_CANCELLED, TopUpStatus.CANCELLED],
]);
const finalStatusOf = (transactionStatus: string | undefined) => FINAL_STATUS_OF.get(transactionStatus) ?? null;

/** What settling needs besides the database. */
export interface SettlementDeps {
  paygate: PayGateClient;
  log: (line: string) => void;
  /** Told when PayGate took a payment we could not credit; null: the log only. */
  alertEmail: string | null;
  /** Seals the vault id of a card kept with an approved top-up. */
  cardVault: CardVaultSeal;
}

/** Genuine messages that mean money may have been taken without a credit: a person must look. */
const NEEDS_A_PERSON: readonly SettlementOutcome[] = [
  "rejected_amount",
  "rejected_currency",
  "rejected_pay_request",
  "conflicting_status",
];

/**
 * Applies PayGate's answer to our own query.trans (`confirmWithPayGate` asks it when a notify or a
 * return arrives; reconciliation asks it on a schedule). The signature is checked first (a forged message
 * is only logged: nothing is read or written for it); then, under a lock on the top-up row,
 * everything is checked against what we initiated — reference, pay request, amount, currency —
 * before the status is believed. Only APPROVED credits, once: a settled top-up is never settled
 * again, and the ledger entry's idempotency key is the top-up's id. Every genuine message is
 * recorded with its outcome.
 */
export async function settleFromPayGate(
  db: WalletDb,
  deps: SettlementDeps,
  fields: PayWebFields,
  source: SettlementSource,
  now: Date = systemClock(),
): Promise<Settlement> {
  if (!deps.paygate.verify(fields, RESULT_FIELDS)) {
    deps.log(`paygate ${source} REJECTED: rejected_checksum ${printable(fields)}`);
    return { outcome: "rejected_checksum", topUpId: null };
  }
  const settlement = await db.transaction(async (tx) => {
    const [top] = fields.REFERENCE
      ? await tx.select().from(topUps).where(eq(topUps.reference, fields.REFERENCE)).for("update")
      : [];
    const judged = judge(fields, top);
    if (judged) {
      if (top && NEEDS_A_PERSON.includes(judged.outcome)) await alert(tx, deps, top, judged, source);
      return record(tx, fields, source, top ?? null, judged.outcome, judged.detail);
    }

    const row = top!;
    const final = finalStatusOf(fields.TRANSACTION_STATUS);
    // A payment PayGate approves after we gave up waiting (expired, or lost on our side) is
    // still the customer's money: it is credited. Any other change of a final status is not.
    const lateApproval = final === TopUpStatus.APPROVED && (row.status === "expired" || row.status === "failed");
    if (FINAL.includes(row.status) && !lateApproval) {
      if (final === null || final === row.status) {
        return record(tx, fields, source, row, "duplicate", `already ${row.status}`);
      }
      const conflicting = {
        outcome: "conflicting_status" as const,
        detail: `already ${row.status}; PayGate now says ${describe(fields)}`,
      };
      await alert(tx, deps, row, conflicting, source);
      return record(tx, fields, source, row, conflicting.outcome, conflicting.detail);
    }
    if (final === null) {
      await updateTopUp(tx, row.id, { lastQueriedAt: now });
      return record(tx, fields, source, row, "still_pending", describe(fields));
    }
    const result = {
      status: final,
      resultCode: fields.RESULT_CODE ?? null,
      resultDescription: fields.RESULT_DESC ?? null,
      paygateTransactionId: fields.TRANSACTION_ID ?? null,
      payRequestId: row.payRequestId ?? fields.PAY_REQUEST_ID ?? null,
      settledAt: now,
      lastQueriedAt: now,
    };
    if (final !== TopUpStatus.APPROVED) {
      await updateTopUp(tx, row.id, result);
      const outcome = final === TopUpStatus.DECLINED ? "declined" : "cancelled";
      return record(tx, fields, source, row, outcome, describe(fields));
    }
    await credit(tx, row, fields, now, result);
    await saveCardFromTopUp(tx, row, fields, deps);
    return record(tx, fields, source, row, "credited", `R${formatScaled(row.amountCents, 2)} credited`);
  });
  const level = settlement.outcome === "unknown_reference" || NEEDS_A_PERSON.includes(settlement.outcome);
  deps.log(`paygate ${source} ${level ? "REJECTED" : "ok"}: ${settlement.outcome} ${printable(fields)}`);
  return settlement;
}

/** The fields a log line names, each cut to 64 printable characters: a message cannot forge log lines. */
export function printable(fields: PayWebFields): string {
  const clean = (value: string | undefined) =>
    value === undefined ? "-" : value.replace(/[^\x20-\x7e]/g, "?").slice(0, 64) || "-";
  return `reference=${clean(fields.REFERENCE)} pay_request=${clean(fields.PAY_REQUEST_ID)} status=${clean(fields.TRANSACTION_STATUS)} amount=${clean(fields.AMOUNT)}`;
}

/** What a person is told about a genuine message that could not be applied. */
export interface AlertReason {
  outcome: string;
  detail: string;
  /** What the person should look at; by default that money may have been taken without a credit. */
  advice?: string[];
}

const MONEY_MAY_BE_MISSING = [
  "PayGate may have taken the customer's money without the wallet being credited. Check the",
  "transaction in PayGate's merchant portal and credit or refund by hand (wallet_paygate_events",
  "holds every message received for this top-up).",
];

/** Logs, and e-mails the payments desk once per top-up and outcome, in the same transaction as the record. */
export async function alert(
  tx: WalletDb,
  deps: SettlementDeps,
  top: TopUpRow,
  reason: AlertReason,
  source: string,
): Promise<void> {
  deps.log(`paygate ALERT: top-up ${top.reference} (${top.id}) ${reason.outcome}: ${reason.detail}`);
  if (!deps.alertEmail) return;
  await enqueueNotice(tx, {
    walletId: top.walletId,
    kind: "payment_alert",
    dedupeKey: `payment-alert:${top.id}:${reason.outcome}`,
    recipient: deps.alertEmail,
    subject: `Payment needs a person: top-up ${top.reference} ${reason.outcome}`,
    body: [
      `PayGate's ${source} for top-up ${top.reference} (${top.id}) was genuine but could not be applied:`,
      "",
      `  ${reason.outcome}: ${reason.detail}`,
      "",
      `The top-up was initiated for R${formatScaled(top.amountCents, 2)} ${top.currency}; it is now ${top.status}.`,
      ...(reason.advice ?? MONEY_MAY_BE_MISSING),
    ].join("\n"),
  });
}

/** Why a genuine message must not be believed for this top-up, or null when it may. */
function judge(fields: PayWebFields, top: TopUpRow | undefined): { outcome: SettlementOutcome; detail: string } | null {
  if (!top) return { outcome: "unknown_reference", detail: `no top-up has reference ${fields.REFERENCE ?? "(none)"}` };
  if (top.payRequestId && top.payRequestId !== fields.PAY_REQUEST_ID) {
    return {
      outcome: "rejected_pay_request",
      detail: `pay request ${fields.PAY_REQUEST_ID} is not ${top.payRequestId}`,
    };
  }
  if (fields.AMOUNT !== top.amountCents.toString()) {
    return { outcome: "rejected_amount", detail: `amount ${fields.AMOUNT} cents, initiated ${top.amountCents}` };
  }
  if (fields.CURRENCY !== top.currency) {
    return { outcome: "rejected_currency", detail: `currency ${fields.CURRENCY}, initiated ${top.currency}` };
  }
  return null;
}

async function credit(
  tx: WalletDb,
  row: TopUpRow,
  fields: PayWebFields,
  now: Date,
  result: Partial<TopUpRow>,
): Promise<void> {
  const [wallet] = await tx.select().from(walletsTable).where(eq(walletsTable.id, row.walletId));
  const entry = await postEntry(
    tx,
    {
      organizationId: wallet!.organizationId,
      amountCents: row.amountCents,
      kind: EntryKind.TOP_UP,
      description: `Card top-up ${row.reference}`,
      idempotencyKey: `top-up:${row.id}`,
    },
    now,
  );
  await updateTopUp(tx, row.id, { ...result, entryId: entry.id });
  const receipt = receiptMessage({
    reference: row.reference,
    amountCents: row.amountCents,
    balanceCents: await sumEntries(tx, row.walletId),
    creditedAt: now,
    paygateTransactionId: fields.TRANSACTION_ID ?? "",
    authCode: fields.AUTH_CODE ?? "",
    cardType: fields.PAY_METHOD_DETAIL ?? "",
  });
  await enqueueNotice(tx, {
    walletId: row.walletId,
    kind: "top_up_receipt",
    dedupeKey: `receipt:${row.id}`,
    recipient: row.email,
    ...receipt,
  });
}

const describe = (fields: PayWebFields) =>
  `status ${fields.TRANSACTION_STATUS ?? "?"} (${fields.RESULT_CODE ?? "-"} ${fields.RESULT_DESC ?? ""})`.trim();

async function record(
  tx: WalletDb,
  fields: PayWebFields,
  source: SettlementSource,
  top: TopUpRow | null,
  outcome: SettlementOutcome,
  detail: string,
): Promise<Settlement> {
  await recordPayGateEvent(tx, { topUpId: top?.id ?? null, source, outcome, detail, fields });
  return { outcome, topUpId: top?.id ?? null };
}
