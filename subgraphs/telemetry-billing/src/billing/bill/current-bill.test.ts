import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { telemetryTables } from "../../db/schema";
import { telemetryBillingSubgraph } from "../../index";
import { meterUsage } from "../metering/metering.service";
import {
  FIXTURE_ORGANIZATION,
  FIXTURE_VM,
  MARCH,
  marchHour,
  OTHER_ORGANIZATION,
  RUNNING,
  type UsageState,
  usageChange,
} from "../metering/usage-change.fixture";
import { storeUsageChanges } from "../usage-change/usage-change.store";
import { findCurrentBills, findVmMonthCosts } from "./current-bill.service";

// Hand-computed bills for March 2026 (744 hours, billed as 730), at the demo catalog's prices:
// vCPU R0.42/h, RAM R0.185/GB-h, performance disk R2.45/GB-month, standard R1.15/GB-month, VAT 15 %.
const VM = FIXTURE_VM;
const hour = marchHour;
const PRICES = [
  ["compute.vcpu", "vCPU", "vcpu_hour", "0.420000"],
  ["compute.ram-gb", "RAM (GB)", "gb_ram_hour", "0.185000"],
  ["storage.performance", "Performance storage (SSD)", "gb_month", "2.450000"],
  ["storage.standard", "Standard storage", "gb_month", "1.150000"],
] as const;

