import { systemClock } from "@dcx/kit";
import { and, eq, lt } from "drizzle-orm";
import { topUps } from "../db/schema";
import { PayGateError } from "../paygate/paygate-client";
import type { WalletDb } from "../wallet/wallet.store";
import { type SettlementDeps, settleFromPayGate, type SettlementOutcome } from "./top-up-settlement";
import { findPendingTopUps } from "./top-up.store";
import { TopUpStatus } from "./top-up.type";

export interface ReconcileOptions {
  now?: Date;
  /** Ask about a pending top-up once it is this old and has not been asked about for as long. */
  quietSeconds?: number;
  /** Never paid after this long: PayGate's page has timed out, the top-up expires. */
  expireAfterHours?: number;
  limit?: number;
}

export interface ReconcileReport {
  queried: number;
  outcomes: Partial<Record<SettlementOutcome | "expired" | "unreachable" | "failed", number>>;
  abandonedInitiations: number;
}

/**
 * The safety net under the notify callback: asks PayGate (query.trans) about every top-up still
 * pending after a quiet spell and settles it exactly as a notify would. Also closes top-ups that
 * never reached PayGate (the process stopped mid-initiate) and ones never paid.
 */
export async function reconcilePendingTopUps(
  db: WalletDb,
  deps: SettlementDeps,
  options: ReconcileOptions = {},
): Promise<ReconcileReport> {
  const now = options.now ?? systemClock();
  const quiet = new Date(now.getTime() - (options.quietSeconds ?? 60) * 1000);
  const expiry = new Date(now.getTime() - (options.expireAfterHours ?? 24) * 3600_000);
  const report: ReconcileReport = { queried: 0, outcomes: {}, abandonedInitiations: 0 };
  const count = (key: keyof ReconcileReport["outcomes"]) => (report.outcomes[key] = (report.outcomes[key] ?? 0) + 1);

  for (const top of await findPendingTopUps(db, quiet, options.limit ?? 50)) {
    report.queried++;
    // Whatever happens to one top-up, the others are still asked about.
    try {
      const answer = await deps.paygate.query(top.payRequestId ?? "", top.reference);
      const { outcome } = await settleFromPayGate(db, deps, answer, "query", now);
      if (outcome === "still_pending" && top.createdAt < expiry && (await expireIfPending(db, top.id, now))) {
        count("expired");
      } else count(outcome);
    } catch (error) {
      // PayGate answering with an ERROR (e.g. an unknown pay request) for a day-old top-up: never paid.
      const refused = error instanceof PayGateError && error.code !== null;
      if (refused && top.createdAt < expiry && (await expireIfPending(db, top.id, now))) {
        count("expired");
        continue;
      }
      deps.log(`paygate query for ${top.reference} failed, will ask again: ${(error as Error).message}`);
      count(error instanceof PayGateError ? "unreachable" : "failed");
    } finally {
      // Still pending (a rejected answer, an error): next in line only after another quiet spell.
      await db
        .update(topUps)
        .set({ lastQueriedAt: now })
        .where(and(eq(topUps.id, top.id), eq(topUps.status, TopUpStatus.PENDING)));
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

/** Expires a top-up only while it is still pending: a notify may have settled it meanwhile. */
async function expireIfPending(db: WalletDb, id: string, now: Date): Promise<boolean> {
  const expired = await db
    .update(topUps)
    .set({ status: TopUpStatus.EXPIRED, settledAt: now })
    .where(and(eq(topUps.id, id), eq(topUps.status, TopUpStatus.PENDING)))
    .returning({ id: topUps.id });
  return expired.length === 1;
}
