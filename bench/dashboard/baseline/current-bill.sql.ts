import { divideRoundHalfUp, parseScaled } from "@dcx/kit";
import type { TelemetryDb } from "@dcx/telemetry-billing";
import { sql } from "drizzle-orm";
import { type BillingMonth, billingMonthOf } from "../../../subgraphs/telemetry-billing/src/billing/bill/billing-month";
import { priceUsage, type UsageStretch } from "../../../subgraphs/telemetry-billing/src/billing/bill/price-bill";
import { randMoney } from "../../../subgraphs/telemetry-billing/src/billing/bill/priced-line.format";
import { STORAGE_TIERS } from "../../../subgraphs/telemetry-billing/src/billing/metering/metering.sql";
import { PriceBook } from "../../../subgraphs/telemetry-billing/src/billing/pricing/price-book";
import type { CurrentBillAnswer } from "./dashboard-answer";
import { moneyAnswer } from "./money-answer";
import { isoOf, rowsOf } from "./sql-text";

const HOUR_MS = 3_600_000;
/** The run rate a projection extends, as the subgraph's `monthSoFar` takes it: the last metered day. */
const RUN_RATE_HOURS = 24;

/** Sums of one VM's records over one stretch of constant prices, in the month so far or its last day. */
interface StretchRow {
  span: "month" | "day";
  vm_id: string;
  first_hour: string;
  exists_seconds: string;
  powered_on_seconds: string;
  vcpu_seconds: string;
  memory_mib_seconds: string;
  public_ip_seconds: string;
  licences: { sku: string; quantity: number }[] | null;
  [tierColumn: string]: unknown;
}

interface Row {
  until: string;
  run_rate_from: string;
  prices: { sku: string; name: string; unit: string; unitPrice: string; effectiveFrom: string }[];
  rates: { rate: string; effectiveFrom: string }[];
  stretches: StretchRow[];
}

/**
 * The organisation's bill for the billing month holding `now`, in one statement: how far metering
 * has gone (clamped to the month), the copied prices and VAT rates, and the organisation's metered
 * hours summed per VM and stretch between price changes, both over the month so far and over its
 * last metered day (the run rate). Pricing (730-hour month, each line rounded, VAT per rate) and
 * month boundaries are the subgraph's own functions; the projection is `monthSoFar`'s rule.
 */
export async function readCurrentBill(db: TelemetryDb, organizationId: string, now: Date): Promise<CurrentBillAnswer> {
  const month = billingMonthOf(now);
  const start = sql`${month.start.toISOString()}::timestamptz`;
  const end = sql`${month.end.toISOString()}::timestamptz`;
  const tiers = STORAGE_TIERS.map((t) => `sum(u.${t}_gb_seconds)::text as ${t}_gb_seconds`).join(", ");
  const [row] = rowsOf<Row>(
    await db.execute(sql`
      with bounds as (
        select until, greatest(${start}, until - make_interval(hours => ${RUN_RATE_HOURS}::int)) as run_rate_from
        from (select least(greatest(coalesce((select metered_until from metering_progress where id = 1), ${start}),
          ${start}), ${end}) as until) metered
      ),
      changes as (
        select coalesce(array_agg(hour order by hour), '{}'::timestamptz[]) as hours
        from (
          select distinct to_timestamp(floor(extract(epoch from effective_from) / 3600) * 3600) as hour
          from (select effective_from from billing_prices union all select effective_from from billing_vat_rates) taken
        ) change
        where hour > ${start} and hour < ${end}
      ),
      stretches as (
        select span.name as span, u.vm_id::text as vm_id, min(u.hour) as first_hour,
          sum(u.exists_seconds)::text as exists_seconds, sum(u.powered_on_seconds)::text as powered_on_seconds,
          sum(u.vcpu_seconds)::text as vcpu_seconds, sum(u.memory_mib_seconds)::text as memory_mib_seconds,
          ${sql.raw(tiers)}, sum(u.public_ip_seconds)::text as public_ip_seconds,
          (array_agg(u.licences order by u.hour desc, u.revision desc))[1] as licences
        from bounds cross join changes
        cross join lateral (values ('month', ${start}), ('day', bounds.run_rate_from)) as span(name, since)
        join vm_usage_hours u on u.organization_id = ${organizationId}::uuid
          and u.hour >= span.since and u.hour < bounds.until
        group by span.name, u.vm_id, width_bucket(u.hour, changes.hours)
      )
      select ${isoOf(sql`bounds.until`)} as until, ${isoOf(sql`bounds.run_rate_from`)} as run_rate_from,
        (select coalesce(json_agg(json_build_object('sku', p.sku, 'name', p.name, 'unit', p.unit,
          'unitPrice', p.unit_price::text, 'effectiveFrom', ${isoOf(sql`p.effective_from`)})), '[]') from billing_prices p) as prices,
        (select coalesce(json_agg(json_build_object('rate', r.rate::text,
          'effectiveFrom', ${isoOf(sql`r.effective_from`)})), '[]') from billing_vat_rates r) as rates,
        (select coalesce(json_agg(s), '[]') from stretches s) as stretches
      from bounds`),
  );
  const book = new PriceBook(
    row!.prices.map((p) => ({ ...p, micros: parseScaled(p.unitPrice, 6), effectiveFrom: new Date(p.effectiveFrom) })),
    row!.rates.map((r) => ({ rate: parseScaled(r.rate, 4), effectiveFrom: new Date(r.effectiveFrom) })),
  );
  const until = new Date(row!.until);
  const toDate = priceUsage(stretchesOf(row!.stretches, "month"), book, month).totalCents;
  const lastDay = priceUsage(stretchesOf(row!.stretches, "day"), book, month).totalCents;
  return {
    total: moneyAnswer(randMoney(toDate)),
    projectedTotal: moneyAnswer(
      randMoney(projectToMonthEnd(toDate, lastDay, month, until, new Date(row!.run_rate_from))),
    ),
    meteredUntil: until > month.start ? until.toISOString() : null,
  };
}

/** The month to date plus the run rate's total spread over the hours left (`monthSoFar`'s `project`). */
function projectToMonthEnd(
  toDateCents: bigint,
  runRateCents: bigint,
  month: BillingMonth,
  until: Date,
  runRateFrom: Date,
): bigint {
  const runRateHours = BigInt((until.getTime() - runRateFrom.getTime()) / HOUR_MS);
  const hoursLeft = BigInt((month.end.getTime() - until.getTime()) / HOUR_MS);
  return toDateCents + (runRateHours > 0n ? divideRoundHalfUp(runRateCents * hoursLeft, runRateHours) : 0n);
}

function stretchesOf(rows: StretchRow[], span: StretchRow["span"]): UsageStretch[] {
  return rows
    .filter((row) => row.span === span)
    .map((row) => ({
      vmId: row.vm_id,
      hour: new Date(row.first_hour),
      totals: {
        existsSeconds: BigInt(row.exists_seconds),
        poweredOnSeconds: BigInt(row.powered_on_seconds),
        vcpuSeconds: BigInt(row.vcpu_seconds),
        memoryMibSeconds: BigInt(row.memory_mib_seconds),
        storageGbSeconds: Object.fromEntries(
          STORAGE_TIERS.map((tier) => [tier, BigInt(row[`${tier}_gb_seconds`] as string)]),
        ) as Record<(typeof STORAGE_TIERS)[number], bigint>,
        publicIpSeconds: BigInt(row.public_ip_seconds),
        licences: row.licences ?? [],
      },
    }));
}
