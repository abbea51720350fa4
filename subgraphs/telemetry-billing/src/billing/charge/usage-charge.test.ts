import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { telemetryTables } from "../../db/schema";
import { telemetryBillingSubgraph } from "../../index";
import { findCurrentBills } from "../bill/current-bill.service";
import { meterUsage } from "../metering/metering.service";
import {
  FIXTURE_ORGANIZATION,
  FIXTURE_VM,
  MARCH,
  marchHour,
  OTHER_ORGANIZATION,
  RUNNING,
  usageChange,
} from "../metering/usage-change.fixture";
import { storeUsageChanges } from "../usage-change/usage-change.store";
import { chargeKey, chargeUsage } from "./usage-charge.service";
import { type UsageChargeRequest, UsageChargeRefused } from "./wallet-charges.client";

const VM = FIXTURE_VM;
const hour = marchHour;
const PRICED_FROM = new Date(MARCH.start.getTime() - 40 * 86_400_000).toISOString();

/** A wallet that keeps what it is sent (by key, as the real one dedupes) and can be made to fail. */
function fakeWallet() {
  const entries = new Map<string, UsageChargeRequest>();
  const calls: UsageChargeRequest[] = [];
  let failing = false;
  return {
    entries,
    calls,
    fail(value: boolean) {
      failing = value;
    },
    post: async (charge: UsageChargeRequest) => {
      calls.push(charge);
      if (failing) throw new Error("wallet unavailable");
      const first = entries.get(charge.idempotencyKey);
      if (first && first.amountCents !== charge.amountCents) throw new Error("CONFLICT: another amount for the key");
      entries.set(charge.idempotencyKey, charge);
    },
    total: () => [...entries.values()].reduce((sum, entry) => sum + entry.amountCents, 0n),
  };
}

