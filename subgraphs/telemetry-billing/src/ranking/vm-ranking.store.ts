import { isUuid, type Visibility } from "@dcx/kit";
import { type SQL, sql } from "drizzle-orm";
import { billingMonthOf } from "../billing/bill/billing-month";
import type { TelemetryDb } from "../db/telemetry-db";
import { ROLLED_METRICS } from "../metric/metric-catalogue";
import { RAW_RESOLUTION, resolutionFor } from "../rollup/rollup-ladder";
import { arrayParam, rowsOf } from "../sql/sql-arrays";
import { windowBucketsQuery } from "../vm-metrics/vm-metrics.store";
import type { MetricWindow } from "../window/metric-window";
import type { VmRankingCursor } from "./vm-ranking.cursor";
import { VmRankingOrder } from "./vm-ranking.type";

const CPU = ROLLED_METRICS[0];
const MINUTE_MS = 60_000;
const DAY_MS = 1_440 * MINUTE_MS;

export interface VmRankingArgs {
  by: VmRankingOrder;
  first: number;
  after: VmRankingCursor | null;
  /** CPU_AVERAGE: the window averaged (one bucket). */
  window: MetricWindow;
  /** Only these VMs (of the organisation), or all of them. */
  vmIds: readonly string[] | null;
}

export interface VmRankingPage {
  /** Highest first; `value` null for a VM without data (cents, or a CPU average in basis points). */
  vms: { vmId: string; value: string | null }[];
  hasNextPage: boolean;
  totalCount: number;
  withDataCount: number;
  meteredUntil: Date | null;
}

type RankingRow = {
  kind: "vm" | "totals";
  organization_id: string;
  vm_id: string | null;
  value: string | null;
  position: number | null;
  total: number | null;
  with_data: number | null;
  metered_until: string | Date | null;
};

/**
 * One page of each organisation's VMs ranked by a figure, highest first, then by id, VMs without
 * data last (by id): ONE statement for any number of organisations. The VMs are those billing
 * knows to exist (each one's newest usage change from the vms subgraph says so), of organisations
 * in `visible` only, narrowed to `vmIds` when given. Costs come from the kept month costs
 * (`vm_month_costs`), CPU from the window's stored level as `Vm.metrics` reads it. Keyset paging:
 * the page starts after the cursor's (figure, id), so no page costs more than the first.
 */
export async function findVmRankingPages(
  db: TelemetryDb,
  organizationIds: readonly string[],
  args: VmRankingArgs,
  visible: Visibility,
  now: Date,
): Promise<VmRankingPage[]> {
  const wanted = [...new Set(organizationIds.map((id) => id.toLowerCase()).filter(isUuid))].filter(
    (id) => visible === "all" || visible.includes(id),
  );
  const empty: VmRankingPage = { vms: [], hasNextPage: false, totalCount: 0, withDataCount: 0, meteredUntil: null };
  if (wanted.length === 0 || (args.vmIds !== null && args.vmIds.length === 0)) return organizationIds.map(() => empty);
  const orgs = arrayParam(wanted, "uuid");
  const narrowed = args.vmIds ? sql`and c.vm_id = any(${arrayParam(args.vmIds.filter(isUuid), "uuid")})` : sql``;
  const cpu = args.by === VmRankingOrder.CPU_AVERAGE;
  const type = sql.raw(cpu ? "float8" : "bigint");
  const rows = rowsOf<RankingRow>(
    await db.execute(sql`
      with fleet as (
        select distinct on (c.organization_id, c.vm_id) c.organization_id, c.vm_id, c.vm_exists
        from vm_usage_changes c
        where c.organization_id = any(${orgs}) ${narrowed}
        order by c.organization_id, c.vm_id, c.occurred_at desc, c.sequence desc),
      figures as (${cpu ? cpuFigures(orgs, args.window, now) : costFigures(orgs, args.by, now)}),
      ranked as (
        select f.organization_id, f.vm_id, v.value::${type} as value, v.metered_until
        from fleet f left join figures v on v.vm_id = f.vm_id
        where f.vm_exists),
      page as (
        select organization_id, vm_id, value,
          row_number() over (partition by organization_id order by value desc nulls last, vm_id) as position
        from ranked where ${afterCursor(args.after, type)})
      select 'vm' as kind, organization_id::text, vm_id::text, value::text, position::int,
        null::int as total, null::int as with_data, null::timestamptz as metered_until
      from page where position <= ${args.first + 1}
      union all
      select 'totals', organization_id::text, null, null, null, count(*)::int, count(value)::int, max(metered_until)
      from ranked group by organization_id`),
  );
  return organizationIds.map((id) => {
    const own = rows.filter((row) => row.organization_id === id.toLowerCase());
    const totals = own.find((row) => row.kind === "totals");
    const listed = own.filter((row) => row.kind === "vm").sort((a, b) => a.position! - b.position!);
    if (!totals) return empty;
    return {
      vms: listed.slice(0, args.first).map((row) => ({ vmId: row.vm_id!, value: row.value })),
      hasNextPage: listed.length > args.first,
      totalCount: totals.total!,
      withDataCount: totals.with_data!,
      meteredUntil: totals.metered_until ? new Date(totals.metered_until) : null,
    };
  });
}

/** The rows after the cursor in the order (figure desc nulls last, id): a null figure only has nulls after it. */
function afterCursor(after: VmRankingCursor | null, type: SQL): SQL {
  if (!after) return sql`true`;
  const id = sql`${after.vmId}::uuid`;
  if (after.value === null) return sql`value is null and vm_id > ${id}`;
  const value = sql`${after.value}::${type}`;
  return sql`(value < ${value} or (value = ${value} and vm_id > ${id}) or value is null)`;
}

/** This billing month's kept cost of each VM: to date, or the month-end forecast. */
function costFigures(orgs: SQL, by: VmRankingOrder, now: Date): SQL {
  const column = sql.raw(by === VmRankingOrder.MONTH_FORECAST ? "projected_cents" : "to_date_cents");
  return sql`select vm_id, ${column}::text as value, metered_until from vm_month_costs
    where month = ${billingMonthOf(now).label} and organization_id = any(${orgs})`;
}

/**
 * Each VM's mean CPU over the window, as one bucket of `Vm.metrics` would give it (stored basis
 * points, unrounded): the same level, the same fall-back to raw samples while a roll-up is pending.
 */
function cpuFigures(orgs: SQL, window: MetricWindow, now: Date): SQL {
  const spanMinutes = (window.until.getTime() - window.since.getTime()) / MINUTE_MS;
  const single = { since: window.since, until: window.until, stepMinutes: spanMinutes };
  const resolution = resolutionFor(single, now);
  const rawCovers = window.since.getTime() >= now.getTime() - RAW_RESOLUTION.retentionDays * DAY_MS;
  const buckets = windowBucketsQuery(sql`s.organization_id = any(${orgs})`, single, resolution, rawCovers, [
    CPU.column,
  ]);
  const [sum, count] = [sql.raw(`${CPU.column}_sum`), sql.raw(`${CPU.column}_count`)];
  return sql`select b.vm_id::uuid as vm_id,
      (sum(b.${sum})::float8 / nullif(sum(b.${count}), 0))::text as value, null::timestamptz as metered_until
    from (${buckets}) b group by b.vm_id`;
}
