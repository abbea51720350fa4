import { parseScaled } from "@dcx/kit";
import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import type { StoredVatByRate } from "../../db/invoice.schema";
import { arrayParam, rowsOf } from "../../sql/sql-arrays";
import { type BillingMonth, billingMonthOf, monthStarting } from "../bill/billing-month";
import type { ResoldInvoice } from "../commission/wholesale";
import type { InvoiceLineDraft } from "./invoice-lines";

export const monthOfLabel = (label: string): BillingMonth =>
  monthStarting(Number(label.slice(0, 4)), Number(label.slice(5, 7)) - 1);
export const followingMonth = (month: BillingMonth): BillingMonth => billingMonthOf(month.end);

/**
 * The month to close next: one whose close began and did not finish, else the month after the
 * last closed one, else the month of the first usage ever delivered (null before any).
 */
export async function nextMonthToClose(db: TelemetryDb): Promise<BillingMonth | null> {
  const [row] = rowsOf<{ unfinished: string | null; last: string | null; first_usage: string | Date | null }>(
    await db.execute(sql`
      select (select min(month) from billing_closes where finished_at is null) as unfinished,
        (select max(month) from billing_closes where finished_at is not null) as last,
        (select min(occurred_at) from vm_usage_changes) as first_usage`),
  );
  if (row?.unfinished) return monthOfLabel(row.unfinished);
  if (row?.last) return followingMonth(monthOfLabel(row.last));
  return row?.first_usage ? billingMonthOf(new Date(row.first_usage)) : null;
}

export async function meteredUntil(db: TelemetryDb): Promise<Date | null> {
  const [row] = rowsOf<{ metered_until: string | Date }>(
    await db.execute(sql`select metered_until from metering_progress where id = 1`),
  );
  return row ? new Date(row.metered_until) : null;
}

/**
 * Marks the month's close as begun (once) and answers when it first began, by the database's
 * clock: the one metering stamps records with, which late usage is compared against.
 */
export async function beginClose(db: TelemetryDb, month: BillingMonth): Promise<Date> {
  await db.execute(sql`
    insert into billing_closes (month, started_at) values (${month.label}, clock_timestamp())
    on conflict (month) do nothing`);
  const [row] = rowsOf<{ started_at: string | Date }>(
    await db.execute(sql`select started_at from billing_closes where month = ${month.label}`),
  );
  return new Date(row!.started_at);
}

export async function finishClose(db: TelemetryDb, month: BillingMonth, now: Date): Promise<number> {
  const [row] = rowsOf<{ invoice_count: number }>(
    await db.execute(sql`
      update billing_closes set finished_at = ${now.toISOString()}::timestamptz,
        invoice_count = (select count(*) from invoices where month = ${month.label})
      where month = ${month.label} returning invoice_count`),
  );
  return Number(row?.invoice_count ?? 0);
}

/** Organisations with metered usage in the month. */
export async function organizationsWithUsage(db: TelemetryDb, month: BillingMonth): Promise<string[]> {
  return rowsOf<{ organization_id: string }>(
    await db.execute(sql`
      select distinct organization_id from vm_usage_hours
      where hour >= ${month.start.toISOString()}::timestamptz and hour < ${month.end.toISOString()}::timestamptz`),
  ).map((row) => row.organization_id);
}

/**
 * Organisations whose usage of an earlier, closed month may have changed since it closed, by
 * month: adjustment records (revisions) of its hours written after the close began, and usage
 * changes for it delivered after that (a late change can also add a VM's first record of an
 * hour). A superset: pricing the month again decides what, if anything, is still to invoice.
 */
export async function lateUsageByMonth(db: TelemetryDb, before: BillingMonth): Promise<Map<string, string[]>> {
  const rows = rowsOf<{ month: string; organization_id: string }>(
    await db.execute(sql`
      with closes as (
        -- From a day before the close began: records written while it ran are looked at again.
        -- Months start at midnight in South African time (UTC+2).
        select month, started_at - interval '1 day' as since,
          ((month || '-01')::timestamp - interval '2 hours') at time zone 'UTC' as starts_at,
          ((month || '-01')::timestamp + interval '1 month' - interval '2 hours') at time zone 'UTC' as ends_at
        from billing_closes where month < ${before.label}
      )
      select c.month, h.organization_id from closes c
        join vm_usage_hours h on h.revision > 0 and h.hour >= c.starts_at and h.hour < c.ends_at
          and h.metered_at > c.since
      union
      select c.month, u.organization_id from closes c
        join vm_usage_changes u on u.occurred_at < c.ends_at and u.received_at > c.since`),
  );
  const byMonth = new Map<string, string[]>();
  for (const row of rows) byMonth.set(row.month, [...(byMonth.get(row.month) ?? []), row.organization_id]);
  return byMonth;
}

