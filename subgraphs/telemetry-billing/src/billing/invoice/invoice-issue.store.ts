import { formatScaled, isUniqueViolation } from "@dcx/kit";
import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import { rowsOf } from "../../sql/sql-arrays";
import type { BillingMonth } from "../bill/billing-month";
import type { Resale } from "../commission/wholesale";
import { invoiceTotals, type InvoiceLineDraft, orderLines } from "./invoice-lines";
import { formatInvoiceNumber, prefixCandidates } from "./invoice-number";

export interface PartySnapshot {
  id: string;
  name: string;
  address: string | null;
  vatNumber: string | null;
}

export interface InvoiceDraft {
  month: BillingMonth;
  issuer: PartySnapshot & { kind: "provider" | "reseller"; prefix?: string };
  recipient: PartySnapshot & { kind: "customer" | "reseller" };
  lines: InvoiceLineDraft[];
  /** For a reseller: its commission statement, written with the invoice. */
  commission?: { percent: string; statement: Resale["statement"] };
}

export interface IssuedInvoice {
  id: string;
  number: string;
}

/**
 * Issues one invoice in its own transaction: the issuer's counter for the year is locked first,
 * then the recipient is checked for an invoice of the month (a closer that ran meanwhile issued
 * it: null), then the number is taken with the invoice and its lines written. A failure rolls the
 * counter back with the rest, so numbers have no gaps; two closers take turns on the counter.
 * `prefixes` keeps the issuers' prefixes for a run of many invoices (a prefix never changes).
 */
