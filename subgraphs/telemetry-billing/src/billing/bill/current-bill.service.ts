import type { Visibility } from "@dcx/kit";
import type { TelemetryDb } from "../../db/telemetry-db";
import type { PriceBook } from "../pricing/price-book";
import type { BillingMonth } from "./billing-month";
import { findUsageStretches, findVmUsageStretches } from "./bill-usage.store";
import { monthSoFar } from "./month-so-far";
import { type PricedBill, priceUsage } from "./price-bill";

export interface CurrentBill extends PricedBill {
  organizationId: string;
  month: BillingMonth;
  /** Hours before this are in the bill; null before anything was metered this month. */
  meteredUntil: Date | null;
  /** Month to date plus the last day's run rate over the hours left, VAT included. */
  projectedTotalCents: bigint;
}

/**
 * Month-to-date bills of several organisations (each its own VMs), with a projection to the
 * month's end: three statements whatever the number of organisations — a DataLoader's batch.
 */
export async function findCurrentBills(
  db: TelemetryDb,
  organizationIds: readonly string[],
  now: Date,
  book?: PriceBook,
): Promise<CurrentBill[]> {
  const so = await monthSoFar(db, now, book);
  const [toDate, recent] = await Promise.all([
    findUsageStretches(db, [...organizationIds], so.month.start, so.until, so.changes),
    findUsageStretches(db, [...organizationIds], so.runRateFrom, so.until, so.changes),
  ]);
  return organizationIds.map((organizationId) => {
    const bill = priceUsage(toDate.get(organizationId) ?? [], so.book, so.month);
    const lastDay = priceUsage(recent.get(organizationId) ?? [], so.book, so.month);
    return {
      ...bill,
      organizationId,
      month: so.month,
      meteredUntil: so.meteredUntil,
      projectedTotalCents: so.project(bill.totalCents, lastDay.totalCents),
    };
  });
}

/** What single VMs cost this month so far and by its end at their last day's rate (VAT included). */
export interface VmMonthCost {
  toDateCents: bigint;
  projectedCents: bigint;
  meteredUntil: Date | null;
}

/** Month-to-date cost of many VMs, only of those the caller may see: three statements for any number. */
export async function findVmMonthCosts(
  db: TelemetryDb,
  vmIds: readonly string[],
  visible: Visibility,
  now: Date,
): Promise<VmMonthCost[]> {
  const so = await monthSoFar(db, now);
  const [toDate, recent] = await Promise.all([
    findVmUsageStretches(db, vmIds, visible, so.month.start, so.until, so.changes),
    findVmUsageStretches(db, vmIds, visible, so.runRateFrom, so.until, so.changes),
  ]);
  return vmIds.map((vmId) => {
    const toDateCents = priceUsage(toDate.get(vmId) ?? [], so.book, so.month).totalCents;
    const lastDay = priceUsage(recent.get(vmId) ?? [], so.book, so.month).totalCents;
    return { toDateCents, projectedCents: so.project(toDateCents, lastDay), meteredUntil: so.meteredUntil };
  });
}