/** Every line invoiced so far for `month`'s usage to each organisation (its invoice and later adjustments). */
export async function invoicedUsage(
  db: TelemetryDb,
  organizationIds: readonly string[],
  month: string,
): Promise<Map<string, InvoiceLineDraft[]>> {
  const byOrganization = new Map<string, InvoiceLineDraft[]>(organizationIds.map((id) => [id, []]));
  if (organizationIds.length === 0) return byOrganization;
  const rows = rowsOf<StoredLineRow & { recipient_id: string }>(
    await db.execute(sql`
      select i.recipient_id, ${LINE_COLUMNS} from invoice_lines l join invoices i on i.id = l.invoice_id
      where i.recipient_id = any(${arrayParam(organizationIds, "uuid")}) and l.usage_month = ${month}
        and l.kind <> 'resold'`),
  );
  for (const row of rows) byOrganization.get(row.recipient_id)?.push(toLineDraft(row));
  return byOrganization;
}

/** The recipients already invoiced for the month. */
export async function invoicedRecipients(db: TelemetryDb, month: BillingMonth): Promise<Set<string>> {
  return new Set(
    rowsOf<{ recipient_id: string }>(
      await db.execute(sql`select recipient_id from invoices where month = ${month.label}`),
    ).map((row) => row.recipient_id),
  );
}

/** Resellers that invoiced a customer for the month. */
export async function resellersThatInvoiced(db: TelemetryDb, month: BillingMonth): Promise<string[]> {
  return rowsOf<{ issuer_id: string }>(
    await db.execute(
      sql`select distinct issuer_id from invoices where month = ${month.label} and issuer_kind = 'reseller'`,
    ),
  ).map((row) => row.issuer_id);
}

/** What each reseller invoiced each of its customers for the month, excluding VAT, per rate. */
export async function resoldInvoices(
  db: TelemetryDb,
  resellerIds: readonly string[],
  month: BillingMonth,
): Promise<Map<string, ResoldInvoice[]>> {
  const byReseller = new Map<string, ResoldInvoice[]>(resellerIds.map((id) => [id, []]));
  if (resellerIds.length === 0) return byReseller;
  const rows = rowsOf<{
    id: string;
    number: string;
    issuer_id: string;
    recipient_id: string;
    recipient_name: string;
    vat_by_rate: StoredVatByRate[];
  }>(
    await db.execute(sql`
      select id, number, issuer_id, recipient_id, recipient_name, vat_by_rate from invoices
      where issuer_id = any(${arrayParam(resellerIds, "uuid")}) and month = ${month.label}`),
  );
  for (const row of rows) {
    byReseller.get(row.issuer_id)?.push({
      customerId: row.recipient_id,
      customerName: row.recipient_name,
      invoiceId: row.id,
      invoiceNumber: row.number,
      taxableByRate: row.vat_by_rate.map((entry) => ({
        rate: parseScaled(entry.rate, 4),
        taxableCents: BigInt(entry.taxableCents),
      })),
    });
  }
  return byReseller;
}

export interface StoredLineRow {
  kind: InvoiceLineDraft["kind"];
  usage_month: string;
  group_label: string;
  vm_id: string | null;
  customer_id: string | null;
  sku: string | null;
  description: string;
  unit: string;
  quantity_scaled4: string;
  unit_price_micros: string;
  vat_rate: number;
  amount_cents: string;
}

export const LINE_COLUMNS = sql.raw(`l.kind, l.usage_month, l.group_label, l.vm_id, l.customer_id, l.sku,
  l.description, l.unit, l.quantity_scaled4::text, l.unit_price_micros::text, l.vat_rate, l.amount_cents::text`);

export const toLineDraft = (row: StoredLineRow): InvoiceLineDraft => ({
  kind: row.kind,
  usageMonth: row.usage_month,
  groupLabel: row.group_label,
  vmId: row.vm_id,
  customerId: row.customer_id,
  sku: row.sku,
  description: row.description,
  unit: row.unit,
  quantityScaled4: BigInt(row.quantity_scaled4),
  unitPriceMicros: BigInt(row.unit_price_micros),
  vatRate: BigInt(row.vat_rate),
  amountCents: BigInt(row.amount_cents),
});
