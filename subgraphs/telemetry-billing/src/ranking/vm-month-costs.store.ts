import { sql } from "drizzle-orm";
import { findAllVmUsageStretches } from "../billing/bill/bill-usage.store";
import { billingMonthOf } from "../billing/bill/billing-month";
import { monthSoFar } from "../billing/bill/month-so-far";
import { priceUsage } from "../billing/bill/price-bill";
import type { TelemetryDb } from "../db/telemetry-db";
import { arrayParam, rowsOf } from "../sql/sql-arrays";

/**
 * Prices every VM's month so far exactly as `Vm.monthCost` does (the same stretches, price book
 * and projection) and replaces the kept copy in one transaction: two reading statements and one
 * write, whatever the number of VMs. Run after metering moved; between runs the figures cannot
 * change (prices of metered hours are never back-dated).
 */
export async function refreshVmMonthCosts(db: TelemetryDb, now: Date): Promise<{ month: string; vmCount: number }> {
  const so = await monthSoFar(db, now);
  const [toDate, recent] = await Promise.all([
    findAllVmUsageStretches(db, so.month.start, so.until, so.changes),
    findAllVmUsageStretches(db, so.runRateFrom, so.until, so.changes),
  ]);
  const rows = [...toDate].map(([vmId, { organizationId, stretches }]) => {
    const toDateCents = priceUsage(stretches, so.book, so.month).totalCents;
    const lastDay = priceUsage(recent.get(vmId)?.stretches ?? [], so.book, so.month).totalCents;
    return { vmId, organizationId, toDateCents, projectedCents: so.project(toDateCents, lastDay) };
  });
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from vm_month_costs`);
    if (rows.length === 0) return;
    await tx.execute(sql`
      insert into vm_month_costs (organization_id, month, vm_id, to_date_cents, projected_cents, metered_until)
      select organization_id, ${so.month.label}, vm_id, to_date_cents, projected_cents, ${so.until.toISOString()}::timestamptz
      from unnest(${arrayParam(
        rows.map((row) => row.organizationId),
        "uuid",
      )}, ${arrayParam(
        rows.map((row) => row.vmId),
        "uuid",
      )}, ${arrayParam(
        rows.map((row) => row.toDateCents.toString()),
        "bigint",
      )}, ${arrayParam(
        rows.map((row) => row.projectedCents.toString()),
        "bigint",
      )}) as costs(organization_id, vm_id, to_date_cents, projected_cents)`);
  });
  return { month: so.month.label, vmCount: rows.length };
}

/**
 * Whether the kept costs lag the metering watermark (or another month): true on the first pass
 * after an upgrade, after a restart that metered elsewhere, or when nothing was kept yet.
 */
export async function vmMonthCostsStale(db: TelemetryDb, now: Date): Promise<boolean> {
  const month = billingMonthOf(now);
  const row = rowsOf<{ watermark: string | Date | null; kept: string | Date | null; months: number }>(
    await db.execute(sql`
      select (select metered_until from metering_progress where id = 1) as watermark,
        (select max(metered_until) from vm_month_costs where month = ${month.label}) as kept,
        (select count(distinct month)::int from vm_month_costs where month <> ${month.label}) as months`),
  )[0];
  if (!row?.watermark) return false;
  const watermark = Math.min(Math.max(new Date(row.watermark).getTime(), month.start.getTime()), month.end.getTime());
  if (row.months > 0) return true;
  return watermark > month.start.getTime() && (row.kept === null || new Date(row.kept).getTime() !== watermark);
}
