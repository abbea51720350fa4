import type { WalletDb } from "@dcx/wallet";
import { sql } from "drizzle-orm";
import { shortfallCents } from "../../../subgraphs/wallet/src/arrears/arrears-job";
import { usageRunway } from "../../../subgraphs/wallet/src/wallet/usage-runway";
import type { WalletAnswer } from "./dashboard-answer";
import { centsAnswer, moneyAnswer } from "./money-answer";
import { isoOf, rowsOf } from "./sql-text";

/** Days of usage charges the runway averages, as the wallet subgraph's `BURN_DAYS`. */
const BURN_DAYS = 3;

type Row = {
  id: string;
  currency: string;
  credit_limit_cents: string;
  balance_cents: string;
  held_cents: string;
  daily_cents: string | null;
  grace_ends_at: string | null;
  suspended_at: string | null;
};

/**
 * The organisation's wallet (null before one is opened), in one statement: its balance (the sum of
 * its ledger), what active unexpired holds keep from it, the average of the newest `BURN_DAYS`
 * daily usage charges (keys `usage:<organisation>:<yyyy-mm-dd>`, newest by key, as the subgraph
 * picks them) and its open arrears episode. Runway and shortfall are the subgraph's own functions.
 */
export async function readWallet(db: WalletDb, organizationId: string, now: Date): Promise<WalletAnswer | null> {
  const [row] = rowsOf<Row>(
    await db.execute(sql`
      select w.id::text as id, w.currency, w.credit_limit_cents::text as credit_limit_cents,
        (select coalesce(sum(e.amount_cents), 0)::text from wallet_entries e where e.wallet_id = w.id) as balance_cents,
        (select coalesce(sum(h.amount_cents), 0)::text from wallet_holds h
          where h.wallet_id = w.id and h.status = 'active' and h.expires_at > ${now.toISOString()}::timestamptz) as held_cents,
        (select case when count(*) > 0 then round(sum(-recent.amount_cents)::numeric / count(*))::bigint::text end
          from (
            select e.amount_cents from wallet_entries e
            where e.wallet_id = w.id and e.idempotency_key ~ '^usage:[^:]+:[0-9]{4}-[0-9]{2}-[0-9]{2}$'
            order by e.idempotency_key desc limit ${BURN_DAYS}::int
          ) recent) as daily_cents,
        ${isoOf(sql`a.grace_ends_at`)} as grace_ends_at, ${isoOf(sql`a.suspended_at`)} as suspended_at
      from wallets w
      left join wallet_arrears a on a.wallet_id = w.id and a.settled_at is null
      where w.organization_id = ${organizationId}::uuid`),
  );
  if (!row) return null;
  const availableCents = BigInt(row.balance_cents) - BigInt(row.held_cents);
  const runway = row.daily_cents === null ? null : usageRunway(availableCents, BigInt(row.daily_cents), row.currency);
  return {
    id: row.id,
    balance: centsAnswer(BigInt(row.balance_cents), row.currency),
    usageRunway: runway && { days: runway.days, dailyUsage: moneyAnswer(runway.dailyUsage) },
    arrears:
      row.grace_ends_at === null
        ? null
        : {
            shortfall: centsAnswer(shortfallCents(availableCents, BigInt(row.credit_limit_cents)), row.currency),
            graceEndsAt: row.grace_ends_at,
            vmsSuspendedAt: row.suspended_at,
          },
  };
}
