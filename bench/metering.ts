import { randomUUID } from "node:crypto";
import { findCurrentBills, meterUsage } from "@dcx/telemetry-billing";
import { sql } from "drizzle-orm";
import { openBenchDatabase } from "./telemetry/bench-database";

/**
 * `npm run bench:metering [-- vm count]`: meters a whole month for 3,300 VMs (≈ 2.4 million
 * VM-hours) on the PostgreSQL server (TEST_POSTGRES_URL, else the local one) and prints the time
 * (goal ≤ 30 s), then prices every organisation's month-to-date bill. The fleet: 100 organisations;
 * each VM made on the month's first day, switched off for a night, resized once, and every tenth
 * one deleted in the last week, so metering splits hours as a real month does.
 */
const VMS = Number(process.argv[2] ?? 3_300);
const ORGANIZATIONS = Array.from({ length: 100 }, () => randomUUID());
const HOUR_MS = 3_600_000;
// November 2026 in South African time: 720 hours.
const monthStart = new Date("2026-10-31T22:00:00Z");
const monthEnd = new Date("2026-11-30T22:00:00Z");
const at = (hours: number, vm: number) => new Date(monthStart.getTime() + hours * HOUR_MS + (vm % 3600) * 1000);

const { database, close } = await openBenchDatabase();
try {
  const started = Date.now();
  await database.db.execute(sql`
    insert into billing_prices (sku, effective_from, name, unit, unit_price) values
      ('compute.vcpu', '2026-01-01', 'vCPU', 'vcpu_hour', 0.42),
      ('compute.ram-gb', '2026-01-01', 'RAM (GB)', 'gb_ram_hour', 0.185),
      ('storage.performance', '2026-01-01', 'Performance storage (SSD)', 'gb_month', 2.45),
      ('storage.standard', '2026-01-01', 'Standard storage', 'gb_month', 1.15),
      ('compute.vcpu', '2026-11-15T22:00:00Z', 'vCPU', 'vcpu_hour', 0.44)`);
  await database.db.execute(sql`insert into billing_vat_rates (effective_from, rate) values ('2026-01-01', 0.15)`);
  const changes: unknown[] = [];
  for (let vm = 0; vm < VMS; vm += 1) {
    const vmId = randomUUID();
    const organizationId = ORGANIZATIONS[vm % ORGANIZATIONS.length]!;
    const state = (poweredOn: boolean, vcpuCount: number, exists = true) => ({
      vm_id: vmId,
      organization_id: organizationId,
      vm_exists: exists,
      powered_on: poweredOn,
      vcpu_count: vcpuCount,
      memory_mib: 4096,
      disks: [
        { diskId: "boot", tier: "performance", capacityGb: 50 },
        { diskId: "data", tier: "standard", capacityGb: 200 },
      ],
      licences: [],
      public_ip_count: 0,
    });
    const push = (hours: number, values: ReturnType<typeof state>) =>
      changes.push({ change_id: `bench:${vmId}:${hours}`, occurred_at: at(hours, vm).toISOString(), ...values });
    push(0, state(true, 2));
    push(200 + (vm % 48), state(false, 2));
    push(212 + (vm % 48), state(true, 2));
    push(400 + (vm % 100), state(true, 4));
    if (vm % 10 === 0) push(600 + (vm % 50), state(false, 4, false));
  }
  for (let i = 0; i < changes.length; i += 5_000) {
    await database.db.execute(sql`
      insert into vm_usage_changes (change_id, vm_id, organization_id, occurred_at, vm_exists, powered_on,
        vcpu_count, memory_mib, disks, licences, public_ip_count)
      select * from jsonb_to_recordset(${JSON.stringify(changes.slice(i, i + 5_000))}::jsonb) as r(change_id text,
        vm_id uuid, organization_id uuid, occurred_at timestamptz, vm_exists boolean, powered_on boolean,
        vcpu_count int, memory_mib int, disks jsonb, licences jsonb, public_ip_count int)`);
  }
  await database.db.execute(sql`analyze vm_usage_changes`);
  console.log(`${VMS} VMs, ${changes.length} state changes over November 2026 (set up in ${Date.now() - started} ms)`);

  const metering = Date.now();
  const report = await meterUsage(database.db, monthEnd);
  const meteringMs = Date.now() - metering;
  const [{ rows, vm_hours }] = (
    (await database.db.execute(
      sql`select count(*)::int as rows, count(distinct (vm_id, hour))::int as vm_hours from vm_usage_hours`,
    )) as unknown as { rows: { rows: number; vm_hours: number }[] }
  ).rows as [{ rows: number; vm_hours: number }];
  console.log(
    `metering: ${report.hoursMetered} hours → ${rows.toLocaleString("en")} records (${vm_hours.toLocaleString("en")} VM-hours) ` +
      `in ${(meteringMs / 1000).toFixed(1)} s (goal ≤ 30 s) ${meteringMs <= 30_000 ? "PASS" : "FAIL"}`,
  );
  const again = Date.now();
  const second = await meterUsage(database.db, monthEnd);
  console.log(`metering again: ${second.hoursMetered} hours, ${Date.now() - again} ms`);

  const billing = Date.now();
  const bills = await findCurrentBills(database.db, ORGANIZATIONS, new Date(monthEnd.getTime() - 1));
  const lines = bills.reduce((sum, bill) => sum + bill.lines.length, 0);
  const total = bills.reduce((sum, bill) => sum + bill.totalCents, 0n);
  console.log(
    `bills: ${bills.length} organisations, ${lines} lines, R ${(Number(total) / 100).toLocaleString("en")} in total, ` +
      `priced in ${Date.now() - billing} ms`,
  );
} finally {
  await close();
}
