import { isUuid, type Visibility } from "@dcx/kit";
import { type SQL, sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import { arrayParam, rowsOf } from "../../sql/sql-arrays";
import { STORAGE_TIERS } from "../metering/metering.sql";
import type { UsageStretch } from "./price-bill";

interface StretchRow {
  organization_id: string;
  vm_id: string;
  first_hour: string | Date;
  exists_seconds: string;
  powered_on_seconds: string;
  vcpu_seconds: string;
  memory_mib_seconds: string;
  public_ip_seconds: string;
  licences: { sku: string; quantity: number }[] | null;
  [tierColumn: string]: unknown;
}

/**
 * The organisations' metering records in [from, to), summed per VM and per stretch between price
 * changes (`changeHours`, sorted): one statement, whatever the number of VMs or organisations.
 */
export async function findUsageStretches(
  db: TelemetryDb,
  organizationIds: string[],
  from: Date,
  to: Date,
  changeHours: Date[],
): Promise<Map<string, UsageStretch[]>> {
  const byOrganization = new Map<string, UsageStretch[]>(organizationIds.map((id) => [id, []]));
  if (organizationIds.length === 0 || to <= from) return byOrganization;
  for (const row of await sumStretches(
    db,
    sql`organization_id = any(${arrayParam(organizationIds, "uuid")})`,
    from,
    to,
    changeHours,
  )) {
    byOrganization.get(row.organizationId)?.push(row.stretch);
  }
  return byOrganization;
}

/**
 * The same sums for single VMs, by VM id: only of VMs in the organisations `visible` lists (or
 * every one for "all"), through the records' VM index.
 */
export async function findVmUsageStretches(
  db: TelemetryDb,
  vmIds: readonly string[],
  visible: Visibility,
  from: Date,
  to: Date,
  changeHours: Date[],
): Promise<Map<string, UsageStretch[]>> {
  const byVm = new Map<string, UsageStretch[]>(vmIds.map((id) => [id, []]));
  if (vmIds.length === 0 || to <= from || (visible !== "all" && visible.length === 0)) return byVm;
  const seen =
    visible === "all" ? sql`` : sql`and organization_id = any(${arrayParam(visible.filter(isUuid), "uuid")})`;
  const where = sql`vm_id = any(${arrayParam(vmIds.filter(isUuid), "uuid")}) ${seen}`;
  for (const row of await sumStretches(db, where, from, to, changeHours)) byVm.get(row.stretch.vmId)?.push(row.stretch);
  return byVm;
}

/** The same sums for every VM with records in [from, to), by VM id with its organisation (to keep each VM's cost). */
export async function findAllVmUsageStretches(
  db: TelemetryDb,
  from: Date,
  to: Date,
  changeHours: Date[],
): Promise<Map<string, { organizationId: string; stretches: UsageStretch[] }>> {
  const byVm = new Map<string, { organizationId: string; stretches: UsageStretch[] }>();
  if (to <= from) return byVm;
  for (const row of await sumStretches(db, sql`true`, from, to, changeHours)) {
    const entry = byVm.get(row.stretch.vmId) ?? { organizationId: row.organizationId, stretches: [] };
    entry.stretches.push(row.stretch);
    byVm.set(row.stretch.vmId, entry);
  }
  return byVm;
}

async function sumStretches(
  db: TelemetryDb,
  where: SQL,
  from: Date,
  to: Date,
  changeHours: Date[],
): Promise<{ organizationId: string; stretch: UsageStretch }[]> {
  const stretch = changeHours.length
    ? sql`, width_bucket(hour, ${arrayParam(
        changeHours.map((h) => h.toISOString()),
        "timestamptz",
      )})`
    : sql``;
  const tiers = STORAGE_TIERS.map((t) => `sum(${t}_gb_seconds)::text as ${t}_gb_seconds`).join(", ");
  const rows = rowsOf<StretchRow>(
    await db.execute(sql`
      select organization_id, vm_id, min(hour) as first_hour,
        sum(exists_seconds)::text as exists_seconds, sum(powered_on_seconds)::text as powered_on_seconds,
        sum(vcpu_seconds)::text as vcpu_seconds, sum(memory_mib_seconds)::text as memory_mib_seconds,
        ${sql.raw(tiers)}, sum(public_ip_seconds)::text as public_ip_seconds,
        (array_agg(licences order by hour desc, revision desc))[1] as licences
      from vm_usage_hours
      where ${where}
        and hour >= ${from.toISOString()}::timestamptz and hour < ${to.toISOString()}::timestamptz
      group by organization_id, vm_id ${stretch}`),
  );
  return rows.map((row) => ({
    organizationId: row.organization_id,
    stretch: {
      vmId: row.vm_id,
      hour: new Date(row.first_hour),
      totals: {
        existsSeconds: BigInt(row.exists_seconds),
        poweredOnSeconds: BigInt(row.powered_on_seconds),
        vcpuSeconds: BigInt(row.vcpu_seconds),
        memoryMibSeconds: BigInt(row.memory_mib_seconds),
        storageGbSeconds: Object.fromEntries(
          STORAGE_TIERS.map((tier) => [tier, BigInt(row[`${tier}_gb_seconds`] as string)]),
        ) as Record<(typeof STORAGE_TIERS)[number], bigint>,
        publicIpSeconds: BigInt(row.public_ip_seconds),
        licences: row.licences ?? [],
      },
    },
  }));
}
