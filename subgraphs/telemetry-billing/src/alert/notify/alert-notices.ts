import type { TelemetryDb } from "../../db/telemetry-db";
import { type AlertNotifier, noticeOf } from "./alert-notifier";
import { claimDueNotices, findVmNames, markNoticeFailed, markNotified } from "./alert-notices.store";

const BATCH = 50;
const MAX_BATCHES = 10;
const LEASE_SECONDS = 300;
const MAX_BACKOFF_SECONDS = 3600;

/**
 * Sends every e-mail due: for each alert its "fired" notice, then (once resolved) its "resolved"
 * notice, each marked sent as soon as the notifier took it. Runs after the evaluation committed,
 * so a notice exists exactly when its alert does. A failure is retried later with growing pauses
 * (30 s, 1 min, 2 min… up to an hour). A crash between handing a notice over and marking it
 * repeats that one notice: at least once, and never again after it was marked.
 */
export async function sendAlertNotices(
  db: TelemetryDb,
  notifier: AlertNotifier,
  now: Date,
  log: (line: string) => void,
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const due = await claimDueNotices(db, now, BATCH, LEASE_SECONDS);
    const names = await findVmNames(
      db,
      due.map((alert) => alert.vmId),
    );
    for (const alert of due) {
      const vmName = names.get(alert.vmId) ?? null;
      try {
        if (!alert.firedNotifiedAt) {
          sent += await notifier.notify(noticeOf(alert, "fired", vmName));
          await markNotified(db, alert.id, "fired", now);
        }
        if (alert.resolvedAt && !alert.resolvedNotifiedAt) {
          sent += await notifier.notify(noticeOf(alert, "resolved", vmName));
          await markNotified(db, alert.id, "resolved", now);
        }
      } catch (error) {
        failed += 1;
        const pause = Math.min(MAX_BACKOFF_SECONDS, 15 * 2 ** alert.noticeAttempts);
        const message = (error as Error).message;
        log(`alert ${alert.id}: e-mail not sent, retrying in ${pause} s: ${message}`);
        await markNoticeFailed(db, alert.id, message, new Date(now.getTime() + pause * 1000));
      }
    }
    if (due.length < BATCH) break;
  }
  return { sent, failed };
}
