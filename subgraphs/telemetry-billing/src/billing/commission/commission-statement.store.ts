import { isUuid, type TimeCursor } from "@dcx/kit";
import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import { arrayParam, rowsOf } from "../../sql/sql-arrays";
import type { CommissionLineDraft } from "./wholesale";

export interface CommissionStatementRecord {
  id: string;
  resellerId: string;
  month: string;
  /** "12.50" */
  percent: string;
  invoiceId: string;
  invoiceNumber: string;
  billedCents: bigint;
  marginCents: bigint;
  dueCents: bigint;
  createdAt: Date;
}

export interface StatementPage {
  statements: { statement: CommissionStatementRecord; cursor: TimeCursor }[];
  hasNextPage: boolean;
}

interface StatementRow {
  id: string;
  reseller_id: string;
  month: string;
  percent: string;
  invoice_id: string;
  invoice_number: string;
  billed_cents: string;
  margin_cents: string;
  due_cents: string;
  created_at: string | Date;
  created_micros: string;
}

/**
 * A page of each reseller's statements, newest first, after `after`: one statement for any number
 * of resellers. The caller's right to see them is checked before (see `canSeeCommission`).
 */
export async function findStatementPages(
  db: TelemetryDb,
  resellerIds: readonly string[],
  first: number,
  after: TimeCursor | null,
): Promise<StatementPage[]> {
  const ids = resellerIds.filter(isUuid);
  if (ids.length === 0) return resellerIds.map(() => ({ statements: [], hasNextPage: false }));
  const older = after
    ? sql`and (s.created_at, s.id) < (timestamptz 'epoch' + ${after.micros}::bigint * interval '1 microsecond', ${after.id}::uuid)`
    : sql``;
  const rows = rowsOf<StatementRow & { position: number }>(
    await db.execute(sql`
      select * from (
        select s.id, s.reseller_id, s.month, s.percent::text, s.invoice_id, i.number as invoice_number,
          s.billed_cents::text, s.margin_cents::text, s.due_cents::text, s.created_at,
          (extract(epoch from s.created_at) * 1000000)::bigint::text as created_micros,
          row_number() over (partition by s.reseller_id order by s.created_at desc, s.id desc) as position
        from commission_statements s join invoices i on i.id = s.invoice_id
        where s.reseller_id = any(${arrayParam(ids, "uuid")}) ${older}
      ) ranked where position <= ${first + 1} order by reseller_id, position`),
  );
  return resellerIds.map((resellerId) => {
    const own = rows.filter((row) => row.reseller_id === resellerId);
    return {
      statements: own.slice(0, first).map((row) => ({
        statement: {
          id: row.id,
          resellerId: row.reseller_id,
          month: row.month,
          percent: row.percent,
          invoiceId: row.invoice_id,
          invoiceNumber: row.invoice_number,
          billedCents: BigInt(row.billed_cents),
          marginCents: BigInt(row.margin_cents),
          dueCents: BigInt(row.due_cents),
          createdAt: new Date(row.created_at),
        },
        cursor: { micros: row.created_micros, id: row.id },
      })),
      hasNextPage: own.length > first,
    };
  });
}

/** The customer lines of many statements in one statement, by customer name. */
export async function findStatementLines(
  db: TelemetryDb,
  statementIds: readonly string[],
): Promise<CommissionLineDraft[][]> {
  const ids = statementIds.filter(isUuid);
  if (ids.length === 0) return statementIds.map(() => []);
  const rows = rowsOf<{
    statement_id: string;
    customer_id: string;
    customer_name: string;
    invoice_id: string;
    invoice_number: string;
    billed_cents: string;
    margin_cents: string;
    due_cents: string;
  }>(
    await db.execute(sql`
      select statement_id, customer_id, customer_name, invoice_id, invoice_number, billed_cents::text,
        margin_cents::text, due_cents::text
      from commission_lines where statement_id = any(${arrayParam(ids, "uuid")})
      order by statement_id, customer_name, customer_id`),
  );
  return statementIds.map((id) =>
    rows
      .filter((row) => row.statement_id === id)
      .map((row) => ({
        customerId: row.customer_id,
        customerName: row.customer_name,
        invoiceId: row.invoice_id,
        invoiceNumber: row.invoice_number,
        billedCents: BigInt(row.billed_cents),
        marginCents: BigInt(row.margin_cents),
        dueCents: BigInt(row.due_cents),
      })),
  );
}