describe("a month's bill from metered hours", () => {
  let database: Database<typeof telemetryTables>;
  const price = (sku: string, unitPrice: string, from: Date) => {
    const [, name, unit] = PRICES.find(([s]) => s === sku)!;
    return database.db.execute(sql`
      insert into billing_prices (sku, effective_from, name, unit, unit_price)
      values (${sku}, ${from.toISOString()}::timestamptz, ${name}, ${unit}, ${unitPrice})`);
  };
  const vatRate = (rate: string, from: Date) =>
    database.db.execute(
      sql`insert into billing_vat_rates (effective_from, rate) values (${from.toISOString()}::timestamptz, ${rate})`,
    );
  /** Delivers the changes, meters the whole month and returns its bill. */
  const billFor = async (changes: [number, UsageState][]) => {
    await storeUsageChanges(
      database.db,
      changes.map(([at, state], index) => usageChange(VM, `c${index}`, hour(at), state)),
    );
    await meterUsage(database.db, MARCH.end);
    const [bill] = await findCurrentBills(database.db, [FIXTURE_ORGANIZATION], new Date(MARCH.end.getTime() - 1));
    return bill!;
  };
  const amounts = (bill: Awaited<ReturnType<typeof billFor>>) =>
    bill.lines.map((line) => [line.sku, line.amountCents, line.unitPriceMicros, line.vatRate]);

  beforeAll(async () => {
    database = await openTestDatabase(telemetryBillingSubgraph);
  });
  beforeEach(async () => {
    await database.db.execute(sql`truncate vm_usage_changes, vm_usage_hours, metering_progress, metering_rework,
      billing_prices, billing_vat_rates`);
    const before = new Date(MARCH.start.getTime() - 86_400_000 * 40);
    for (const [sku, , , unitPrice] of PRICES) await price(sku, unitPrice, before);
    await vatRate("0.1500", before);
  });
  afterAll(() => database.close());

  it("bills a full month at one configuration exactly as the catalog's estimate prices it", async () => {
    const bill = await billFor([[0, RUNNING]]);
    // 2 × 730 × 0.42 = 613.20; 4 GB × 730 × 0.185 = 540.20; 50 × 2.45 = 122.50.
    expect(amounts(bill)).toEqual([
      ["compute.ram-gb", 54_020n, 185_000n, 1500n],
      ["compute.vcpu", 61_320n, 420_000n, 1500n],
      ["storage.performance", 12_250n, 2_450_000n, 1500n],
    ]);
    expect(bill.lines.map((line) => line.quantityScaled4)).toEqual([29_200_000n, 14_600_000n, 500_000n]);
    // VAT 15 % of 1 275.90 = 191.385 → 191.39.
    expect([bill.subtotalCents, bill.vatCents, bill.totalCents]).toEqual([127_590n, 19_139n, 146_729n]);
    expect(bill.meteredUntil).toEqual(MARCH.end);
    expect(bill.projectedTotalCents).toBe(bill.totalCents);
  });

  it("bills compute only for the half of the month the VM ran, and its disk for all of it", async () => {
    const bill = await billFor([
      [0, RUNNING],
      [372, { ...RUNNING, poweredOn: false }],
    ]);
    expect(amounts(bill).map(([sku, cents]) => [sku, cents])).toEqual([
      ["compute.ram-gb", 27_010n],
      ["compute.vcpu", 30_660n],
      ["storage.performance", 12_250n],
    ]);
  });

  it("bills a resize from the hour it happened", async () => {
    const bill = await billFor([
      [0, RUNNING],
      [372, { ...RUNNING, vcpuCount: 4 }],
    ]);
    // (2 × 372 + 4 × 372) h of 744 → 2 190 vCPU-hours × 0.42.
    expect(bill.lines.find((line) => line.sku === "compute.vcpu")?.amountCents).toBe(91_980n);
  });

  it("splits a line where the price changed, each part at the price in force in its hours", async () => {
    await price("compute.vcpu", "0.500000", hour(360));
    const bill = await billFor([[0, RUNNING]]);
    const vcpu = bill.lines.filter((line) => line.sku === "compute.vcpu");
    // 2 × 360 × 730/744 = 706.4516 h × 0.42 = 296.71; 2 × 384 × 730/744 = 753.5484 h × 0.50 = 376.77.
    expect(vcpu.map((line) => [line.unitPriceMicros, line.quantityScaled4, line.amountCents])).toEqual([
      [420_000n, 7_064_516n, 29_671n],
      [500_000n, 7_535_484n, 37_677n],
    ]);
  });

  it("charges each part of the month at the VAT rate then in force", async () => {
    await vatRate("0.1600", hour(360));
    const bill = await billFor([[0, RUNNING]]);
    expect(bill.vatByRate).toEqual([
      { rate: 1500n, taxableCents: 61_737n, vatCents: 9_261n },
      { rate: 1600n, taxableCents: 65_853n, vatCents: 10_536n },
    ]);
    expect(bill.vatCents).toBe(19_797n);
    expect(bill.totalCents).toBe(61_737n + 65_853n + 19_797n);
  });

  it("bills a disk for the hours between its adding and its deletion", async () => {
    const extra = { diskId: "d2", tier: "standard", capacityGb: 100 };
    const bill = await billFor([
      [0, RUNNING],
      [100, { ...RUNNING, disks: [...RUNNING.disks, extra] }],
      [300, RUNNING],
    ]);
    // 100 GB × 200 h of 744 = 26.8817 GB-months × 1.15.
    const standard = bill.lines.find((line) => line.sku === "storage.standard");
    expect([standard?.quantityScaled4, standard?.amountCents]).toEqual([268_817n, 3_091n]);
  });

  it("gives each VM its month to date and forecast, only of the organisations the caller sees", async () => {
    const OTHER_VM = "22222222-2222-4222-8222-222222222222";
    const OTHER_ORG = OTHER_ORGANIZATION;
    await storeUsageChanges(database.db, [usageChange(OTHER_VM, "o0", hour(0), RUNNING, OTHER_ORG)]);
    const bill = await billFor([[0, RUNNING]]);
    const now = new Date(MARCH.end.getTime() - 1);
    const [mine, theirs] = await findVmMonthCosts(database.db, [VM, OTHER_VM], [FIXTURE_ORGANIZATION], now);
    expect(mine).toMatchObject({ toDateCents: bill.totalCents, projectedCents: bill.totalCents });
    expect(theirs).toMatchObject({ toDateCents: 0n, projectedCents: 0n });
    const [both] = await findVmMonthCosts(database.db, [OTHER_VM], "all", now);
    expect(both!.toDateCents).toBe(bill.totalCents);
  });

  it("projects the month's end from the last metered day", async () => {
    await storeUsageChanges(database.db, [usageChange(VM, "c0", hour(0), RUNNING)]);
    await meterUsage(database.db, hour(372));
    const [bill] = await findCurrentBills(database.db, [FIXTURE_ORGANIZATION], hour(372));
    // Half the month metered at a constant rate: the projection doubles it (within rounding).
    expect(bill!.meteredUntil).toEqual(hour(372));
    expect(Number(bill!.projectedTotalCents - 2n * bill!.totalCents)).toBeLessThanOrEqual(2);
    expect(Number(bill!.projectedTotalCents - 2n * bill!.totalCents)).toBeGreaterThanOrEqual(-2);
  });
});
