import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import { arrayParam, rowsOf } from "../../sql/sql-arrays";
import { type BillingDay, billingDayOf, billingMonthOf } from "../bill/billing-month";
import { findUsageStretches } from "../bill/bill-usage.store";
import { priceUsage } from "../bill/price-bill";
import { loadPriceBook, type PriceBook } from "../pricing/price-book";
import type { UsageChargeSink } from "./wallet-charges.client";

/** Charges sent per pass at most; the rest wait for the next. */
const POSTS_PER_PASS = 500;
const MAX_FAILURES_PER_PASS = 5;

export interface ChargeReport {
  /** Days whose charges were fixed by this pass. */
  daysFixed: number;
  posted: number;
  /** The first failure, if any charge was not confirmed (it is sent again next pass). */
  error?: string;
}

export const chargeKey = (organizationId: string, day: string) => `usage:${organizationId}:${day}`;

const firstOf = (day: BillingDay) => `${day.label.slice(0, 8)}01`;

/**
 * Charges every organisation's metered usage to its wallet, a day (South African time) at a time,
 * once the day is wholly metered. Daily, not hourly: one ledger line a day per organisation keeps
 * a statement readable, and money still leaves within a day of its use. First each metered day's
 * amounts are fixed (in one transaction with the day's progress), then every charge not yet
 * confirmed is sent with its key; a failure leaves it for the next pass.
 */
export async function chargeUsage(db: TelemetryDb, post: UsageChargeSink): Promise<ChargeReport> {
  const daysFixed = await fixMeteredDays(db);
  const pending = rowsOf<{ organization_id: string; day: string; amount_cents: string; idempotency_key: string }>(
    await db.execute(sql`
      select organization_id, day, amount_cents::text, idempotency_key from usage_charges
      where posted_at is null order by day, organization_id limit ${POSTS_PER_PASS}`),
  );
  let posted = 0;
  let error: string | undefined;
  // One organisation's refusal (no wallet yet) must not hold up the others' charges; its own later
  // days wait behind it, in order. A wallet that keeps failing ends the pass.
  const refused = new Set<string>();
  for (const charge of pending) {
    if (refused.has(charge.organization_id)) continue;
    try {
      await post({
        organizationId: charge.organization_id,
        amountCents: BigInt(charge.amount_cents),
        description: `VM usage ${charge.day} (VAT included)`,
        idempotencyKey: charge.idempotency_key,
      });
    } catch (failure) {
      error ??= (failure as Error).message;
      refused.add(charge.organization_id);
      if (refused.size >= MAX_FAILURES_PER_PASS) break;
      continue;
    }
    await db.execute(sql`
      update usage_charges set posted_at = now()
      where organization_id = ${charge.organization_id}::uuid and day = ${charge.day}`);
    posted += 1;
  }
  return error === undefined ? { daysFixed, posted } : { daysFixed, posted, error };
}

async function fixMeteredDays(db: TelemetryDb): Promise<number> {
  const progress = rowsOf<{
    metered_until: string | Date | null;
    fixed_until: string | Date | null;
    first_hour: string | Date | null;
  }>(
    await db.execute(sql`
      select (select metered_until from metering_progress where id = 1) as metered_until,
        (select fixed_until from charge_progress where id = 1) as fixed_until,
        (select min(hour) from vm_usage_hours) as first_hour`),
  )[0];
  if (!progress?.metered_until || !progress.first_hour) return 0;
  const meteredUntil = new Date(progress.metered_until);
  // The day after the last fixed one (its end is the next day's start), or the first metered day.
  let day = billingDayOf(new Date(progress.fixed_until ?? progress.first_hour));
  const book = await loadPriceBook(db);
  let fixed = 0;
  while (day.end <= meteredUntil) {
    const current = day;
    await db.transaction(async (tx) => fixDay(tx as unknown as TelemetryDb, current, book));
    fixed += 1;
    day = billingDayOf(day.end);
  }
  return fixed;
}

/** The day's charge of each organisation with usage this month: its bill to the day's end less what the month's earlier days charged. */
async function fixDay(tx: TelemetryDb, day: BillingDay, book: PriceBook): Promise<void> {
  // Another replica may have fixed it meanwhile: the progress row is the turn-taker.
  const done = rowsOf<{ fixed_until: string | Date }>(
    await tx.execute(sql`select fixed_until from charge_progress where id = 1 for update`),
  )[0];
  if (done && new Date(done.fixed_until) >= day.end) return;
  const month = billingMonthOf(day.start);
  const organizations = rowsOf<{ organization_id: string }>(
    await tx.execute(sql`
      select distinct organization_id from vm_usage_hours
      where hour >= ${month.start.toISOString()}::timestamptz and hour < ${day.end.toISOString()}::timestamptz`),
  ).map((row) => row.organization_id);
  const charged = new Map(
    rowsOf<{ organization_id: string; cents: string }>(
      await tx.execute(sql`
        select organization_id, sum(amount_cents)::text as cents from usage_charges
        where day >= ${firstOf(day)} and day < ${day.label}
          and organization_id = any(${arrayParam(organizations, "uuid")})
        group by organization_id`),
    ).map((row) => [row.organization_id, BigInt(row.cents)]),
  );
  const stretches = await findUsageStretches(
    tx,
    organizations,
    month.start,
    day.end,
    book.changeHours(month.start, month.end),
  );
  const charges = organizations
    .map((organizationId) => {
      const toDate = priceUsage(stretches.get(organizationId) ?? [], book, month).totalCents;
      return { organizationId, amountCents: toDate - (charged.get(organizationId) ?? 0n) };
    })
    .filter((charge) => charge.amountCents !== 0n);
  if (charges.length > 0) {
    await tx.execute(sql`
      insert into usage_charges (organization_id, day, amount_cents, idempotency_key)
      select organization_id, ${day.label}, amount_cents, idempotency_key
      from jsonb_to_recordset(${JSON.stringify(
        charges.map((c) => ({
          organization_id: c.organizationId,
          amount_cents: c.amountCents.toString(),
          idempotency_key: chargeKey(c.organizationId, day.label),
        })),
      )}::jsonb) as c(organization_id uuid, amount_cents bigint, idempotency_key text)
      on conflict do nothing`);
  }
  await tx.execute(sql`
    insert into charge_progress (id, fixed_until) values (1, ${day.end.toISOString()}::timestamptz)
    on conflict (id) do update set fixed_until = excluded.fixed_until`);
}