export async function issueInvoice(
  db: TelemetryDb,
  draft: InvoiceDraft,
  issuedAt: Date,
  prefixes = new Map<string, string>(),
): Promise<IssuedInvoice | null> {
  const prefix =
    prefixes.get(draft.issuer.id) ??
    (await issuerPrefix(db, draft.issuer.id, draft.issuer.prefix ?? draft.issuer.name));
  prefixes.set(draft.issuer.id, prefix);
  const year = Number(draft.month.label.slice(0, 4));
  try {
    return await db.transaction(async (transaction) => {
      const tx = transaction as unknown as TelemetryDb;
      const last = await lockCounter(tx, draft.issuer.id, year);
      const existing = await tx.execute(
        sql`select 1 from invoices where recipient_id = ${draft.recipient.id}::uuid and month = ${draft.month.label}`,
      );
      if (rowsOf(existing).length > 0) return null;
      const number = formatInvoiceNumber(prefix, year, last + 1);
      await tx.execute(sql`
        update invoice_counters set last_number = ${last + 1}
        where issuer_id = ${draft.issuer.id}::uuid and year = ${year}`);
      const id = await insertInvoice(tx, draft, number, issuedAt);
      if (draft.commission) await insertStatement(tx, draft, id, issuedAt);
      return { id, number };
    });
  } catch (error) {
    // Another issuer invoiced the recipient for the month meanwhile (its parent changed): keep theirs.
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** The issuer's prefix, chosen on its first invoice: the configured or derived one, numbered if taken. */
async function issuerPrefix(db: TelemetryDb, issuerId: string, wanted: string): Promise<string> {
  const known = async () =>
    rowsOf<{ prefix: string }>(
      await db.execute(sql`select prefix from invoice_issuers where issuer_id = ${issuerId}::uuid`),
    )[0]?.prefix;
  const found = await known();
  if (found) return found;
  for (const candidate of prefixCandidates(wanted)) {
    await db.execute(sql`
      insert into invoice_issuers (issuer_id, prefix) values (${issuerId}::uuid, ${candidate})
      on conflict do nothing`);
    const chosen = await known();
    if (chosen) return chosen;
  }
  throw new Error(`no free invoice prefix for ${wanted}`);
}

/** The issuer's last number of the year, its counter row locked until the transaction ends (made on first use). */
async function lockCounter(tx: TelemetryDb, issuerId: string, year: number): Promise<number> {
  // "do update" locks the row it finds, so one statement both creates and locks it.
  const rows = rowsOf<{ last_number: number }>(
    await tx.execute(sql`
      insert into invoice_counters (issuer_id, year, last_number) values (${issuerId}::uuid, ${year}, 0)
      on conflict (issuer_id, year) do update set last_number = invoice_counters.last_number
      returning last_number`),
  );
  return Number(rows[0]!.last_number);
}

async function insertInvoice(tx: TelemetryDb, draft: InvoiceDraft, number: string, issuedAt: Date): Promise<string> {
  const lines = orderLines(draft.lines);
  const totals = invoiceTotals(lines);
  const { issuer, recipient, month } = draft;
  const vatByRate = totals.vatByRate.map((entry) => ({
    rate: formatScaled(entry.rate, 4),
    taxableCents: entry.taxableCents.toString(),
    vatCents: entry.vatCents.toString(),
  }));
  const [row] = rowsOf<{ id: string }>(
    await tx.execute(sql`
      insert into invoices (number, month, period_start, period_end, issued_at,
        issuer_id, issuer_kind, issuer_name, issuer_address, issuer_vat_number,
        recipient_id, recipient_kind, recipient_name, recipient_address, recipient_vat_number,
        subtotal_cents, vat_cents, total_cents, vat_by_rate)
      values (${number}, ${month.label}, ${month.start.toISOString()}::timestamptz, ${month.end.toISOString()}::timestamptz,
        ${issuedAt.toISOString()}::timestamptz,
        ${issuer.id}::uuid, ${issuer.kind}, ${issuer.name}, ${issuer.address}, ${issuer.vatNumber},
        ${recipient.id}::uuid, ${recipient.kind}, ${recipient.name}, ${recipient.address}, ${recipient.vatNumber},
        ${totals.subtotalCents.toString()}::bigint, ${totals.vatCents.toString()}::bigint,
        ${totals.totalCents.toString()}::bigint, ${JSON.stringify(vatByRate)}::jsonb)
      returning id`),
  );
  const id = row!.id;
  if (lines.length > 0) {
    await tx.execute(sql`
      insert into invoice_lines (invoice_id, position, kind, usage_month, group_label, vm_id, customer_id, sku,
        description, unit, quantity_scaled4, unit_price_micros, vat_rate, amount_cents)
      select ${id}::uuid, l.* from jsonb_to_recordset(${JSON.stringify(
        lines.map((line, position) => ({
          position,
          kind: line.kind,
          usage_month: line.usageMonth,
          group_label: line.groupLabel,
          vm_id: line.vmId,
          customer_id: line.customerId,
          sku: line.sku,
          description: line.description,
          unit: line.unit,
          quantity_scaled4: line.quantityScaled4.toString(),
          unit_price_micros: line.unitPriceMicros.toString(),
          vat_rate: Number(line.vatRate),
          amount_cents: line.amountCents.toString(),
        })),
      )}::jsonb) as l(position int, kind text, usage_month text, group_label text, vm_id uuid, customer_id uuid,
        sku text, description text, unit text, quantity_scaled4 bigint, unit_price_micros bigint, vat_rate int,
        amount_cents bigint)`);
  }
  return id;
}

async function insertStatement(tx: TelemetryDb, draft: InvoiceDraft, invoiceId: string, issuedAt: Date): Promise<void> {
  const { percent, statement } = draft.commission!;
  const [row] = rowsOf<{ id: string }>(
    await tx.execute(sql`
      insert into commission_statements (reseller_id, month, invoice_id, percent, billed_cents, margin_cents,
        due_cents, created_at)
      values (${draft.recipient.id}::uuid, ${draft.month.label}, ${invoiceId}::uuid, ${percent},
        ${statement.billedCents.toString()}::bigint, ${statement.marginCents.toString()}::bigint,
        ${statement.dueCents.toString()}::bigint, ${issuedAt.toISOString()}::timestamptz)
      returning id`),
  );
  if (statement.lines.length === 0) return;
  await tx.execute(sql`
    insert into commission_lines (statement_id, customer_id, customer_name, invoice_id, invoice_number,
      billed_cents, margin_cents, due_cents)
    select ${row!.id}::uuid, l.* from jsonb_to_recordset(${JSON.stringify(
      statement.lines.map((line) => ({
        customer_id: line.customerId,
        customer_name: line.customerName,
        invoice_id: line.invoiceId,
        invoice_number: line.invoiceNumber,
        billed_cents: line.billedCents.toString(),
        margin_cents: line.marginCents.toString(),
        due_cents: line.dueCents.toString(),
      })),
    )}::jsonb) as l(customer_id uuid, customer_name text, invoice_id uuid, invoice_number text,
      billed_cents bigint, margin_cents bigint, due_cents bigint)`);
}
