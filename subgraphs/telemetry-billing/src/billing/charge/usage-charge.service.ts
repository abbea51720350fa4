import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import { arrayParam, rowsOf } from "../../sql/sql-arrays";
import { type BillingDay, type BillingMonth, billingDayOf, billingMonthOf } from "../bill/billing-month";
import { findUsageStretches } from "../bill/bill-usage.store";
import { priceUsage } from "../bill/price-bill";
import { loadPriceBook, type PriceBook } from "../pricing/price-book";
import { type UsageChargeSink, UsageChargeRefused } from "./wallet-charges.client";

/** Rounds of one charge per organisation in a pass at most (a year of days); the rest wait. */
const MAX_ROUNDS_PER_PASS = 400;

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
  let posted = 0;
  let error: string | undefined;
  // Each round sends every organisation's oldest unconfirmed charge, so an organisation's days go
  // in order and one the wallet refuses (no wallet yet) holds up only its own. A wallet that
  // cannot be reached ends the pass.
  const refused = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS_PER_PASS; round += 1) {
    const oldest = rowsOf<PendingCharge>(
      await db.execute(sql`
        select distinct on (organization_id) organization_id, day, amount_cents::text, idempotency_key
        from usage_charges where posted_at is null
          and not organization_id = any(${arrayParam([...refused], "uuid")})
        order by organization_id, created_at, day`),
    );
    if (oldest.length === 0) break;
    for (const charge of oldest) {
      try {
        await post(toRequest(charge));
      } catch (failure) {
        error ??= (failure as Error).message;
        if (!(failure instanceof UsageChargeRefused)) return { daysFixed, posted, error };
        refused.add(charge.organization_id);
        continue;
      }
      await db.execute(sql`
        update usage_charges set posted_at = now()
        where organization_id = ${charge.organization_id}::uuid and day = ${charge.day}`);
      posted += 1;
    }
  }
  return error === undefined ? { daysFixed, posted } : { daysFixed, posted, error };
}

interface PendingCharge {
  organization_id: string;
  day: string;
  amount_cents: string;
  idempotency_key: string;
}

function toRequest(charge: PendingCharge) {
  const [day, settledMonth] = charge.day.split(" for ");
  return {
    organizationId: charge.organization_id,
    amountCents: BigInt(charge.amount_cents),
    description: settledMonth
      ? `VM usage of ${settledMonth} settled on ${day} (VAT included)`
      : `VM usage ${day} (VAT included)`,
    idempotencyKey: charge.idempotency_key,
  };
}

async function fixMeteredDays(db: TelemetryDb): Promise<number> {
  // The day after the last fixed one (its end is the next day's start), else the first change's day.
  const progress = rowsOf<{ metered_until: string | Date | null; from: string | Date | null }>(
    await db.execute(sql`
      select (select metered_until from metering_progress where id = 1) as metered_until,
        coalesce((select fixed_until from charge_progress where id = 1),
          (select min(occurred_at) from vm_usage_changes)) as from`),
  )[0];
  if (!progress?.metered_until || !progress.from) return 0;
  const meteredUntil = new Date(progress.metered_until);
  let day = billingDayOf(new Date(progress.from));
  const book = await loadPriceBook(db);
  // Before the first price copy (the catalog not yet reachable at start) a day would be fixed at
  // nothing: its charge would only follow with the next day's. Wait for prices instead.
  if (book.isEmpty) return 0;
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
  // A re-metering run in progress finishes first, so its adjustments are either in this day's
  // figures or written after it (and so settled later), never lost between the two.
  await tx.execute(sql`select 1 from metering_progress where id = 1 for share`);
  const month = billingMonthOf(day.start);
  await settle(tx, book, month, day.end, { day: day.label, key: (org) => chargeKey(org, day.label) });
  for (const closed of await monthsAdjustedSinceCharged(tx, month)) {
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
  // Every organisation that ever had a VM (the changes are few; one with no usage bills nothing).
  const organizations = rowsOf<{ organization_id: string }>(
    await tx.execute(
      sql`select distinct organization_id from vm_usage_changes where occurred_at < ${until.toISOString()}::timestamptz`,
    ),
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
    insert into usage_charges (organization_id, day, month, amount_cents, idempotency_key, created_at)
    select organization_id, ${row.day}, ${month.label}, amount_cents, idempotency_key, clock_timestamp()
    from jsonb_to_recordset(${JSON.stringify(
      charges.map((c) => ({
        organization_id: c.organizationId,
        amount_cents: c.amountCents.toString(),
        idempotency_key: row.key(c.organizationId),
      })),
    )}::jsonb) as c(organization_id uuid, amount_cents bigint, idempotency_key text)
    on conflict do nothing`);
}

/** Months before `month` with an adjustment metered after the last charge towards them was fixed. */
async function monthsAdjustedSinceCharged(tx: TelemetryDb, month: BillingMonth): Promise<BillingMonth[]> {
  const rows = rowsOf<{ hour: string | Date }>(
    await tx.execute(sql`
      select distinct on (to_char(h.hour + interval '2 hours', 'YYYY-MM')) h.hour
      from vm_usage_hours h
      where h.revision > 0 and h.hour < ${month.start.toISOString()}::timestamptz
        and h.metered_at > coalesce((select max(c.created_at) from usage_charges c
          where c.month = to_char(h.hour + interval '2 hours', 'YYYY-MM')), '-infinity')`),
  );
  return rows.map((row) => billingMonthOf(new Date(row.hour)));
}
