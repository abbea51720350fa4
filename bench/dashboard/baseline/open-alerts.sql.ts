import type { TelemetryDb } from "@dcx/telemetry-billing";
import { sql } from "drizzle-orm";
import { alertMetric } from "../../../subgraphs/telemetry-billing/src/alert/alert-metric";
import type { AlertAnswer } from "./dashboard-answer";
import { isoOf, rowsOf } from "./sql-text";

/** An open alert before its VM's name is known (the name lives in the vms database). */
export type OpenAlert = Omit<AlertAnswer, "vm"> & { vmId: string };

type Row = {
  id: string;
  severity: string;
  rule_name: string;
  metric: string;
  condition_since: string;
  peak_value: string | null;
  vm_id: string;
};

/** The organisation's `first` alerts firing now, newest fired first (ties by id), in one statement. */
export async function readOpenAlerts(db: TelemetryDb, organizationId: string, first: number): Promise<OpenAlert[]> {
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select a.id::text as id, upper(a.severity) as severity, a.rule_name, a.metric,
        ${isoOf(sql`a.condition_since`)} as condition_since, a.peak_value::text as peak_value, a.vm_id::text as vm_id
      from alerts a
      where a.organization_id = ${organizationId}::uuid and a.resolved_at is null
      order by a.fired_at desc, a.id
      limit ${first}::int`),
  );
  return rows.map((row) => ({
    id: row.id,
    severity: row.severity,
    ruleName: row.rule_name,
    // The unit of the metric as the catalogue names it now; a metric it no longer has shows none.
    unit: alertMetric(row.metric)?.unit ?? "",
    conditionSince: row.condition_since,
    peakValue: row.peak_value === null ? null : Number(row.peak_value),
    vmId: row.vm_id,
  }));
}
