import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import { rowsOf } from "../../sql/sql-arrays";
import type { BillingMonth } from "../bill/billing-month";
import { meterUsage } from "../metering/metering.service";
import { RUNNING, type UsageState, usageChange } from "../metering/usage-change.fixture";
import { storeUsageChanges } from "../usage-change/usage-change.store";
import { closeEndedMonths, type CloseReport } from "./close-month.service";
import { fixedInvoiceParties, type InvoiceParty, type InvoicePartySource } from "./invoice-parties.client";

/** The demo's shape: the provider, a reseller with two customers, and a direct customer. */
export const PARTY = {
  provider: "aaaaaaaa-0000-4000-8000-000000000001",
  reseller: "aaaaaaaa-0000-4000-8000-000000000002",
  vodacom: "aaaaaaaa-0000-4000-8000-000000000003",
  woolworths: "aaaaaaaa-0000-4000-8000-000000000004",
  adcock: "aaaaaaaa-0000-4000-8000-000000000005",
} as const;

export const TEST_PARTIES: InvoiceParty[] = [
  {
    id: PARTY.provider,
    name: "Datacentrix",
    kind: "PROVIDER",
    parentId: null,
    billingAddress: "Corporate Park, Midrand, 1685",
    vatNumber: "4010101010",
  },
  {
    id: PARTY.reseller,
    name: "CloudTech",
    kind: "RESELLER",
    parentId: PARTY.provider,
    billingAddress: "1 Loop Street, Cape Town, 8001",
    vatNumber: "4020202020",
  },
  {
    id: PARTY.vodacom,
    name: "Vodacom",
    kind: "CUSTOMER",
    parentId: PARTY.reseller,
    billingAddress: "Vodavalley, Midrand, 1685",
    vatNumber: "4030303030",
  },
  {
    id: PARTY.woolworths,
    name: "Woolworths",
    kind: "CUSTOMER",
    parentId: PARTY.reseller,
    billingAddress: null,
    vatNumber: null,
  },
  {
    id: PARTY.adcock,
    name: "Adcock",
    kind: "CUSTOMER",
    parentId: PARTY.provider,
    billingAddress: "1 New Road, Midrand, 1685",
    vatNumber: "4050505050",
  },
];

export const testParties = (): InvoicePartySource => fixedInvoiceParties(TEST_PARTIES);

/** A VM id per organisation and number, readable in failures. */
export const vmOf = (organizationId: string, index = 0) =>
  `bbbbbbbb-${organizationId.slice(0, 4)}-4${organizationId.slice(-3)}-8000-${String(index).padStart(12, "0")}`;

/** The demo catalog's prices from long before the month, VAT 15 %. */
export async function seedPrices(db: TelemetryDb, from: Date): Promise<void> {
  const at = from.toISOString();
  await db.execute(sql`
    insert into billing_prices (sku, effective_from, name, unit, unit_price) values
      ('compute.vcpu', ${at}::timestamptz, 'vCPU', 'vcpu_hour', 0.42),
      ('compute.ram-gb', ${at}::timestamptz, 'RAM (GB)', 'gb_ram_hour', 0.185),
      ('storage.performance', ${at}::timestamptz, 'Performance storage (SSD)', 'gb_month', 2.45)`);
  await db.execute(sql`insert into billing_vat_rates (effective_from, rate) values (${at}::timestamptz, 0.15)`);
}

export const INVOICE_TABLES = sql`vm_usage_changes, vm_usage_hours, metering_progress, metering_rework,
  billing_prices, billing_vat_rates, invoice_issuers, invoice_counters, invoice_lines, invoices, billing_closes,
  reseller_commissions, commission_lines, commission_statements`;

/** Delivers a VM's states (hours from `month`'s start) for an organisation. */
export async function runVm(
  db: TelemetryDb,
  organizationId: string,
  month: BillingMonth,
  states: [number, UsageState][] = [[0, RUNNING]],
  index = 0,
): Promise<void> {
  const vm = vmOf(organizationId, index);
  await storeUsageChanges(
    db,
    states.map(([hours, state], n) =>
      usageChange(
        vm,
        `${vm}:${month.label}:${hours}:${n}`,
        new Date(month.start.getTime() + hours * 3_600_000),
        state,
        organizationId,
      ),
    ),
  );
}

/** Meters past the month's end and the close delay, then closes what has ended. */
export async function meterAndClose(
  db: TelemetryDb,
  month: BillingMonth,
  parties: InvoicePartySource = testParties(),
): Promise<CloseReport> {
  const after = new Date(month.end.getTime() + 2 * 3_600_000);
  await meterUsage(db, after);
  return closeEndedMonths(db, after, { parties, closeDelayHours: 2, log: () => {} });
}

export interface StoredInvoice {
  id: string;
  number: string;
  month: string;
  issuer_id: string;
  issuer_name: string;
  recipient_id: string;
  recipient_name: string;
  recipient_vat_number: string | null;
  subtotal_cents: string;
  vat_cents: string;
  total_cents: string;
}

export async function storedInvoices(db: TelemetryDb): Promise<StoredInvoice[]> {
  return rowsOf<StoredInvoice>(
    await db.execute(sql`
      select id, number, month, issuer_id, issuer_name, recipient_id, recipient_name, recipient_vat_number,
        subtotal_cents::text, vat_cents::text, total_cents::text
      from invoices order by number`),
  );
}

export interface StoredLine {
  kind: string;
  usage_month: string;
  description: string;
  amount_cents: string;
  customer_id: string | null;
}

export async function storedLines(db: TelemetryDb, invoiceId: string): Promise<StoredLine[]> {
  return rowsOf<StoredLine>(
    await db.execute(sql`
      select kind, usage_month, description, amount_cents::text, customer_id from invoice_lines
      where invoice_id = ${invoiceId}::uuid order by position`),
  );
}
