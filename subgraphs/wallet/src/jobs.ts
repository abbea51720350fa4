import type { ArrearsCollaborators } from "./arrears/arrears.config";
import { runArrearsJob } from "./arrears/arrears-job";
import { expireHolds } from "./hold/hold.service";
import { type NoticeMailer, sendDueNotices } from "./notices/notice-sender";
import { reconcilePendingTopUps } from "./top-up/reconcile";
import { runCardChargeJob } from "./saved-card/card-charge.job";
import { settlementDepsOf, type WalletDeps } from "./wallet.deps";
import type { WalletDb } from "./wallet/wallet.store";

export interface WalletJobIntervals {
  reconcileSeconds: number;
  noticeSeconds: number;
  holdSweepSeconds: number;
  arrearsSeconds: number;
  cardChargeSeconds: number;
}

/**
 * The wallet's background work, each on its own timer and never overlapping itself: asking PayGate
 * about quiet pending top-ups, sending queued e-mails, and expiring holds past their time (reads
 * already ignore them; the sweep makes it visible in `status`), and the steps of unpaid usage
 * (e-mails, suspending and lifting the organisation's VMs), and charging saved cards for
 * automatic top-ups (never inside a wallet transaction: a slow PayGate holds no lock).
 */
export function startWalletJobs(
  db: WalletDb,
  deps: WalletDeps,
  mailer: NoticeMailer,
  every: WalletJobIntervals,
  arrears: ArrearsCollaborators,
): { stop(): void } {
  const timers = [
    repeat("paygate reconciliation", every.reconcileSeconds, deps.log, async () => {
      const report = await reconcilePendingTopUps(db, settlementDepsOf(deps), { now: deps.clock() });
      if (report.queried || report.abandonedInitiations) {
        deps.log(`paygate reconciliation: ${JSON.stringify(report)}`);
      }
    }),
    repeat("notices", every.noticeSeconds, deps.log, async () => {
      const { sent, failed } = await sendDueNotices(db, mailer, deps.clock());
      if (sent || failed) deps.log(`notices: ${sent} sent, ${failed} to retry`);
    }),
    repeat("hold expiry", every.holdSweepSeconds, deps.log, async () => {
      const expired = await expireHolds(db, deps.clock());
      if (expired) deps.log(`holds: ${expired} expired`);
    }),
    repeat("unpaid usage", every.arrearsSeconds, deps.log, async () => {
      const report = await runArrearsJob(db, { ...arrears, webUrl: deps.webUrl, now: deps.clock(), log: deps.log });
      if (report.noticesQueued || report.suspended || report.lifted || report.failed) {
        deps.log(`unpaid usage: ${JSON.stringify(report)}`);
      }
    }),
    repeat("saved-card charges", every.cardChargeSeconds, deps.log, async () => {
      const report = await runCardChargeJob(db, deps.cards, deps.clock());
      if (report.charged || report.asked) deps.log(`saved-card charges: ${JSON.stringify(report)}`);
    }),
  ];
  return { stop: () => timers.forEach((timer) => clearInterval(timer)) };
}

function repeat(name: string, seconds: number, log: (line: string) => void, work: () => Promise<void>) {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    work()
      .catch((error: unknown) => log(`${name} failed: ${(error as Error).message}`))
      .finally(() => (running = false));
  }, seconds * 1000);
  timer.unref();
  return timer;
}
