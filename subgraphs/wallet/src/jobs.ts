import type { ArrearsCollaborators } from "./arrears/arrears.config";
import { runArrearsJob } from "./arrears/arrears-job";
import { expireHolds } from "./hold/hold.service";
import { type NoticeMailer, sendDueNotices } from "./notices/notice-sender";
import { reconcilePendingTopUps } from "./top-up/reconcile";
import { runCardChargeJob } from "./saved-card/card-charge.job";
import { jobLock, type JobDatabase } from "./job-lock";
import { settlementDepsOf, type WalletDeps } from "./wallet.deps";
import type { WalletDb } from "./wallet/wallet.store";

export interface WalletJobIntervals {
  reconcileSeconds: number;
  noticeSeconds: number;
  holdSweepSeconds: number;
  arrearsSeconds: number;
  cardChargeSeconds: number;
}

export type WalletJobName =
  "paygate reconciliation" | "notices" | "hold expiry" | "unpaid usage" | "saved-card charges";

/** One round of a job: false when another round of it (another replica's) was running, so this one did nothing. */
export type WalletJobRound = () => Promise<boolean>;

/**
 * The wallet's background work, one round of each job at a time per database (every replica runs
 * the timers; a replica that finds a job's lock taken skips that round): asking PayGate about
 * quiet pending top-ups, sending queued e-mails, and expiring holds past their time (reads
 * already ignore them; the sweep makes it visible in `status`), and the steps of unpaid usage
 * (e-mails, suspending and lifting the organisation's VMs), and charging saved cards for
 * automatic top-ups (never inside a wallet transaction: a slow PayGate holds no lock). The rows
 * each job claims keep it right even without the lock; the lock keeps a round whose e-mail lease
 * ran out (a slow mail server) from racing another replica's round for the same e-mail.
 */
export function walletJobRounds(
  database: JobDatabase,
  deps: WalletDeps,
  mailer: NoticeMailer,
  arrears: ArrearsCollaborators,
): Record<WalletJobName, WalletJobRound> {
  const db: WalletDb = database.backgroundDb;
  const exclusive = (name: WalletJobName, work: () => Promise<void>): WalletJobRound => {
    const lock = jobLock(database, `wallet:${name}`);
    return async () => (await lock(work)).ran;
  };
  return {
    "paygate reconciliation": exclusive("paygate reconciliation", async () => {
      const report = await reconcilePendingTopUps(db, settlementDepsOf(deps), { now: deps.clock() });
      if (report.queried || report.abandonedInitiations) {
        deps.log(`paygate reconciliation: ${JSON.stringify(report)}`);
      }
    }),
    notices: exclusive("notices", async () => {
      const { sent, failed } = await sendDueNotices(db, mailer, deps.clock());
      if (sent || failed) deps.log(`notices: ${sent} sent, ${failed} to retry`);
    }),
    "hold expiry": exclusive("hold expiry", async () => {
      const expired = await expireHolds(db, deps.clock());
      if (expired) deps.log(`holds: ${expired} expired`);
    }),
    "unpaid usage": exclusive("unpaid usage", async () => {
      const report = await runArrearsJob(db, { ...arrears, webUrl: deps.webUrl, now: deps.clock(), log: deps.log });
      if (report.noticesQueued || report.suspended || report.lifted || report.failed) {
        deps.log(`unpaid usage: ${JSON.stringify(report)}`);
      }
    }),
    "saved-card charges": exclusive("saved-card charges", async () => {
      const report = await runCardChargeJob(db, deps.cards, deps.clock());
      if (report.charged || report.asked) deps.log(`saved-card charges: ${JSON.stringify(report)}`);
    }),
  };
}

/** Each job on its own timer, never overlapping itself in this process nor across replicas. */
export function startWalletJobs(
  database: JobDatabase,
  deps: WalletDeps,
  mailer: NoticeMailer,
  every: WalletJobIntervals,
  arrears: ArrearsCollaborators,
): { stop(): void } {
  const rounds = walletJobRounds(database, deps, mailer, arrears);
  const seconds: Record<WalletJobName, number> = {
    "paygate reconciliation": every.reconcileSeconds,
    notices: every.noticeSeconds,
    "hold expiry": every.holdSweepSeconds,
    "unpaid usage": every.arrearsSeconds,
    "saved-card charges": every.cardChargeSeconds,
  };
  const timers = (Object.keys(rounds) as WalletJobName[]).map((name) =>
    repeat(name, seconds[name], deps.log, rounds[name]),
  );
  return { stop: () => timers.forEach((timer) => clearInterval(timer)) };
}

function repeat(name: string, seconds: number, log: (line: string) => void, work: () => Promise<unknown>) {
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
