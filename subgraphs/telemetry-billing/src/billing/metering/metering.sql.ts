import { type SQL, sql } from "drizzle-orm";
import { arrayParam } from "../../sql/sql-arrays";

/** The storage tiers the vms service knows; each is billed as the catalog SKU `storage.<tier>`. */
export const STORAGE_TIERS = ["performance", "standard", "archive"] as const;
export type StorageTier = (typeof STORAGE_TIERS)[number];

/** Usage columns of `vm_usage_hours`, in unit-seconds; a revision stores each as a difference. */
const USAGE_COLUMNS = [
  "exists_seconds",
  "powered_on_seconds",
  "vcpu_seconds",
  "memory_mib_seconds",
  ...STORAGE_TIERS.map((tier) => `${tier}_gb_seconds`),
  "public_ip_seconds",
] as const;
const COLUMN_LIST = `vm_id, organization_id, hour, revision, licences, ${USAGE_COLUMNS.join(", ")}`;

const tierSum = (tier: StorageTier) =>
  `coalesce((select sum((d->>'capacityGb')::bigint) from jsonb_array_elements(c.disks) d where d->>'tier' = '${tier}'), 0)::bigint as ${tier}_gb`;

/** Usage of `secs` seconds of a state (`s`): compute only while powered on, the rest while it exists. */
const usageOf = (secs: string) => [
  `${secs} as exists_seconds`,
  `case when s.powered_on then ${secs} else 0 end as powered_on_seconds`,
  `case when s.powered_on then ${secs} * s.vcpu_count else 0 end as vcpu_seconds`,
  `case when s.powered_on then ${secs} * s.memory_mib else 0 end as memory_mib_seconds`,
  ...STORAGE_TIERS.map((tier) => `${secs} * s.${tier}_gb as ${tier}_gb_seconds`),
  `${secs} * s.public_ip_count as public_ip_seconds`,
];

/**
 * Each VM's states: one per change, holding from its `occurred_at` until the next change's (a
 * snapshot, so only the order matters), with its disks summed per tier. `vmIds` narrows it.
 */
function statesCte(to: SQL, vmIds: string[] | null): SQL {
  const only = vmIds ? sql`and c.vm_id = any(${arrayParam(vmIds, "uuid")})` : sql``;
  return sql`states as (
      select c.vm_id, c.organization_id, c.occurred_at as starts_at,
        coalesce(lead(c.occurred_at) over (partition by c.vm_id order by c.occurred_at, c.sequence), 'infinity') as ends_at,
        c.vm_exists, c.powered_on, c.vcpu_count::bigint as vcpu_count, c.memory_mib::bigint as memory_mib,
        c.public_ip_count::bigint as public_ip_count, nullif(c.licences, '[]'::jsonb) as licences,
        ${sql.raw(STORAGE_TIERS.map(tierSum).join(", "))}
      from vm_usage_changes c
      where c.occurred_at < ${to} ${only}
    )`;
}

/**
 * Every VM's usage per clock hour in [from, to), as rows of `vm_usage_hours`' columns (no revision).
 * A state covering a whole hour gives the hour directly; only the hours in which a state begins or
 * ends are summed from their pieces, which keeps a month of a steady fleet to one row per VM-hour
 * without any grouping.
 */
function hourlyUsage(from: SQL, to: SQL): SQL {
  const summed = USAGE_COLUMNS.map((c) => `sum(${c})::bigint as ${c}`).join(", ");
  return sql`
    whole_hours as (
      select s.vm_id, s.organization_id, h.hour, s.licences, ${sql.raw(usageOf("3600::bigint").join(", "))}
      from states s, lateral generate_series(
          greatest(date_trunc('hour', s.starts_at + interval '1 hour' - interval '1 microsecond', 'UTC'), ${from}),
          least(date_trunc('hour', s.ends_at, 'UTC'), ${to}) - interval '1 hour',
          interval '1 hour') as h(hour)
      where s.vm_exists
    ),
    piece_hours as (
      select s.*, h.hour,
        extract(epoch from least(s.ends_at, h.hour + interval '1 hour') - greatest(s.starts_at, h.hour))::bigint as secs
      from states s, lateral (
          select distinct e.hour from unnest(array[date_trunc('hour', s.starts_at, 'UTC'), date_trunc('hour', s.ends_at, 'UTC')]) as e(hour)
        ) as h
      where s.vm_exists and h.hour >= ${from} and h.hour < ${to}
        and not (s.starts_at <= h.hour and s.ends_at >= h.hour + interval '1 hour')
        and s.starts_at < h.hour + interval '1 hour' and s.ends_at > h.hour
    ),
    pieces as (
      select s.vm_id, s.organization_id, s.hour, s.starts_at, s.licences, ${sql.raw(usageOf("s.secs").join(", "))}
      from piece_hours s
    ),
    partial_hours as (
      select vm_id, organization_id, hour, (array_agg(licences order by starts_at desc))[1] as licences, ${sql.raw(summed)}
      from pieces group by vm_id, organization_id, hour
    ),
    fresh as (
      select * from whole_hours union all select * from partial_hours
    )`;
}

const at = (instant: Date) => sql`${instant.toISOString()}::timestamptz`;

/**
 * Meters the hours in [from, to) for the first time (they lie past the watermark, so no record of
 * them exists): every VM-hour becomes its revision 0.
 */
export function meterNewHoursStatement(from: Date, to: Date): SQL {
  return sql`
    with ${statesCte(at(to), null)}, ${hourlyUsage(at(from), at(to))}
    insert into vm_usage_hours (${sql.raw(COLUMN_LIST)})
    select vm_id, organization_id, hour, 0, licences, ${sql.raw(USAGE_COLUMNS.join(", "))} from fresh`;
}

/**
 * Re-meters VMs over [from, to) after late changes: rebuilds each hour's usage, compares it with
 * what the hour's records already sum to — per organisation, so a VM that changed hands moves its
 * usage from one to the other — and inserts only the difference, as the hour's next revision. An
 * hour already right gets nothing, so running it twice writes nothing. `metered_at` is the moment
 * of writing (after the watermark lock), which is what settling a closed month compares.
 */
export function reworkHoursStatement(from: Date, to: Date, vmIds: string[]): SQL {
  const differences = USAGE_COLUMNS.map((c) => `coalesce(f.${c}, 0) - coalesce(e.${c}, 0) as ${c}`).join(", ");
  const changed = USAGE_COLUMNS.map((c) => `${c} <> 0`).join(" or ");
  return sql`
    with ${statesCte(at(to), vmIds)}, ${hourlyUsage(at(from), at(to))},
    existing as (
      select vm_id, organization_id, hour, max(revision) as revision,
        ${sql.raw(USAGE_COLUMNS.map((c) => `sum(${c})::bigint as ${c}`).join(", "))},
        (array_agg(licences order by revision desc))[1] as licences
      from vm_usage_hours
      where vm_id = any(${arrayParam(vmIds, "uuid")}) and hour >= ${at(from)} and hour < ${at(to)}
      group by vm_id, organization_id, hour
    ),
    differences as (
      select vm_id, organization_id, hour, coalesce(e.revision + 1, 0) as revision,
        coalesce(f.licences, e.licences) as licences, ${sql.raw(differences)}
      from fresh f full join existing e using (vm_id, organization_id, hour)
    )
    insert into vm_usage_hours (${sql.raw(COLUMN_LIST)}, metered_at)
    select ${sql.raw(COLUMN_LIST)}, clock_timestamp() from differences where ${sql.raw(changed)}`;
}
