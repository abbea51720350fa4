import type { TelemetryDb } from "@dcx/telemetry-billing";
import { sql } from "drizzle-orm";

/** November 2026 in South African time: 720 hours. */
export const NOVEMBER_START = new Date("2026-10-31T22:00:00Z");
export const NOVEMBER_END = new Date("2026-11-30T22:00:00Z");
const HOUR_MS = 3_600_000;

/** An instant `hours` into November, spread by VM over the hour so changes do not all fall on it. */
export const novemberHour = (hours: number, vm: number) =>
  new Date(NOVEMBER_START.getTime() + hours * HOUR_MS + (vm % 3600) * 1000);

/** The demo catalog's list prices and 15 % VAT, in force all year. */
export async function insertListPrices(db: TelemetryDb): Promise<void> {
  await db.execute(sql`
    insert into billing_prices (sku, effective_from, name, unit, unit_price) values
      ('compute.vcpu', '2026-01-01', 'vCPU', 'vcpu_hour', 0.42),
      ('compute.ram-gb', '2026-01-01', 'RAM (GB)', 'gb_ram_hour', 0.185),
      ('storage.performance', '2026-01-01', 'Performance storage (SSD)', 'gb_month', 2.45),
      ('storage.standard', '2026-01-01', 'Standard storage', 'gb_month', 1.15)`);
  await db.execute(sql`insert into billing_vat_rates (effective_from, rate) values ('2026-01-01', 0.15)`);
}

/** One VM's state change as `vm_usage_changes` stores it: 4 GiB, a 50 GB SSD and a 200 GB standard disk. */
export function benchUsageChange(
  vm: { id: string; organizationId: string; index: number },
  hours: number,
  state: { poweredOn: boolean; vcpuCount: number; exists?: boolean },
) {
  return {
    change_id: `bench:${vm.id}:${hours}`,
    occurred_at: novemberHour(hours, vm.index).toISOString(),
    vm_id: vm.id,
    organization_id: vm.organizationId,
    vm_exists: state.exists ?? true,
    powered_on: state.poweredOn,
    vcpu_count: state.vcpuCount,
    memory_mib: 4096,
    disks: [
      { diskId: "boot", tier: "performance", capacityGb: 50 },
      { diskId: "data", tier: "standard", capacityGb: 200 },
    ],
    licences: [],
    public_ip_count: 0,
  };
}

/** Stores the changes directly, 5 000 per statement (the receiver's checks are not what is measured). */
export async function insertUsageChanges(db: TelemetryDb, changes: ReturnType<typeof benchUsageChange>[]) {
  for (let i = 0; i < changes.length; i += 5_000) {
    await db.execute(sql`
      insert into vm_usage_changes (change_id, vm_id, organization_id, occurred_at, vm_exists, powered_on,
        vcpu_count, memory_mib, disks, licences, public_ip_count)
      select * from jsonb_to_recordset(${JSON.stringify(changes.slice(i, i + 5_000))}::jsonb) as r(change_id text,
        vm_id uuid, organization_id uuid, occurred_at timestamptz, vm_exists boolean, powered_on boolean,
        vcpu_count int, memory_mib int, disks jsonb, licences jsonb, public_ip_count int)`);
  }
}
