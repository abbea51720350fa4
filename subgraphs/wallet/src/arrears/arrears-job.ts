import type { WalletArrearsRow } from "../db/schema";
import { sumActiveHolds } from "../hold/hold.store";
import { sumEntries } from "../ledger/ledger.store";
import { enqueueNotice } from "../notices/notice.store";
import type { WalletDb } from "../wallet/wallet.store";
import type { OwnerContacts, VmSuspensions } from "./arrears-collaborators";
import { type ArrearsMessageKind, arrearsMessages } from "./arrears-messages";
import { findPendingArrears, type PendingArrears, stampArrears } from "./arrears.store";

const LAST_DAY_MS = 24 * 3_600_000;
const BATCH = 100;

export interface ArrearsJobDeps {
  /** Null without `WALLET_VMS_URL`: owners are e-mailed, nothing is powered off. */
  suspensions: VmSuspensions | null;
  /** Null without `WALLET_TENANCY_URL`: only the low-balance warning's address is e-mailed. */
  owners: OwnerContacts | null;
  /** The dashboard, for the wallet page's link. */
  webUrl: string;
  now: Date;
  log: (line: string) => void;
}

export interface ArrearsReport {
  noticesQueued: number;
  suspended: number;
  lifted: number;
  failed: number;
}

/**
 * The steps of each episode of unpaid usage, each done once and stamped: e-mail the owners at the
 * start, e-mail them again 24 h before the grace ends, then have the vms subgraph suspend the
 * organisation (and e-mail that); once settled, have vms lift it (and e-mail that). A step that
 * fails (tenancy or vms unreachable) is tried again next round; the calls are idempotent and the
 * e-mails deduplicated, so two replicas running it at once do no harm.
 */
export async function runArrearsJob(db: WalletDb, deps: ArrearsJobDeps): Promise<ArrearsReport> {
  const report: ArrearsReport = { noticesQueued: 0, suspended: 0, lifted: 0, failed: 0 };
  for (const pending of await findPendingArrears(db, BATCH)) {
    try {
      await advance(db, pending, deps, report);
    } catch (error) {
      report.failed += 1;
      deps.log(`unpaid usage of ${pending.organizationId}: ${(error as Error).message}; retrying next round`);
    }
  }
  return report;
}

async function advance(db: WalletDb, pending: PendingArrears, deps: ArrearsJobDeps, report: ArrearsReport) {
  const { arrears } = pending;
  const { now } = deps;
  if (arrears.settledAt) {
    if (!deps.suspensions) return;
    await deps.suspensions.lift(pending.organizationId);
    await stampAndTell(db, pending, "liftedAt", "lifted", deps, report);
    report.lifted += 1;
    return;
  }
  if (!arrears.startNoticeAt) await stampAndTell(db, pending, "startNoticeAt", "started", deps, report);
  if (!arrears.finalNoticeAt && now.getTime() >= arrears.graceEndsAt.getTime() - LAST_DAY_MS) {
    await stampAndTell(db, pending, "finalNoticeAt", "lastDay", deps, report);
  }
  if (!arrears.suspendedAt && now >= arrears.graceEndsAt && deps.suspensions) {
    await deps.suspensions.suspend(pending.organizationId, suspensionReason(arrears));
    await stampAndTell(db, pending, "suspendedAt", "suspended", deps, report);
    report.suspended += 1;
  }
}

const suspensionReason = (arrears: WalletArrearsRow) =>
  `Unpaid usage since ${arrears.startedAt.toISOString()}; grace period ended ${arrears.graceEndsAt.toISOString()}`;

/** Stamps the step and queues its e-mail to every recipient, in one transaction. */
async function stampAndTell(
  db: WalletDb,
  pending: PendingArrears,
  step: "startNoticeAt" | "finalNoticeAt" | "suspendedAt" | "liftedAt",
  message: ArrearsMessageKind,
  deps: ArrearsJobDeps,
  report: ArrearsReport,
) {
  const { arrears } = pending;
  const recipients = await recipientsOf(pending, deps);
  await db.transaction(async (tx) => {
    if (!(await stampArrears(tx, arrears.id, step, deps.now))) return;
    const available = (await sumEntries(tx, arrears.walletId)) - (await sumActiveHolds(tx, arrears.walletId, deps.now));
    const content = arrearsMessages[message]({
      shortfallCents: shortfallCents(available, pending.creditLimitCents),
      graceEndsAt: arrears.graceEndsAt,
      walletUrl: `${deps.webUrl}/wallet`,
    });
    for (const recipient of recipients) {
      await enqueueNotice(tx, {
        walletId: arrears.walletId,
        kind: "unpaid_usage",
        dedupeKey: `unpaid-usage:${arrears.id}:${message}:${recipient}`,
        recipient,
        ...content,
      });
      report.noticesQueued += 1;
    }
  });
}

/** What a top-up must add to bring available back to −credit limit (0 once it has). */
export function shortfallCents(availableCents: bigint, creditLimitCents: bigint): bigint {
  const owed = -creditLimitCents - availableCents;
  return owed > 0n ? owed : 0n;
}

async function recipientsOf(pending: PendingArrears, deps: ArrearsJobDeps): Promise<string[]> {
  const owners = deps.owners ? await deps.owners(pending.organizationId) : [];
  const all = new Set(owners.map((address) => address.toLowerCase()));
  if (pending.lowBalanceEmail) all.add(pending.lowBalanceEmail.toLowerCase());
  if (all.size === 0) deps.log(`unpaid usage of ${pending.organizationId}: no owner to e-mail`);
  return [...all].sort();
}
