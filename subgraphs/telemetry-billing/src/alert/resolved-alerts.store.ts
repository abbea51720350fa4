import { manyByKey, microsOf, olderThan, seesNothing, type TimeCursor, type Visibility, visibleIn } from "@dcx/kit";
import { and, asc, desc, getTableColumns, isNotNull, lte, sql } from "drizzle-orm";
import { type AlertRow, alerts } from "../db/schema";
import type { TelemetryDb } from "../db/telemetry-db";
import { arrayParam } from "../sql/sql-arrays";

export interface ResolvedAlertPage {
  alerts: { row: AlertRow; cursor: TimeCursor }[];
  hasNextPage: boolean;
}

/**
 * A page of each organisation's resolved alerts, the latest resolved first (resolution time, then
 * id), after `after`: one statement for any number of organisations. Alerts of organisations
 * outside `visible` are never read.
 */
export async function findResolvedAlertPages(
  db: TelemetryDb,
  organizationIds: readonly string[],
  first: number,
  after: TimeCursor | null,
  visible: Visibility,
): Promise<ResolvedAlertPage[]> {
  const empty = { alerts: [], hasNextPage: false };
  if (organizationIds.length === 0 || seesNothing(visible)) return organizationIds.map(() => empty);
  const ranked = db
    .select({
      ...getTableColumns(alerts),
      resolvedMicros: microsOf(alerts.resolvedAt).as("resolved_micros"),
      position:
        sql<number>`row_number() over (partition by ${alerts.organizationId} order by ${alerts.resolvedAt} desc, ${alerts.id} desc)`.as(
          "position",
        ),
    })
    .from(alerts)
    .where(
      and(
        sql`${alerts.organizationId} = any(${arrayParam(organizationIds, "uuid")})`,
        isNotNull(alerts.resolvedAt),
        visibleIn(alerts.organizationId, visible),
        after ? olderThan(alerts.resolvedAt, alerts.id, after) : undefined,
      ),
    )
    .as("ranked");
  const rows = await db
    .select()
    .from(ranked)
    .where(lte(ranked.position, first + 1))
    .orderBy(asc(ranked.organizationId), desc(ranked.resolvedAt), desc(ranked.id));
  return manyByKey(organizationIds, rows, (row) => row.organizationId).map((own) => {
    return {
      alerts: own.slice(0, first).map(({ position: _position, resolvedMicros, ...row }) => ({
        row,
        cursor: { micros: resolvedMicros, id: row.id },
      })),
      hasNextPage: own.length > first,
    };
  });
}
