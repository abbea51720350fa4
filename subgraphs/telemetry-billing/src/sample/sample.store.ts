import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../db/telemetry-db";
import { ROLLED_METRICS, UPTIME_COLUMN } from "../metric/metric-catalogue";
import { ROLLUP_ORIGIN } from "../rollup/rollup-ladder";
import { arrayParam, rowsOf } from "../sql/sql-arrays";
import type { GuestDiskSample, PolledVm, VmPerformanceSample } from "./sample.types";

type Tx = Parameters<Parameters<TelemetryDb["transaction"]>[0]>[0];

const columns = ["vm_id", "organization_id", "sampled_at", ...ROLLED_METRICS.map((m) => m.column), UPTIME_COLUMN];

/**
 * Writes samples in one statement (each column one array parameter) and, in the same statement,
 * marks the 30-minute buckets of the rows actually written for roll-up: a sample already stored
 * writes nothing and marks nothing. Returns how many rows were new.
 */
export async function insertSamples(tx: Tx, samples: readonly VmPerformanceSample[]): Promise<number> {
  if (samples.length === 0) return 0;
  const arrays = [
    arrayParam(
      samples.map((s) => s.vmId),
      "uuid",
    ),
    arrayParam(
      samples.map((s) => s.organizationId),
      "uuid",
    ),
    arrayParam(
      samples.map((s) => s.sampledAt.toISOString()),
      "timestamptz",
    ),
    ...ROLLED_METRICS.map((m) =>
      arrayParam(
        samples.map((s) => s.values[m.column] ?? null),
        "int",
      ),
    ),
    arrayParam(
      samples.map((s) => s.uptimeSeconds),
      "int",
    ),
  ];
  const result = await tx.execute(sql`
    with written as (
      insert into vm_samples (${sql.raw(columns.join(", "))})
      select * from unnest(${sql.join(arrays, sql`, `)})
      on conflict (vm_id, sampled_at) do nothing
      returning sampled_at
    ), marked as (
      insert into rollup_pending (resolution_minutes, bucket)
      select distinct 30, date_bin('30 minutes', sampled_at, ${ROLLUP_ORIGIN}::timestamptz) from written
      on conflict do nothing
    )
    select count(*)::int as written from written`);
  return rowsOf<{ written: number }>(result)[0]?.written ?? 0;
}

/** Guest disk use, idempotent per VM, path and instant. */
export async function insertGuestDisks(tx: Tx, disks: readonly GuestDiskSample[]): Promise<void> {
  if (disks.length === 0) return;
  await tx.execute(sql`
    insert into vm_guest_disk_samples (vm_id, organization_id, sampled_at, path, capacity_mb, free_mb)
    select * from unnest(
      ${arrayParam(
        disks.map((d) => d.vmId),
        "uuid",
      )}, ${arrayParam(
        disks.map((d) => d.organizationId),
        "uuid",
      )},
      ${arrayParam(
        disks.map((d) => d.sampledAt.toISOString()),
        "timestamptz",
      )}, ${arrayParam(
        disks.map((d) => d.path),
        "text",
      )},
      ${arrayParam(
        disks.map((d) => d.capacityMb),
        "bigint",
      )}, ${arrayParam(
        disks.map((d) => d.freeMb),
        "bigint",
      )})
    on conflict do nothing`);
}

/**
 * Records each polled VM's power state where it changed (or is new). The stored states are read
 * first and only the changes written: a cycle in which no VM changed writes no row (locking 3,300
 * unchanged rows would cost more than storing their samples). Deliveries may arrive out of order:
 * an older poll never overwrites a newer one, also when two deliveries race.
 */
export async function upsertPowerStates(tx: Tx, vms: readonly PolledVm[]): Promise<void> {
  if (vms.length === 0) return;
  const stored = rowsOf<{
    vm_id: string;
    organization_id: string;
    vm_name: string | null;
    powered_on: boolean;
    observed_at: string | Date;
  }>(
    await tx.execute(sql`
      select vm_id::text as vm_id, organization_id::text as organization_id, vm_name, powered_on, observed_at
      from vm_power_states where vm_id = any(${arrayParam(
        vms.map((vm) => vm.vmId),
        "uuid",
      )})`),
  );
  const known = new Map(stored.map((row) => [row.vm_id, row]));
  const changed = vms.filter((vm) => {
    const row = known.get(vm.vmId.toLowerCase());
    if (!row) return true;
    const sameState =
      row.powered_on === vm.poweredOn &&
      row.organization_id === vm.organizationId.toLowerCase() &&
      (vm.name == null || row.vm_name === vm.name);
    return !sameState && new Date(row.observed_at) <= vm.polledAt;
  });
  if (changed.length === 0) return;
  const ids = arrayParam(
    changed.map((vm) => vm.vmId),
    "uuid",
  );
  const organizations = arrayParam(
    changed.map((vm) => vm.organizationId),
    "uuid",
  );
  const names = arrayParam(
    changed.map((vm) => vm.name ?? null),
    "text",
  );
  const powered = arrayParam(
    changed.map((vm) => String(vm.poweredOn)),
    "boolean",
  );
  const observed = arrayParam(
    changed.map((vm) => vm.polledAt.toISOString()),
    "timestamptz",
  );
  await tx.execute(sql`
    insert into vm_power_states as state (vm_id, organization_id, vm_name, powered_on, observed_at)
    select * from unnest(${ids}, ${organizations}, ${names}, ${powered}, ${observed})
    on conflict (vm_id) do update set
      organization_id = excluded.organization_id, vm_name = coalesce(excluded.vm_name, state.vm_name),
      powered_on = excluded.powered_on,
      -- A new name alone does not restart "since when in this power state".
      observed_at = case when state.powered_on = excluded.powered_on then state.observed_at else excluded.observed_at end
    where excluded.observed_at >= state.observed_at`);
}
