import { randomUUID } from "node:crypto";
import { findCurrentBills, meterUsage } from "@dcx/telemetry-billing";
import { sql } from "drizzle-orm";
import { openBenchDatabase } from "./telemetry/bench-database";
import { benchUsageChange, insertListPrices, insertUsageChanges, NOVEMBER_END } from "./telemetry/usage-fixture";

/**
 * `npm run bench:metering [-- vm count]`: meters a whole month for 3,300 VMs (≈ 2.4 million
 * VM-hours) on the PostgreSQL server (TEST_POSTGRES_URL, else the local one) and prints the time
 * (goal ≤ 30 s), then prices every organisation's month-to-date bill. The fleet: 100 organisations;
 * each VM made on the month's first day, switched off for a night, resized once, and every tenth
 * one deleted in the last week, so metering splits hours as a real month does.
 */
const VMS = Number(process.argv[2] ?? 3_300);
const ORGANIZATIONS = Array.from({ length: 100 }, () => randomUUID());
const monthEnd = NOVEMBER_END;

const { database, close } = await openBenchDatabase();
try {
  const started = Date.now();
  await insertListPrices(database.db);
  // A price change mid-month, so hours are priced at the price in force.
  await database.db.execute(sql`insert into billing_prices (sku, effective_from, name, unit, unit_price)
    values ('compute.vcpu', '2026-11-15T22:00:00Z', 'vCPU', 'vcpu_hour', 0.44)`);
  const changes: ReturnType<typeof benchUsageChange>[] = [];
  for (let index = 0; index < VMS; index += 1) {
    const vm = { id: randomUUID(), organizationId: ORGANIZATIONS[index % ORGANIZATIONS.length]!, index };
    const push = (hours: number, poweredOn: boolean, vcpuCount: number, exists = true) =>
      changes.push(benchUsageChange(vm, hours, { poweredOn, vcpuCount, exists }));
    push(0, true, 2);
    push(200 + (index % 48), false, 2);
    push(212 + (index % 48), true, 2);
    push(400 + (index % 100), true, 4);
    if (index % 10 === 0) push(600 + (index % 50), false, 4, false);
  }
  await insertUsageChanges(database.db, changes);
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
