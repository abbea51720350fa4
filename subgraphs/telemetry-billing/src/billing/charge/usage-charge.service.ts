import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import { arrayParam, rowsOf } from "../../sql/sql-arrays";
import { type BillingDay, type BillingMonth, billingDayOf, billingMonthOf } from "../bill/billing-month";
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
        description: charge.day.includes(" for ")
          ? `VM usage of ${charge.day.split(" for ")[1]} settled on ${charge.day.split(" for ")[0]} (VAT included)`
          : `VM usage ${charge.day} (VAT included)`,
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

/**
 * The day's charge of each organisation with usage this month: its bill to the day's end less what
 * the month's earlier days charged. A month already closed is settled too, when an adjustment
 * reached it after its last day was charged (a late power-off): its bill less all it was charged.
 */
async function fixDay(tx: TelemetryDb, day: BillingDay, book: PriceBook): Promise<void> {
  // Another replica may have fixed it meanwhile: the progress row is the turn-taker.
  const done = rowsOf<{ fixed_until: string | Date }>(
    await tx.execute(sql`select fixed_until from charge_progress where id = 1 for update`),
  )[0];
  if (done && new Date(done.fixed_until) >= day.end) return;
  const month = billingMonthOf(day.start);
  await settle(tx, book, month, day.end, { day: day.label, key: (org) => chargeKey(org, day.label) });
  const closed = billingMonthOf(new Date(month.start.getTime() - 1));
  if (await adjustedSinceCharged(tx, closed)) {
    await settle(tx, book, closed, closed.end, {
      day: `${day.label} for ${closed.label}`,
      key: (org) => `usage:${org}:${closed.label}:settled-${day.label}`,
    });
  }
  await tx.execute(sql`
    insert into charge_progress (id, fixed_until) values (1, ${day.end.toISOString()}::timestamptz)
    on conflict (id) do update set fixed_until = excluded.fixed_until`);
}

/**
 * Charges towards `month` the difference between its bill up to `until` and what was charged
 * towards it already, per organisation with usage in it, as rows of `usage_charges`.
 */
async function settle(
  tx: TelemetryDb,
  book: PriceBook,
  month: BillingMonth,
  until: Date,
  row: { day: string; key: (organizationId: string) => string },
): Promise<void> {
  const organizations = rowsOf<{ organization_id: string }>(
    await tx.execute(sql`
      select distinct organization_id from vm_usage_hours
      where hour >= ${month.start.toISOString()}::timestamptz and hour < ${until.toISOString()}::timestamptz`),
  ).map((found) => found.organization_id);
  if (organizations.length === 0) return;
  const charged = new Map(
    rowsOf<{ organization_id: string; cents: string }>(
      await tx.execute(sql`
        select organization_id, sum(amount_cents)::text as cents from usage_charges
        where month = ${month.label} and organization_id = any(${arrayParam(organizations, "uuid")})
        group by organization_id`),
    ).map((found) => [found.organization_id, BigInt(found.cents)]),
  );
  const stretches = await findUsageStretches(
    tx,
    organizations,
    month.start,
    until,
    book.changeHours(month.start, month.end),
  );
  const charges = organizations
    .map((organizationId) => {
      const billed = priceUsage(stretches.get(organizationId) ?? [], book, month).totalCents;
      return { organizationId, amountCents: billed - (charged.get(organizationId) ?? 0n) };
    })
    .filter((charge) => charge.amountCents !== 0n);
  if (charges.length === 0) return;
  await tx.execute(sql`
    insert into usage_charges (organization_id, day, month, amount_cents, idempotency_key)
    select organization_id, ${row.day}, ${month.label}, amount_cents, idempotency_key
    from jsonb_to_recordset(${JSON.stringify(
      charges.map((c) => ({
        organization_id: c.organizationId,
        amount_cents: c.amountCents.toString(),
        idempotency_key: row.key(c.organizationId),
      })),
    )}::jsonb) as c(organization_id uuid, amount_cents bigint, idempotency_key text)
    on conflict do nothing`);
}

/** Whether an adjustment for `month` was metered after the last charge towards it was fixed. */
async function adjustedSinceCharged(tx: TelemetryDb, month: BillingMonth): Promise<boolean> {
  const rows = rowsOf<{ adjusted: boolean }>(
    await tx.execute(sql`
      select exists (
        select 1 from vm_usage_hours
        where revision > 0 and hour >= ${month.start.toISOString()}::timestamptz
          and hour < ${month.end.toISOString()}::timestamptz
          and metered_at > coalesce((select max(created_at) from usage_charges where month = ${month.label}), '-infinity')
      ) as adjusted`),
  );
  return rows[0]?.adjusted ?? false;
}
