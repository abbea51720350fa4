import { eq } from "drizzle-orm";
import { topUps, type TopUpRow } from "../db/schema";
import { PayGateError } from "../paygate/paygate-client";
import { type PayWebFields, RESULT_FIELDS } from "../paygate/protocol";
import type { WalletDb } from "../wallet/wallet.store";
import { alert, printable, type Settlement, type SettlementDeps, settleFromPayGate } from "./top-up-settlement";
import { recordPayGateEvent } from "./top-up.store";

/** What a notify did. Money moves only through the query's settlement. */
export type NotifyOutcome = "rejected_checksum" | "unknown_reference" | "confirmed" | "not_confirmed" | "query_failed";

export interface NotifyHandling {
  outcome: NotifyOutcome;
  topUpId: string | null;
  /** What PayGate's answer to our query did, when it answered. */
  settlement: Settlement | null;
}

/** The fields on which a notify must agree with PayGate's own answer before we call it confirmed. */
const MUST_AGREE = ["PAY_REQUEST_ID", "REFERENCE", "TRANSACTION_STATUS", "AMOUNT", "CURRENCY"] as const;

const KEY_MAY_BE_KNOWN = [
  "The notify was signed with our PayGate encryption key, yet PayGate itself does not say so.",
  "Whoever sent it may hold the key: rotate it in PayGate's Merchant Access Portal (and",
  "PAYGATE_ENCRYPTION_KEY). Nothing was credited on the notify's word.",
];

/**
 * PayGate's notify is the cue, never the proof: anyone holding the merchant key (PayGate's test
 * key is public) can sign one. A notify with a valid checksum for one of our top-ups makes us ask
 * PayGate ourselves (query.trans, server to server, with the pay request and reference from our
 * records); only that answer settles the top-up. A notify the answer contradicts is recorded as
 * `not_confirmed` and a person is told; when PayGate cannot be asked, the notify is refused so
 * PayGate sends it again, and reconciliation asks later in any case.
 */
export async function handleNotify(
  db: WalletDb,
  deps: SettlementDeps,
  fields: PayWebFields,
  now: Date,
): Promise<NotifyHandling> {
  if (!deps.paygate.verify(fields, RESULT_FIELDS)) {
    deps.log(`paygate notify REJECTED: rejected_checksum ${printable(fields)}`);
    return { outcome: "rejected_checksum", topUpId: null, settlement: null };
  }
  const [top] = fields.REFERENCE ? await db.select().from(topUps).where(eq(topUps.reference, fields.REFERENCE)) : [];
  if (!top) {
    await note(db, fields, null, "unknown_reference", "no top-up has this reference");
    deps.log(`paygate notify REJECTED: unknown_reference ${printable(fields)}`);
    return { outcome: "unknown_reference", topUpId: null, settlement: null };
  }

  const asked = await askPayGate(db, deps, top, now);
  if (asked.kind === "unreachable") {
    await note(db, fields, top, "query_failed", `not credited, PayGate could not be asked: ${asked.reason}`);
    deps.log(`paygate notify for ${top.reference} not confirmed yet, PayGate will retry: ${asked.reason}`);
    return { outcome: "query_failed", topUpId: top.id, settlement: null };
  }
  const disagreement =
    asked.kind === "refused" ? `PayGate answers ERROR=${asked.code}` : differences(fields, asked.answer);
  if (asked.kind === "answered" && disagreement === null) {
    await note(db, fields, top, "confirmed", `PayGate's query agrees: ${asked.settlement.outcome}`);
    return { outcome: "confirmed", topUpId: top.id, settlement: asked.settlement };
  }
  const detail = `notify not confirmed by PayGate's query: ${disagreement}`;
  await db.transaction(async (tx) => {
    await alert(tx, deps, top, { outcome: "not_confirmed", detail, advice: KEY_MAY_BE_KNOWN }, "notify");
    await note(tx, fields, top, "not_confirmed", detail);
  });
  deps.log(`paygate notify REJECTED: not_confirmed ${printable(fields)}`);
  return { outcome: "not_confirmed", topUpId: top.id, settlement: asked.kind === "answered" ? asked.settlement : null };
}

type Asked =
  | { kind: "answered"; answer: PayWebFields; settlement: Settlement }
  | { kind: "refused"; code: string }
  | { kind: "unreachable"; reason: string };

/**
 * Asks PayGate about `top` and settles it by the answer, as reconciliation does. PayGate refusing
 * (an ERROR code, e.g. an unknown pay request) is an answer; no answer at all is `unreachable`.
 */
export async function askPayGate(db: WalletDb, deps: SettlementDeps, top: TopUpRow, now: Date): Promise<Asked> {
  let answer: PayWebFields;
  try {
    answer = await deps.paygate.query(top.payRequestId ?? "", top.reference);
  } catch (error) {
    if (error instanceof PayGateError && error.code !== null) return { kind: "refused", code: error.code };
    return { kind: "unreachable", reason: (error as Error).message };
  }
  return { kind: "answered", answer, settlement: await settleFromPayGate(db, deps, answer, "query", now) };
}

function differences(claimed: PayWebFields, answer: PayWebFields): string | null {
  const differing = MUST_AGREE.filter((name) => (claimed[name] ?? "") !== (answer[name] ?? ""));
  if (differing.length === 0) return null;
  // Cut and made printable: these values reach the log and an e-mail.
  const clean = (value = "") => value.replace(/[^\x20-\x7e]/g, "?").slice(0, 64);
  const show = (fields: PayWebFields) => differing.map((name) => `${name}=${clean(fields[name])}`).join(" ");
  return `notify says ${show(claimed)}; PayGate says ${show(answer)}`;
}

/** Every notify with a valid checksum is kept with what it led to. */
const note = (db: WalletDb, fields: PayWebFields, top: TopUpRow | null, outcome: NotifyOutcome, detail: string) =>
  recordPayGateEvent(db, { topUpId: top?.id ?? null, source: "notify", outcome, detail, fields });
