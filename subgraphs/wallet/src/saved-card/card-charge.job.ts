import { and, asc, eq, lt, or, sql } from "drizzle-orm";
import { cardCharges } from "../db/schema";
import type { WalletDb } from "../wallet/wallet.store";
import { reviewAllAutoTopUps } from "./auto-top-up.service";
import { askAboutCharge, type CardChargeDeps, processCharge } from "./card-charge.service";
import { CardChargeStatus } from "./saved-card.type";

export interface CardChargeReport {
  charged: number;
  asked: number;
  outcomes: Partial<Record<CardChargeStatus, number>>;
}

/** A charge left `processing` this long was interrupted (the process stopped mid-call): PayGate is asked. */
const INTERRUPTED_MS = 5 * 60_000;

/**
 * The saved-card job: reviews every enabled automatic rule (the periodic check besides the
 * review at each balance change), charges queued top-ups through PayHost one by one outside any
 * wallet transaction, and asks PayGate about charges whose answer was lost.
 */
export async function runCardChargeJob(
  db: WalletDb,
  deps: CardChargeDeps,
  now: Date,
  options: { askAfterSeconds?: number; limit?: number } = {},
): Promise<CardChargeReport> {
  const report: CardChargeReport = { charged: 0, asked: 0, outcomes: {} };
  const count = (status: string) =>
    (report.outcomes[status as CardChargeStatus] = (report.outcomes[status as CardChargeStatus] ?? 0) + 1);
  await reviewAllAutoTopUps(db, now);

  const queued = await db
    .select({ id: cardCharges.id })
    .from(cardCharges)
    .where(eq(cardCharges.status, CardChargeStatus.QUEUED))
    .orderBy(asc(cardCharges.createdAt))
    .limit(options.limit ?? 20);
  for (const { id } of queued) {
    try {
      const row = await processCharge(db, deps, id, now);
      report.charged++;
      count(row.status);
    } catch (error) {
      deps.log(`card charge ${id} failed, will be asked about: ${(error as Error).message}`);
    }
  }

  const quiet = new Date(now.getTime() - (options.askAfterSeconds ?? 60) * 1000);
  const unsure = await db
    .select()
    .from(cardCharges)
    .where(
      or(
        and(
          eq(cardCharges.status, CardChargeStatus.UNKNOWN),
          sql`coalesce(${cardCharges.lastAskedAt}, ${cardCharges.createdAt}) <= ${quiet.toISOString()}::timestamptz`,
        ),
        and(
          eq(cardCharges.status, CardChargeStatus.PROCESSING),
          lt(cardCharges.lastAskedAt, new Date(now.getTime() - INTERRUPTED_MS)),
        ),
      ),
    )
    .orderBy(asc(cardCharges.createdAt))
    .limit(options.limit ?? 20);
  for (const charge of unsure) {
    const row = await askAboutCharge(db, deps, charge, now);
    report.asked++;
    count(row.status);
  }
  return report;
}
