import { and, eq, lt } from "drizzle-orm";
import { topUps } from "../db/schema";
import { type PayGateClient, PayGateError } from "../paygate/paygate-client";
import type { WalletDb } from "../wallet/wallet.store";
import { settleFromPayGate, type SettlementOutcome } from "./top-up-settlement";
import { findPendingTopUps, updateTopUp } from "./top-up.store";
import { TopUpStatus } from "./top-up.type";

export interface ReconcileOptions {
  now?: Date;
  /** Ask about a pending top-up once it is this old and has not been asked about for as long. */
  quietSeconds?: number;
  /** Never paid after this long: PayGate's page has timed out, the top-up expires. */
  expireAfterHours?: number;
  limit?: number;
  log?: (line: string) => void;
}

export interface ReconcileReport {
  queried: number;
  outcomes: Partial<Record<SettlementOutcome | "expired" | "unreachable", number>>;
  abandonedInitiations: number;
}

/**
 * The safety net under the notify callback: asks PayGate (query.trans) about every top-up still
 * pending after a quiet spell and settles it exactly as a notify would. Also closes top-ups that
 * never reached PayGate (the process stopped mid-initiate) and ones never paid.
 */
export async function reconcilePendingTopUps(
  db: WalletDb,
  paygate: PayGateClient,
  options: ReconcileOptions = {},
): Promise<ReconcileReport> {
  const now = options.now ?? new Date();
  const log = options.log ?? console.log;
  const quiet = new Date(now.getTime() - (options.quietSeconds ?? 60) * 1000);
  const expiry = new Date(now.getTime() - (options.expireAfterHours ?? 24) * 3600_000);
  const report: ReconcileReport = { queried: 0, outcomes: {}, abandonedInitiations: 0 };
  const count = (key: keyof ReconcileReport["outcomes"]) => (report.outcomes[key] = (report.outcomes[key] ?? 0) + 1);

  for (const top of await findPendingTopUps(db, quiet, options.limit ?? 50)) {
    report.queried++;
    try {
      const answer = await paygate.query(top.payRequestId ?? "", top.reference);
      const { outcome } = await settleFromPayGate(db, paygate, answer, "query", now, log);
      if (outcome === "still_pending" && top.createdAt < expiry) {
        await updateTopUp(db, top.id, { status: TopUpStatus.EXPIRED, settledAt: now });
        count("expired");
      } else count(outcome);
    } catch (error) {
      if (!(error instanceof PayGateError)) throw error;
      await updateTopUp(db, top.id, { lastQueriedAt: now });
      log(`paygate query for ${top.reference} failed, will ask again: ${error.message}`);
      count("unreachable");
    }
  }

  const abandoned = await db
    .update(topUps)
    .set({
      status: TopUpStatus.FAILED,
      resultDescription: "Never registered with PayGate",
      settledAt: now,
    })
    .where(and(eq(topUps.status, TopUpStatus.INITIATING), lt(topUps.createdAt, new Date(now.getTime() - 10 * 60_000))))
    .returning({ id: topUps.id });
  report.abandonedInitiations = abandoned.length;
  return report;
}
