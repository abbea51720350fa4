import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { telemetryTables } from "../../db/schema";
import { telemetryBillingSubgraph } from "../../index";
import { rowsOf } from "../../sql/sql-arrays";
import { monthStarting } from "../bill/billing-month";
import { insertCommissionRate } from "../commission/commission-rate.store";
import { meterUsage } from "../metering/metering.service";
import { MARCH, RUNNING, usageChange } from "../metering/usage-change.fixture";
import { storeUsageChanges } from "../usage-change/usage-change.store";
import { closeEndedMonths } from "./close-month.service";
import { fixedInvoiceParties, type InvoiceParty } from "./invoice-parties.client";
import {
  INVOICE_TABLES,
  meterAndClose,
  PARTY,
  runVm,
  seedPrices,
  storedInvoices,
  storedLines,
  TEST_PARTIES,
  vmOf,
} from "./invoice.testing";

// A full month of RUNNING (2 vCPU, 4 GB, 50 GB performance) bills 1 275.90 excluding VAT (see
// current-bill.test.ts); off from the month's middle (hour 372 of 744) it bills 699.20.
const FULL_MONTH = 127_590n;
const HALF_MONTH_ON = 69_920n;
const APRIL = monthStarting(2026, 3);
const MAY = monthStarting(2026, 4);
const FEBRUARY = monthStarting(2026, 1);
const setCommission = (db: Database<typeof telemetryTables>["db"], fromMonth: string, percent: string) =>
  insertCommissionRate(db, { resellerId: PARTY.reseller, fromMonth, percent, setBy: "user:test" });

