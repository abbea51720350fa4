import { isUuid, manyByKey, seesNothing, type Visibility } from "@dcx/kit";
import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../db/telemetry-db";
import { type MetricField, ROLLED_METRICS, toUnit, UPTIME_COLUMN } from "../metric/metric-catalogue";
import { arrayParam, rowsOf } from "../sql/sql-arrays";

/** After this long without a sample, the newest values are no longer "now". */
export const STALE_AFTER_MS = 15 * 60_000;

export interface GuestDiskUsageValues {
  path: string;
  capacityGb: number;
  usedGb: number;
  usedPercent: number;
  sampledAt: Date;
}

export interface VmTelemetryValues {
  sampledAt: Date | null;
  /** When the collector first saw the VM in its current power state. */
  powerStateSince: Date | null;
  poweredOn: boolean | null;
  stale: boolean;
  values: Partial<Record<MetricField, number | null>>;
  uptimeSeconds: number | null;
}

type LatestRow = { vm_id: string; observed_at: string | Date | null; powered_on: boolean | null } & Record<
  string,
  string | number | Date | boolean | null
>;

const visibleFilter = (visible: Visibility, alias: string) =>
  visible === "all"
    ? sql`true`
    : sql`${sql.raw(alias)}.organization_id = any(${arrayParam(visible.filter(isUuid), "uuid")})`;

/**
 * The newest sample of many VMs in ONE query: each VM's power state, and its newest sample through
 * the samples' primary key (one short backward index scan per VM). Values older than 15 minutes
 * are not reported as current: the VM "has no data since" its newest sample.
 */
export async function findVmTelemetry(
  db: TelemetryDb,
  vmIds: readonly string[],
  visible: Visibility,
  now: Date,
): Promise<VmTelemetryValues[]> {
  const keys = vmIds.map((id) => id.toLowerCase());
  const wanted = [...new Set(keys.filter(isUuid))];
  const columns = [...ROLLED_METRICS.map((m) => m.column), UPTIME_COLUMN].map((c) => `sample.${c}`).join(", ");
  const rows =
    wanted.length && !seesNothing(visible)
      ? rowsOf<LatestRow>(
          await db.execute(sql`
            select wanted.vm_id::text as vm_id, state.observed_at, state.powered_on,
              sample.sampled_at as newest_sample_at, ${sql.raw(columns)}
            from unnest(${arrayParam(wanted, "uuid")}) as wanted(vm_id)
            left join vm_power_states state on state.vm_id = wanted.vm_id and ${visibleFilter(visible, "state")}
            left join lateral (
              select * from vm_samples newest where newest.vm_id = wanted.vm_id and ${visibleFilter(visible, "newest")}
              order by newest.sampled_at desc limit 1
            ) sample on true`),
        )
      : [];
  return manyByKey(keys, rows, (row) => row.vm_id).map(([row]) => {
    const sampledAt = row?.newest_sample_at ? new Date(row.newest_sample_at as string) : null;
    const stale = !sampledAt || now.getTime() - sampledAt.getTime() > STALE_AFTER_MS;
    const stored = (column: string) => (row && !stale && row[column] != null ? Number(row[column]) : null);
    return {
      sampledAt,
      powerStateSince: row?.observed_at ? new Date(row.observed_at) : null,
      poweredOn: row?.powered_on ?? null,
      stale,
      values: Object.fromEntries(
        ROLLED_METRICS.map((m) => {
          const value = stored(m.column);
          return [m.field, value === null ? null : toUnit(m, value)];
        }),
      ),
      uptimeSeconds: stored(UPTIME_COLUMN),
    };
  });
}

/** Each VM's guest file systems as last reported before `until`, in ONE query for many VMs. */
export async function findGuestDisks(
  db: TelemetryDb,
  vmIds: readonly string[],
  visible: Visibility,
  until: Date,
): Promise<GuestDiskUsageValues[][]> {
  const keys = vmIds.map((id) => id.toLowerCase());
  const wanted = [...new Set(keys.filter(isUuid))];
  type DiskRow = { vm_id: string; path: string; capacity_mb: string; free_mb: string; sampled_at: string | Date };
  const rows =
    wanted.length && !seesNothing(visible)
      ? rowsOf<DiskRow>(
          await db.execute(sql`
            select distinct on (vm_id, path) vm_id::text as vm_id, path, capacity_mb, free_mb, sampled_at
            from vm_guest_disk_samples disk
            where vm_id = any(${arrayParam(wanted, "uuid")}) and ${visibleFilter(visible, "disk")}
              and sampled_at < ${until.toISOString()}::timestamptz
            order by vm_id, path, sampled_at desc`),
        )
      : [];
  const gb = (mb: number) => Math.round((mb / 1024) * 100) / 100;
  return manyByKey(keys, rows, (row) => row.vm_id).map((disks) =>
    disks.map((disk) => {
      const capacity = Number(disk.capacity_mb);
      const used = capacity - Number(disk.free_mb);
      return {
        path: disk.path,
        capacityGb: gb(capacity),
        usedGb: gb(used),
        usedPercent: capacity > 0 ? Math.round((used / capacity) * 10_000) / 100 : 0,
        sampledAt: new Date(disk.sampled_at),
      };
    }),
  );
}
