import { isUuid, seesNothing, type TimeCursor, type Visibility } from "@dcx/kit";
import { type SQL, sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import type { StoredVatByRate } from "../../db/invoice.schema";
import { arrayParam, rowsOf } from "../../sql/sql-arrays";
import { LINE_COLUMNS, type StoredLineRow, toLineDraft } from "./close-inputs.store";
import type { InvoiceLineDraft } from "./invoice-lines";
import type { PartySnapshot } from "./invoice-issue.store";

/** An issued invoice as read back (lines apart). */
export interface InvoiceRecord {
  id: string;
  number: string;
  month: string;
  periodStart: Date;
  periodEnd: Date;
  issuedAt: Date;
  issuer: PartySnapshot & { kind: string };
  recipient: PartySnapshot & { kind: string };
  subtotalCents: bigint;
  vatCents: bigint;
  totalCents: bigint;
  vatByRate: StoredVatByRate[];
}

export interface InvoicePage {
  invoices: { invoice: InvoiceRecord; cursor: TimeCursor }[];
  hasNextPage: boolean;
}

interface InvoiceRow {
  id: string;
  number: string;
  month: string;
  period_start: string | Date;
  period_end: string | Date;
  issued_at: string | Date;
  issued_micros: string;
  issuer_id: string;
  issuer_kind: string;
  issuer_name: string;
  issuer_address: string | null;
  issuer_vat_number: string | null;
  recipient_id: string;
  recipient_kind: string;
  recipient_name: string;
  recipient_address: string | null;
  recipient_vat_number: string | null;
  subtotal_cents: string;
  vat_cents: string;
  total_cents: string;
  vat_by_rate: StoredVatByRate[];
}

const COLUMNS = sql.raw(`id, number, month, period_start, period_end, issued_at,
  (extract(epoch from issued_at) * 1000000)::bigint::text as issued_micros,
  issuer_id, issuer_kind, issuer_name, issuer_address, issuer_vat_number,
  recipient_id, recipient_kind, recipient_name, recipient_address, recipient_vat_number,
  subtotal_cents::text, vat_cents::text, total_cents::text, vat_by_rate`);

const toInvoice = (row: InvoiceRow): InvoiceRecord => ({
  id: row.id,
  number: row.number,
  month: row.month,
  periodStart: new Date(row.period_start),
  periodEnd: new Date(row.period_end),
  issuedAt: new Date(row.issued_at),
  issuer: {
    id: row.issuer_id,
    kind: row.issuer_kind,
    name: row.issuer_name,
    address: row.issuer_address,
    vatNumber: row.issuer_vat_number,
  },
  recipient: {
    id: row.recipient_id,
    kind: row.recipient_kind,
    name: row.recipient_name,
    address: row.recipient_address,
    vatNumber: row.recipient_vat_number,
  },
  subtotalCents: BigInt(row.subtotal_cents),
  vatCents: BigInt(row.vat_cents),
  totalCents: BigInt(row.total_cents),
  vatByRate: row.vat_by_rate,
});

/** `recipient_id = any(visible)`, or nothing for every organisation. */
const visibleRecipients = (visible: Visibility): SQL =>
  visible === "all" ? sql`` : sql`and recipient_id = any(${arrayParam(visible.filter(isUuid), "uuid")})`;

/**
 * A page of each organisation's invoices, newest first (issue time, then id), after `after`: one
 * statement for any number of organisations. Invoices of organisations outside `visible` are never read.
 */
export async function findInvoicePages(
  db: TelemetryDb,
  recipientIds: readonly string[],
  first: number,
  after: TimeCursor | null,
  visible: Visibility,
): Promise<InvoicePage[]> {
  const ids = recipientIds.filter(isUuid);
  if (ids.length === 0 || seesNothing(visible)) return recipientIds.map(() => ({ invoices: [], hasNextPage: false }));
  const older = after
    ? sql`and (issued_at, id) < (timestamptz 'epoch' + ${after.micros}::bigint * interval '1 microsecond', ${after.id}::uuid)`
    : sql``;
  const rows = rowsOf<InvoiceRow & { position: number }>(
    await db.execute(sql`
      select * from (
        select ${COLUMNS}, row_number() over (partition by recipient_id order by issued_at desc, id desc) as position
        from invoices where recipient_id = any(${arrayParam(ids, "uuid")}) ${visibleRecipients(visible)} ${older}
      ) ranked where position <= ${first + 1} order by recipient_id, position`),
  );
  const byRecipient = groupBy(rows, (row) => row.recipient_id);
  return recipientIds.map((recipientId) => {
    const own = byRecipient.get(recipientId) ?? [];
    return {
      invoices: own.slice(0, first).map((row) => ({
        invoice: toInvoice(row),
        cursor: { micros: row.issued_micros, id: row.id },
      })),
      hasNextPage: own.length > first,
    };
  });
}

/** The lines of many invoices in one statement, each in its order. */
export async function findInvoiceLines(db: TelemetryDb, invoiceIds: readonly string[]): Promise<InvoiceLineDraft[][]> {
  const ids = invoiceIds.filter(isUuid);
  if (ids.length === 0) return invoiceIds.map(() => []);
  const rows = rowsOf<StoredLineRow & { invoice_id: string }>(
    await db.execute(sql`
      select l.invoice_id, ${LINE_COLUMNS} from invoice_lines l
      where l.invoice_id = any(${arrayParam(ids, "uuid")}) order by l.invoice_id, l.position`),
  );
  const byInvoice = groupBy(rows, (row) => row.invoice_id);
  return invoiceIds.map((id) => (byInvoice.get(id) ?? []).map(toLineDraft));
}

/** One invoice by id (null when there is none). Who may see it is the caller's business. */
export async function findInvoice(db: TelemetryDb, invoiceId: string): Promise<InvoiceRecord | null> {
  if (!isUuid(invoiceId)) return null;
  const [row] = rowsOf<InvoiceRow>(
    await db.execute(sql`select ${COLUMNS} from invoices where id = ${invoiceId}::uuid`),
  );
  return row ? toInvoice(row) : null;
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}
