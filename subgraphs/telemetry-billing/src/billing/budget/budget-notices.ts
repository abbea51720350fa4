import type { Mailer } from "@dcx/kit";
import type { TelemetryDb } from "../../db/telemetry-db";
import type { OrganizationContacts } from "../../alert/notify/organization-contacts";
import type { BudgetAlertRow } from "../../db/budget.schema";
import { budgetMessage } from "./budget-message";
import { claimDueBudgetNotices, markBudgetNoticeFailed, markBudgetNotified } from "./budget.store";

const BATCH = 50;
const LEASE_SECONDS = 300;
const MAX_BACKOFF_SECONDS = 3600;

/** E-mails one threshold to whoever handles the organisation's money; resolves to how many were sent. */
export type BudgetNotifier = (alert: BudgetAlertRow) => Promise<number>;

/** To the owners, admins and billing users (tenancy names them), one message each. */
export function createMailBudgetNotifier(options: {
  contacts: OrganizationContacts;
  mailer: Mailer;
  dashboardUrl: string;
  log: (line: string) => void;
}): BudgetNotifier {
  return async (alert) => {
    const recipients = await options.contacts.moneyContacts(alert.organizationId);
    if (recipients.length === 0) {
      options.log(`budget: organisation ${alert.organizationId} has nobody to e-mail`);
      return 0;
    }
    const { subject, body } = budgetMessage(alert, options.dashboardUrl.replace(/\/$/, ""));
    for (const to of recipients) await options.mailer.send({ to, subject, text: body });
    return recipients.length;
  };
}

/**
 * Sends the budget e-mails due, each marked as soon as the notifier took it; a failure is tried
 * again with growing pauses (30 s … 1 h). At least once: a crash between sending and marking
 * repeats that one e-mail.
 */
export async function sendBudgetNotices(
  db: TelemetryDb,
  notify: BudgetNotifier,
  now: Date,
  log: (line: string) => void,
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const alert of await claimDueBudgetNotices(db, now, BATCH, LEASE_SECONDS)) {
    try {
      sent += await notify(alert);
      await markBudgetNotified(db, alert, now);
    } catch (error) {
      failed += 1;
      const pause = Math.min(MAX_BACKOFF_SECONDS, 15 * 2 ** alert.noticeAttempts);
      log(`budget e-mail for ${alert.organizationId} not sent, retrying in ${pause} s: ${(error as Error).message}`);
      await markBudgetNoticeFailed(db, alert, (error as Error).message, new Date(now.getTime() + pause * 1000));
    }
  }
  return { sent, failed };
}