describe("closing a month into tax invoices", () => {
  let database: Database<typeof telemetryTables>;
  const db = () => database.db;

  beforeAll(async () => {
    database = await openTestDatabase(telemetryBillingSubgraph);
  });
  beforeEach(async () => {
    await db().execute(sql`truncate ${INVOICE_TABLES}`);
    await seedPrices(db(), new Date("2025-06-01T00:00:00Z"));
  });
  afterAll(() => database.close());

  /** March: Adcock (direct) and Vodacom all month, Woolworths off from the middle, CloudTech's own VM all month. */
  const marchFleet = async () => {
    await runVm(db(), PARTY.adcock, MARCH);
    await runVm(db(), PARTY.vodacom, MARCH);
    await runVm(db(), PARTY.woolworths, MARCH, [
      [0, RUNNING],
      [372, { ...RUNNING, poweredOn: false }],
    ]);
    await runVm(db(), PARTY.reseller, MARCH);
  };

  it("invoices direct customers from the provider, a reseller's customers from the reseller at list price, and the reseller at wholesale", async () => {
    await marchFleet();
    await setCommission(db(), "2026-03", "12.5");
    const report = await meterAndClose(db(), MARCH);
    expect(report).toEqual({ monthsClosed: ["2026-03"], invoicesIssued: 4 });

    const invoices = await storedInvoices(db());
    const of = (id: string) => invoices.find((invoice) => invoice.recipient_id === id)!;
    expect(of(PARTY.adcock)).toMatchObject({
      number: "DCX-2026-000001",
      issuer_name: "Datacentrix",
      subtotal_cents: "127590",
      vat_cents: "19139",
      total_cents: "146729",
    });
    expect([of(PARTY.vodacom), of(PARTY.woolworths)].map((invoice) => invoice.number).sort()).toEqual([
      "CLOUDTEC-2026-000001",
      "CLOUDTEC-2026-000002",
    ]);
    expect(of(PARTY.vodacom)).toMatchObject({ issuer_name: "CloudTech", subtotal_cents: String(FULL_MONTH) });
    // Woolworths is not registered for VAT: its invoice carries no VAT number.
    expect(of(PARTY.woolworths)).toMatchObject({
      subtotal_cents: String(HALF_MONTH_ON),
      vat_cents: "10488",
      recipient_vat_number: null,
    });
    // 12.5 % of 1 275.90 = 159.4875 → 159.49 kept, 1 116.41 due; of 699.20 = 87.40 kept, 611.80 due.
    const reseller = of(PARTY.reseller);
    expect(reseller).toMatchObject({ number: "DCX-2026-000002", issuer_name: "Datacentrix" });
    const resold = (await storedLines(db(), reseller.id)).filter((line) => line.kind === "resold");
    expect(resold.map((line) => [line.description, line.amount_cents])).toEqual([
      ["Services resold to Vodacom, 2026-03", "111641"],
      ["Services resold to Woolworths, 2026-03", "61180"],
    ]);
    // Its own VM at list price plus the wholesale lines: 3 004.11, VAT 450.6165 → 450.62.
    expect([reseller.subtotal_cents, reseller.vat_cents, reseller.total_cents]).toEqual(["300411", "45062", "345473"]);
  });

  it("writes the reseller's commission statement with the invoice, computed by hand", async () => {
    await marchFleet();
    await setCommission(db(), "2026-03", "12.5");
    await meterAndClose(db(), MARCH);
    const [statement] = rowsOf<Record<string, string>>(
      await db().execute(sql`select month, percent::text, billed_cents::text, margin_cents::text, due_cents::text
        from commission_statements where reseller_id = ${PARTY.reseller}::uuid`),
    );
    expect(statement).toEqual({
      month: "2026-03",
      percent: "12.50",
      billed_cents: "197510",
      margin_cents: "24689",
      due_cents: "172821",
    });
    const lines = rowsOf<Record<string, string>>(
      await db().execute(sql`select customer_name, billed_cents::text, margin_cents::text, due_cents::text
        from commission_lines order by customer_name`),
    );
    expect(lines).toEqual([
      { customer_name: "Vodacom", billed_cents: "127590", margin_cents: "15949", due_cents: "111641" },
      { customer_name: "Woolworths", billed_cents: "69920", margin_cents: "8740", due_cents: "61180" },
    ]);
  });

  it("applies a commission change from its month on, the newest setting of a month winning", async () => {
    await setCommission(db(), "2026-02", "10");
    await setCommission(db(), "2026-03", "20");
    await setCommission(db(), "2026-03", "15");
    await runVm(db(), PARTY.vodacom, FEBRUARY);
    await meterAndClose(db(), FEBRUARY);
    await meterAndClose(db(), MARCH);
    const statements = rowsOf<Record<string, string>>(
      await db().execute(sql`select month, percent::text, billed_cents::text, margin_cents::text
        from commission_statements order by month`),
    );
    // A whole month bills the same in February (672 h) as in March: the 730-hour month.
    // 15 % of 1 275.90 = 191.385 → 191.39 (half away from zero).
    expect(statements).toEqual([
      { month: "2026-02", percent: "10.00", billed_cents: "127590", margin_cents: "12759" },
      { month: "2026-03", percent: "15.00", billed_cents: "127590", margin_cents: "19139" },
    ]);
  });

  it("numbers each issuer's invoices 1…n without a gap or a duplicate under concurrent closers", async () => {
    const customers: InvoiceParty[] = Array.from({ length: 40 }, (_, n) => ({
      id: `cccccccc-0000-4000-8000-${String(n).padStart(12, "0")}`,
      name: `Customer ${n}`,
      kind: "CUSTOMER",
      parentId: PARTY.provider,
      billingAddress: `${n} Main Road`,
      vatNumber: null,
    }));
    for (const customer of customers) await runVm(db(), customer.id, MARCH);
    const parties = fixedInvoiceParties([...TEST_PARTIES, ...customers]);
    const after = new Date(MARCH.end.getTime() + 2 * 3_600_000);
    await meterUsage(db(), after);
    const close = () => closeEndedMonths(db(), after, { parties, closeDelayHours: 2, log: () => {} });
    const reports = await Promise.all([close(), close(), close()]);
    expect(reports.reduce((sum, report) => sum + report.invoicesIssued, 0)).toBe(40);
    const invoices = await storedInvoices(db());
    expect(invoices.map((invoice) => invoice.number)).toEqual(
      Array.from({ length: 40 }, (_, n) => `DCX-2026-${String(n + 1).padStart(6, "0")}`),
    );
    expect(new Set(invoices.map((invoice) => invoice.recipient_id)).size).toBe(40);
  });

  it("resumes a close cut short: what was issued stays, the rest follows, the numbers leave no gap", async () => {
    await marchFleet();
    // The reseller's second customer cannot be invoiced the first time (as if the process died there).
    await db().execute(sql`
      create function fail_once() returns trigger language plpgsql as $$
      begin
        if new.recipient_id = ${sql.raw(`'${PARTY.woolworths}'`)}::uuid then raise exception 'cut short'; end if;
        return new;
      end $$`);
    await db().execute(
      sql`create trigger fail_once before insert on invoices for each row execute function fail_once()`,
    );
    try {
      await expect(meterAndClose(db(), MARCH)).rejects.toThrow();
    } finally {
      await db().execute(sql`drop trigger fail_once on invoices`);
      await db().execute(sql`drop function fail_once()`);
    }
    const [close] = rowsOf<{ finished_at: string | null }>(
      await db().execute(sql`select finished_at from billing_closes where month = '2026-03'`),
    );
    expect(close?.finished_at).toBeNull();
    expect((await storedInvoices(db())).some((invoice) => invoice.recipient_id === PARTY.reseller)).toBe(false);

    expect(await meterAndClose(db(), MARCH)).toMatchObject({ monthsClosed: ["2026-03"] });
    const numbers = (await storedInvoices(db())).map((invoice) => invoice.number);
    expect(numbers).toEqual(["CLOUDTEC-2026-000001", "CLOUDTEC-2026-000002", "DCX-2026-000001", "DCX-2026-000002"]);
    // Running it again issues nothing.
    expect(await meterAndClose(db(), MARCH)).toEqual({ monthsClosed: [], invoicesIssued: 0 });
  });

  it("waits, issuing nothing to a customer whose parties tenancy does not know, and finishes once it does", async () => {
    await marchFleet();
    const withoutWoolworths = fixedInvoiceParties(TEST_PARTIES.filter((party) => party.id !== PARTY.woolworths));
    const first = await meterAndClose(db(), MARCH, withoutWoolworths);
    expect(first.waiting).toMatch(/does not know 1 organisations/);
    expect(await storedInvoices(db())).toEqual([]);
    expect((await meterAndClose(db(), MARCH)).monthsClosed).toEqual(["2026-03"]);
  });

  it("keeps a closed invoice as issued: late usage becomes adjustment lines of the next invoice, once", async () => {
    await runVm(db(), PARTY.adcock, MARCH);
    await meterAndClose(db(), MARCH);
    const [march] = await storedInvoices(db());
    const marchLines = await storedLines(db(), march!.id);

    // Reported after the close: the VM was powered off at hour 600 of March.
    await storeUsageChanges(db(), [
      usageChange(
        vmOf(PARTY.adcock),
        "late-off",
        new Date(MARCH.start.getTime() + 600 * 3_600_000),
        {
          ...RUNNING,
          poweredOn: false,
        },
        PARTY.adcock,
      ),
    ]);
    expect((await meterAndClose(db(), APRIL)).monthsClosed).toEqual(["2026-04"]);
    const [marchAgain, april] = await storedInvoices(db());
    expect(marchAgain).toEqual(march);
    expect(await storedLines(db(), march!.id)).toEqual(marchLines);
    await expect(
      db().execute(sql`update invoices set total_cents = 0 where id = ${march!.id}::uuid`),
    ).rejects.toThrow();
    await expect(db().execute(sql`delete from invoice_lines where invoice_id = ${march!.id}::uuid`)).rejects.toThrow();

    // Off for 144 of March's 744 hours: vCPU 2 × 600 h × 730/744 × 0.42 = 494.52 (was 613.20);
    // RAM 4 × 600 h × 730/744 × 0.185 = 435.65 (was 540.20). April bills the disk only.
    const adjustments = (await storedLines(db(), april!.id)).filter((line) => line.kind === "adjustment");
    expect(adjustments.map((line) => [line.usage_month, line.description, line.amount_cents])).toEqual([
      ["2026-03", "RAM (GB) (adjustment for 2026-03)", "-10455"],
      ["2026-03", "vCPU (adjustment for 2026-03)", "-11868"],
    ]);
    expect(april!.subtotal_cents).toBe(String(12_250n - 10_455n - 11_868n));

    // May finds nothing more to adjust.
    await meterAndClose(db(), MAY);
    const may = (await storedInvoices(db())).find((invoice) => invoice.month === "2026-05")!;
    expect((await storedLines(db(), may.id)).map((line) => line.kind)).toEqual(["usage"]);
  });
});
