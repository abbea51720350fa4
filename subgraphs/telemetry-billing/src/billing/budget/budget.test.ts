import "reflect-metadata";
import { CapturingMailer } from "@dcx/kit/testing";
import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { telemetryTables } from "../../db/schema";
import { telemetryBillingSubgraph } from "../../index";
import { monthStarting } from "../bill/billing-month";
import { meterUsage } from "../metering/metering.service";
import {
  FIXTURE_ORGANIZATION,
  FIXTURE_VM,
  MARCH,
  marchHour,
  RUNNING,
  usageChange,
} from "../metering/usage-change.fixture";
import { storeUsageChanges } from "../usage-change/usage-change.store";
import { createMailBudgetNotifier, sendBudgetNotices } from "./budget-notices";
import { reviewBudgets } from "./budget-review";
import { setMonthlyBudget } from "./budget.service";
import { findBudgetAlerts } from "./budget.store";

// One VM on all month at the demo catalog's prices bills R 1 467.29 (see current-bill.test.ts).
const PRICES = [
  ["compute.vcpu", "vCPU", "vcpu_hour", "0.420000"],
  ["compute.ram-gb", "RAM (GB)", "gb_ram_hour", "0.185000"],
  ["storage.performance", "Performance storage (SSD)", "gb_month", "2.450000"],
] as const;
const APRIL = monthStarting(2026, 3);

describe("monthly budgets", () => {
  let database: Database<typeof telemetryTables>;
  const mailer = new CapturingMailer();
  const logged: string[] = [];
  const notify = createMailBudgetNotifier({
    contacts: { ownersAndAdmins: async () => [], moneyContacts: async () => ["owner@adcock.test", "pay@adcock.test"] },
    mailer,
    dashboardUrl: "https://dcx.example/",
    log: (line) => logged.push(line),
  });
  const reached = async (month: string) =>
    (await findBudgetAlerts(database.db, [FIXTURE_ORGANIZATION], month))[0]!.map(
      (row) => `${row.thresholdPercent} ${row.basis}`,
    );
  const subjects = () => mailer.messages.filter((m) => m.to === "pay@adcock.test").map((m) => m.subject);

  beforeAll(async () => {
    database = await openTestDatabase(telemetryBillingSubgraph);
    const before = new Date(MARCH.start.getTime() - 86_400_000 * 40);
    for (const [sku, name, unit, unitPrice] of PRICES) {
      await database.db.execute(sql`insert into billing_prices (sku, effective_from, name, unit, unit_price)
        values (${sku}, ${before.toISOString()}::timestamptz, ${name}, ${unit}, ${unitPrice})`);
    }
    await database.db.execute(
      sql`insert into billing_vat_rates (effective_from, rate) values (${before.toISOString()}::timestamptz, '0.1500')`,
    );
    await storeUsageChanges(database.db, [usageChange(FIXTURE_VM, "c0", marchHour(0), RUNNING)]);
  });
  afterAll(() => database.close());

  it("e-mails 50, 80 and 100 % once a month each, by the bill so far or its forecast", async () => {
    // Ten days in: about R 482 spent, R 1 467 forecast. A R 1 500 budget: 50 and 80 % by forecast.
    const tenDays = marchHour(240);
    await meterUsage(database.db, tenDays);
    await setMonthlyBudget(database.db, { organizationId: FIXTURE_ORGANIZATION, amountCents: 1_500_00n }, tenDays);
    expect(await reached("2026-03")).toEqual(["50 forecast", "80 forecast"]);
    expect(await sendBudgetNotices(database.db, notify, tenDays, () => {})).toEqual({ sent: 4, failed: 0 });
    expect(subjects()).toEqual([
      "DCX Cloud: 2026-03 is forecast to reach 50 % of your R 1 500.00 budget",
      "DCX Cloud: 2026-03 is forecast to reach 80 % of your R 1 500.00 budget",
    ]);
    expect(mailer.messages[0]!.text).toContain("https://dcx.example/");

    // Again, and later with more spent: nothing new until a threshold not yet reached is.
    expect(await reviewBudgets(database.db, tenDays)).toBe(0);
    await meterUsage(database.db, marchHour(480));
    expect(await reviewBudgets(database.db, marchHour(480))).toBe(0);
    await sendBudgetNotices(database.db, notify, marchHour(480), () => {});
    expect(subjects()).toHaveLength(2);

    // Lowered to R 700 after twenty days (about R 965 spent): 100 % by the bill itself.
    await setMonthlyBudget(database.db, { organizationId: FIXTURE_ORGANIZATION, amountCents: 700_00n }, marchHour(480));
    expect(await reached("2026-03")).toEqual(["50 forecast", "80 forecast", "100 actual"]);
    await sendBudgetNotices(database.db, notify, marchHour(480), () => {});
    expect(subjects()[2]).toBe("DCX Cloud: 100 % of your R 700.00 monthly budget used (2026-03)");

    // A new month starts afresh.
    const aprilDay = new Date(APRIL.start.getTime() + 24 * 3_600_000);
    await meterUsage(database.db, aprilDay);
    expect(await reviewBudgets(database.db, aprilDay)).toBe(3);
    expect(await reached("2026-04")).toEqual(["50 forecast", "80 forecast", "100 forecast"]);
  });

  it("retries an e-mail that could not be sent, and sends it once", async () => {
    const failing = async () => {
      throw new Error("tenancy unreachable");
    };
    const now = new Date(APRIL.start.getTime() + 25 * 3_600_000);
    expect(await sendBudgetNotices(database.db, failing, now, () => {})).toEqual({ sent: 0, failed: 3 });
    expect(await sendBudgetNotices(database.db, notify, now, () => {})).toEqual({ sent: 0, failed: 0 });
    const later = new Date(now.getTime() + 60_000);
    expect(await sendBudgetNotices(database.db, notify, later, () => {})).toEqual({ sent: 6, failed: 0 });
    expect(await sendBudgetNotices(database.db, notify, later, () => {})).toEqual({ sent: 0, failed: 0 });
  });

  it("a removed budget is judged no more", async () => {
    const now = new Date(APRIL.start.getTime() + 26 * 3_600_000);
    await setMonthlyBudget(database.db, { organizationId: FIXTURE_ORGANIZATION, amountCents: null }, now);
    await database.db.execute(sql`delete from budget_alerts`);
    expect(await reviewBudgets(database.db, now)).toBe(0);
  });
});