describe("daily usage charges to the wallet", () => {
  let database: Database<typeof telemetryTables>;
  /** The month's bill as metered so far (every test meters to a day's end before asking). */
  const billTo = async (until: Date) => {
    const [bill] = await findCurrentBills(database.db, [FIXTURE_ORGANIZATION], new Date(until.getTime() - 1));
    expect(bill!.meteredUntil).toEqual(until);
    return bill!;
  };

  /** The prices as copied from the catalog, in force since well before March. */
  const copyPrices = () =>
    database.db.execute(sql`
      insert into billing_prices (sku, effective_from, name, unit, unit_price) values
        ('compute.vcpu', ${PRICED_FROM}::timestamptz, 'vCPU', 'vcpu_hour', 0.42),
        ('compute.ram-gb', ${PRICED_FROM}::timestamptz, 'RAM (GB)', 'gb_ram_hour', 0.185),
        ('storage.performance', ${PRICED_FROM}::timestamptz, 'Performance storage (SSD)', 'gb_month', 2.45)`);

  beforeAll(async () => {
    database = await openTestDatabase(telemetryBillingSubgraph);
  });
  beforeEach(async () => {
    await database.db.execute(sql`truncate vm_usage_changes, vm_usage_hours, metering_progress, metering_rework,
      billing_prices, billing_vat_rates, usage_charges, charge_progress`);
    await copyPrices();
    await database.db.execute(
      sql`insert into billing_vat_rates (effective_from, rate) values (${PRICED_FROM}::timestamptz, 0.15)`,
    );
    await storeUsageChanges(database.db, [usageChange(VM, "c0", hour(0), RUNNING)]);
  });
  afterAll(() => database.close());

  it("charges each wholly metered day once, and the days add up to the bill to the cent", async () => {
    const wallet = fakeWallet();
    await meterUsage(database.db, hour(72));
    const first = await chargeUsage(database.db, wallet.post);
    expect(first).toEqual({ daysFixed: 3, posted: 3 });
    expect([...wallet.entries.keys()]).toEqual(
      ["2026-03-01", "2026-03-02", "2026-03-03"].map((day) => chargeKey(FIXTURE_ORGANIZATION, day)),
    );
    expect(wallet.total()).toBe((await billTo(hour(72))).totalCents);
    // A day not yet wholly metered is not charged; a pass again charges nothing twice.
    await meterUsage(database.db, hour(77));
    expect(await chargeUsage(database.db, wallet.post)).toEqual({ daysFixed: 0, posted: 0 });
    expect(wallet.calls).toHaveLength(3);
  });

  it("fixes no day before prices are copied, and charges each day in full once they are", async () => {
    await database.db.execute(sql`truncate billing_prices`);
    const wallet = fakeWallet();
    await meterUsage(database.db, hour(48));
    expect(await chargeUsage(database.db, wallet.post)).toEqual({ daysFixed: 0, posted: 0 });

    await copyPrices();
    expect(await chargeUsage(database.db, wallet.post)).toEqual({ daysFixed: 2, posted: 2 });
    // Two like days cost alike: the first is not the month so far caught up in one charge.
    const [first, second] = [...wallet.entries.values()];
    expect(first!.amountCents).toBeGreaterThan(0n);
    expect(first!.amountCents).toBe(second!.amountCents);
    expect(wallet.total()).toBe((await billTo(hour(48))).totalCents);
  });

  it("sends a charge the wallet did not confirm again, with the same key and amount", async () => {
    const wallet = fakeWallet();
    await meterUsage(database.db, hour(48));
    wallet.fail(true);
    const failed = await chargeUsage(database.db, wallet.post);
    expect(failed).toMatchObject({ daysFixed: 2, posted: 0, error: "wallet unavailable" });
    wallet.fail(false);
    expect(await chargeUsage(database.db, wallet.post)).toEqual({ daysFixed: 0, posted: 2 });
    expect(wallet.calls[0]).toEqual(wallet.calls[1]);
    expect(wallet.total()).toBe((await billTo(hour(48))).totalCents);
  });

  it("charges the other organisations when one is refused, and that one's days in order later", async () => {
    const OTHER = OTHER_ORGANIZATION;
    await storeUsageChanges(database.db, [
      usageChange("33333333-3333-4333-8333-333333333333", "o0", hour(0), RUNNING, OTHER),
    ]);
    await meterUsage(database.db, hour(48));
    const wallet = fakeWallet();
    const post = (charge: UsageChargeRequest) =>
      charge.organizationId === FIXTURE_ORGANIZATION
        ? Promise.reject(new UsageChargeRefused("NOT_FOUND: no wallet"))
        : wallet.post(charge);
    expect(await chargeUsage(database.db, post)).toEqual({ daysFixed: 2, posted: 2, error: "NOT_FOUND: no wallet" });
    expect([...wallet.entries.values()].map((entry) => entry.organizationId)).toEqual([OTHER, OTHER]);
    expect(await chargeUsage(database.db, wallet.post)).toEqual({ daysFixed: 0, posted: 2 });
  });

  it("settles a closed month's late adjustment in the next month, once", async () => {
    const wallet = fakeWallet();
    await meterUsage(database.db, MARCH.end);
    await chargeUsage(database.db, wallet.post);
    expect(wallet.entries.size).toBe(31);
    // Off for March's last 20 hours, known only after every March day was charged.
    await storeUsageChanges(database.db, [usageChange(VM, "c1", hour(724), { ...RUNNING, poweredOn: false })]);
    const dayAfter = new Date(MARCH.end.getTime() + 24 * 3_600_000);
    await meterUsage(database.db, dayAfter);
    await chargeUsage(database.db, wallet.post);
    const settlement = wallet.entries.get(`usage:${FIXTURE_ORGANIZATION}:2026-03:settled-2026-04-01`);
    expect(settlement?.amountCents).toBeLessThan(0n);
    expect(settlement?.description).toBe("VM usage of 2026-03 settled on 2026-04-01 (VAT included)");
    const march = (await findCurrentBills(database.db, [FIXTURE_ORGANIZATION], new Date(MARCH.end.getTime() - 1)))[0]!;
    const april = (await findCurrentBills(database.db, [FIXTURE_ORGANIZATION], new Date(dayAfter.getTime() - 1)))[0]!;
    expect(wallet.total()).toBe(march.totalCents + april.totalCents);
    // Nothing more to settle: another day charges April only.
    await meterUsage(database.db, new Date(dayAfter.getTime() + 24 * 3_600_000));
    await chargeUsage(database.db, wallet.post);
    expect([...wallet.entries.keys()].filter((key) => key.includes("settled"))).toHaveLength(1);
  });

  it("settles a late power-off for a charged day on the next day's charge", async () => {
    const wallet = fakeWallet();
    await meterUsage(database.db, hour(24));
    await chargeUsage(database.db, wallet.post);
    const day1 = wallet.total();
    // Off from 12:00 on day one, known only now; on again at the start of day two.
    await storeUsageChanges(database.db, [
      usageChange(VM, "c1", hour(12), { ...RUNNING, poweredOn: false }),
      usageChange(VM, "c2", hour(24), RUNNING),
    ]);
    await meterUsage(database.db, hour(48));
    await chargeUsage(database.db, wallet.post);
    const day2 = wallet.entries.get(chargeKey(FIXTURE_ORGANIZATION, "2026-03-02"))!.amountCents;
    // Day two is a whole day on, less the half day of compute day one was charged too much for.
    expect(day2).toBeLessThan(day1);
    expect(wallet.total()).toBe((await billTo(hour(48))).totalCents);
  });
});
