import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { type NoticeRow, notices } from "../db/schema";
import type { WalletDb } from "../wallet/wallet.store";

export type NoticeKind =
  "top_up_receipt" | "low_balance" | "payment_alert" | "unpaid_usage" | "card_charge_receipt" | "auto_top_up_failure";

export interface NewNotice {
  walletId: string;
  kind: NoticeKind;
  /** One notice per cause; a second enqueue with the same key is ignored. */
  dedupeKey: string;
  recipient: string;
  subject: string;
  body: string;
}

/** Call inside the transaction that moved the money, so the notice exists exactly when the movement does. */
export async function enqueueNotice(db: WalletDb, notice: NewNotice): Promise<void> {
  await db.insert(notices).values(notice).onConflictDoNothing({ target: notices.dedupeKey });
}

/**
 * Claims up to `limit` due notices by pushing their next attempt `leaseSeconds` ahead, so another
 * sender (or this one after a crash) retries them only when the lease runs out.
 */
export async function claimDueNotices(db: WalletDb, now: Date, limit: number, leaseSeconds: number) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: notices.id })
      .from(notices)
      .where(and(isNull(notices.sentAt), lte(notices.nextAttemptAt, now)))
      .orderBy(asc(notices.createdAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(notices)
      .set({ attempts: sql`${notices.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + leaseSeconds * 1000) })
      .where(
        inArray(
          notices.id,
          due.map((row) => row.id),
        ),
      )
      .returning({
        id: notices.id,
        recipient: notices.recipient,
        subject: notices.subject,
        body: notices.body,
        attempts: notices.attempts,
      });
  });
}

export async function markNoticeSent(db: WalletDb, id: string, at: Date): Promise<void> {
  await db.update(notices).set({ sentAt: at, lastError: null }).where(eq(notices.id, id));
}

export async function markNoticeFailed(db: WalletDb, id: string, error: string, retryAt: Date): Promise<void> {
  await db
    .update(notices)
    .set({ lastError: error.slice(0, 500), nextAttemptAt: retryAt })
    .where(eq(notices.id, id));
}

export async function findNotices(db: WalletDb, walletId?: string): Promise<NoticeRow[]> {
  const query = db.select().from(notices);
  return (walletId ? query.where(eq(notices.walletId, walletId)) : query).orderBy(notices.createdAt);
}
