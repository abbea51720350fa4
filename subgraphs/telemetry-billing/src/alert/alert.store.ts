import { type Caller, seesNothing, type Visibility, visibleIn } from "@dcx/kit";
import { and, asc, type Column, count, desc, eq, getTableColumns, gt, isNull, lt, lte, or, sql } from "drizzle-orm";
import { type AlertRow, alerts } from "../db/schema";
import type { TelemetryDb } from "../db/telemetry-db";
import { arrayParam } from "../sql/sql-arrays";
import type { MetricWindow } from "../window/metric-window";
import { alertMetric } from "./alert-metric";
import type { AlertOperator, AlertSeverity } from "./alert-rule.type";
import { type AlertActorKind, type AlertResolution, AlertState, type VmAlert } from "./vm-alert.type";

/** A window lists at most this many alerts per VM, the newest: a flapping VM cannot blow up an answer. */
export const MAX_ALERTS_PER_VM = 100;

const anyOf = (column: Column, ids: readonly string[]) => sql`${column} = any(${arrayParam(ids, "uuid")})`;

/** Newest condition first; of alerts whose condition began together, the open one first. */
const NEWEST_FIRST = sql`${alerts.conditionSince} desc, ${alerts.resolvedAt} desc nulls first, ${alerts.id}`;

/** An alert covers [conditionSince, resolvedAt), open alerts until now: those overlapping the window. */
const overlaps = (window: Pick<MetricWindow, "since" | "until">) =>
  and(lt(alerts.conditionSince, window.until), or(isNull(alerts.resolvedAt), gt(alerts.resolvedAt, window.since)));

/**
 * The alerts of many VMs overlapping one window, in one query: newest first, at most
 * MAX_ALERTS_PER_VM each, only of organisations the caller may see.
 */
export async function findAlertsOfVms(
  db: TelemetryDb,
  vmIds: readonly string[],
  window: Pick<MetricWindow, "since" | "until">,
  visible: Visibility,
  limit = MAX_ALERTS_PER_VM,
): Promise<AlertRow[]> {
  if (vmIds.length === 0 || seesNothing(visible)) return [];
  const ranked = db
    .select({
      ...getTableColumns(alerts),
      rank: sql<number>`row_number() over (partition by ${alerts.vmId} order by ${NEWEST_FIRST})`.as("rank"),
    })
    .from(alerts)
    .where(and(anyOf(alerts.vmId, vmIds), visibleIn(alerts.organizationId, visible), overlaps(window)))
    .as("ranked");
  const rows = await db
    .select()
    .from(ranked)
    .where(lte(ranked.rank, limit))
    .orderBy(desc(ranked.conditionSince), sql`${ranked.resolvedAt} desc nulls first`, asc(ranked.id));
  return rows.map(({ rank: _rank, ...row }) => row);
}

/** How many alerts of each VM are open, in one query (VMs without any are absent). */
export async function countOpenAlertsOfVms(
  db: TelemetryDb,
  vmIds: readonly string[],
  visible: Visibility,
): Promise<{ vmId: string; open: number }[]> {
  if (vmIds.length === 0 || seesNothing(visible)) return [];
  return db
    .select({ vmId: alerts.vmId, open: count() })
    .from(alerts)
    .where(and(anyOf(alerts.vmId, vmIds), isNull(alerts.resolvedAt), visibleIn(alerts.organizationId, visible)))
    .groupBy(alerts.vmId);
}

/** The open alerts of many organisations, newest first, at most `first` each, in one query. */
export async function findOpenAlertsOfOrganizations(
  db: TelemetryDb,
  organizationIds: readonly string[],
  first: number,
  visible: Visibility,
): Promise<AlertRow[]> {
  if (organizationIds.length === 0 || seesNothing(visible)) return [];
  const ranked = db
    .select({
      ...getTableColumns(alerts),
      rank: sql<number>`row_number() over (partition by ${alerts.organizationId} order by ${alerts.firedAt} desc, ${alerts.id})`.as(
        "rank",
      ),
    })
    .from(alerts)
    .where(
      and(
        anyOf(alerts.organizationId, organizationIds),
        isNull(alerts.resolvedAt),
        visibleIn(alerts.organizationId, visible),
      ),
    )
    .as("ranked");
  const rows = await db
    .select()
    .from(ranked)
    .where(lte(ranked.rank, first))
    .orderBy(desc(ranked.firedAt), asc(ranked.id));
  return rows.map(({ rank: _rank, ...row }) => row);
}

export async function findAlert(db: TelemetryDb, id: string, visible: Visibility): Promise<AlertRow | null> {
  if (seesNothing(visible)) return null;
  const [row] = await db
    .select()
    .from(alerts)
    .where(and(eq(alerts.id, id), visibleIn(alerts.organizationId, visible)));
  return row ?? null;
}

/** Records the first acknowledgement; a later one changes nothing. Answers the alert as it then is. */
export async function acknowledge(db: TelemetryDb, id: string, caller: Caller, now: Date): Promise<AlertRow> {
  const [updated] = await db
    .update(alerts)
    .set({ acknowledgedAt: now, acknowledgedByKind: caller.kind, acknowledgedById: caller.id })
    .where(and(eq(alerts.id, id), isNull(alerts.acknowledgedAt)))
    .returning();
  if (updated) return updated;
  const [current] = await db.select().from(alerts).where(eq(alerts.id, id));
  return current!;
}

const numberOrNull = (value: string | null) => (value === null ? null : Number(value));

export const toVmAlert = (row: AlertRow): VmAlert => ({
  id: row.id,
  vm: { id: row.vmId },
  organization: { id: row.organizationId },
  ruleId: row.ruleId,
  ruleName: row.ruleName,
  metric: row.metric,
  unit: alertMetric(row.metric)?.unit ?? "",
  operator: row.operator as AlertOperator,
  threshold: numberOrNull(row.threshold),
  durationMinutes: row.durationMinutes,
  severity: row.severity as AlertSeverity,
  state: row.resolvedAt ? AlertState.RESOLVED : AlertState.FIRING,
  conditionSince: row.conditionSince,
  firedAt: row.firedAt,
  resolvedAt: row.resolvedAt,
  resolution: row.resolution as AlertResolution | null,
  firedValue: numberOrNull(row.firedValue),
  peakValue: numberOrNull(row.peakValue),
  acknowledgement:
    row.acknowledgedAt && row.acknowledgedById
      ? { at: row.acknowledgedAt, actorKind: row.acknowledgedByKind as AlertActorKind, actorId: row.acknowledgedById }
      : null,
});
