import { systemClock } from "@dcx/kit";
import { claimDueNotices, markNoticeFailed, markNoticeSent } from "./notice.store";
import type { WalletDb } from "../wallet/wallet.store";

/** Anything that delivers a plain-text e-mail (the kit's outbox or SMTP mailers). */
export interface NoticeMailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

const BATCH = 20;
const LEASE_SECONDS = 300;
const MAX_BACKOFF_SECONDS = 3600;

/**
 * Sends every due notice once; a failure is retried later with growing pauses (30 s, 1 min, 2 min…
 * up to an hour). Delivery is at least once: a crash between handing a message over and marking
 * it sent repeats that one message.
 */
export async function sendDueNotices(
  db: WalletDb,
  mailer: NoticeMailer,
  now: Date = systemClock(),
): Promise<{ sent: number; failed: number }> {
  const due = await claimDueNotices(db, now, BATCH, LEASE_SECONDS);
  let sent = 0;
  let failed = 0;
  for (const notice of due) {
    try {
      await mailer.send({ to: notice.recipient, subject: notice.subject, text: notice.body });
      await markNoticeSent(db, notice.id, new Date());
      sent++;
    } catch (error) {
      const pause = Math.min(MAX_BACKOFF_SECONDS, 15 * 2 ** notice.attempts);
      await markNoticeFailed(db, notice.id, (error as Error).message, new Date(now.getTime() + pause * 1000));
      failed++;
    }
  }
  return { sent, failed };
}
