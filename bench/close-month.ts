import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { migrationsFolder, openDatabase, renderTaxInvoicePdf } from "@dcx/kit";
import {
  closeEndedMonths,
  fixedInvoiceParties,
  invoiceDocument,
  meterUsage,
  telemetryBillingSubgraph,
  type InvoiceParty,
  type TelemetryDb,
} from "@dcx/telemetry-billing";
import { sql } from "drizzle-orm";
import { openBenchDatabase, type TelemetryDatabase } from "./telemetry/bench-database";
import { benchUsageChange, insertListPrices, insertUsageChanges, NOVEMBER_END } from "./telemetry/usage-fixture";

/**
 * `npm run bench:close-month [-- vm count] [--organizations N] [--pglite] [--keep-pdf DIR]`: closes
 * November 2026 for 3,300 VMs over 1,000 invoiced organisations (or N) under the provider — 10
 * resellers with 40 customers each, the rest direct customers — on the PostgreSQL server
 * (TEST_POSTGRES_URL, else the local one), or on an in-memory PGlite with `--pglite`; then renders
 * every invoice as a PDF (keeping a reseller's and a customer's in DIR). Prints each step's time.
 */
const args = process.argv.slice(2);
const onPglite = args.includes("--pglite");
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const ORGANIZATIONS = Number(option("--organizations") ?? 1_000);
const keepPdfIn = option("--keep-pdf");
const VMS = Number(args.find((arg, i) => /^\d+$/.test(arg) && !args[i - 1]?.startsWith("--")) ?? 3_300);
const closeAt = new Date(NOVEMBER_END.getTime() + 2 * 3_600_000);

const party = (name: string, kind: InvoiceParty["kind"], parentId: string | null): InvoiceParty => ({
  id: randomUUID(),
  name,
  kind,
  parentId,
  billingAddress: `${name} House, 1 Main Road, Johannesburg, 2001`,
  vatNumber:
    kind === "CUSTOMER" && name.endsWith("7") ? null : `4${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`,
});
const provider = party("Datacentrix", "PROVIDER", null);
const resellers = Array.from({ length: 10 }, (_, n) => party(`Reseller ${n}`, "RESELLER", provider.id));
const customers = [
  ...resellers.flatMap((reseller, r) =>
    Array.from({ length: 40 }, (_, n) => party(`Customer ${r}-${n}`, "CUSTOMER", reseller.id)),
  ),
  ...Array.from({ length: Math.max(0, ORGANIZATIONS - 410) }, (_, n) =>
    party(`Direct customer ${n}`, "CUSTOMER", provider.id),
  ),
];
// Resellers run VMs of their own too: every organisation but the provider has usage.
const owners = [...resellers, ...customers];

async function openPglite(): Promise<{ database: TelemetryDatabase; close: () => Promise<void> }> {
  const database = await openDatabase({
    schema: telemetryBillingSubgraph.tables,
    migrationsFolder: migrationsFolder(telemetryBillingSubgraph.name),
  });
  await database.migrate();
  return { database, close: () => database.close() };
}

const { database, close } = onPglite ? await openPglite() : await openBenchDatabase();
const db = database.db as unknown as TelemetryDb;
const time = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
  const started = Date.now();
  const result = await run();
  console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
};

try {
  console.log(
    `${onPglite ? "PGlite" : "PostgreSQL server"}: ${VMS} VMs over ${owners.length} organisations ` +
      `(${resellers.length} resellers, ${customers.length} customers), November 2026`,
  );
  await insertListPrices(db);
  for (const [n, reseller] of resellers.entries()) {
    await db.execute(sql`insert into reseller_commissions (reseller_id, from_month, percent, set_at, set_by)
      values (${reseller.id}::uuid, '2026-11', ${10 + n}, now(), 'bench')`);
  }
  const changes: ReturnType<typeof benchUsageChange>[] = [];
  for (let index = 0; index < VMS; index += 1) {
    const vm = { id: randomUUID(), organizationId: owners[index % owners.length]!.id, index };
    changes.push(
      benchUsageChange(vm, 0, { poweredOn: true, vcpuCount: 2 }),
      benchUsageChange(vm, 200 + (index % 48), { poweredOn: false, vcpuCount: 2 }),
      benchUsageChange(vm, 212 + (index % 48), { poweredOn: true, vcpuCount: 4 }),
    );
  }
  await insertUsageChanges(db, changes);
  await time("metering the month", () => meterUsage(db, closeAt));
  await db.execute(sql`analyze`);

  const parties = fixedInvoiceParties([provider, ...owners]);
  const report = await time("closing the month (every invoice, resellers after their customers)", () =>
    closeEndedMonths(db, closeAt, { parties, closeDelayHours: 2, log: () => {} }),
  );
  const counts = (
    (await db.execute(sql`select (select count(*) from invoices)::int as invoices,
      (select count(*) from invoice_lines)::int as lines,
      (select count(*) from commission_lines)::int as resold,
      (select sum(total_cents) from invoices)::text as total`)) as unknown as {
      rows: { invoices: number; lines: number; resold: number; total: string }[];
    }
  ).rows[0]!;
  console.log(
    `  ${report.invoicesIssued} invoices issued (${counts.invoices} stored, ${counts.lines} lines, ` +
      `${counts.resold} customers resold), R ${(Number(counts.total) / 100).toLocaleString("en")} invoiced` +
      (report.waiting ? `; waiting: ${report.waiting}` : ""),
  );
  await time("closing it again (nothing to do)", () =>
    closeEndedMonths(db, closeAt, { parties, closeDelayHours: 2, log: () => {} }),
  );

  const ids = (
    (await db.execute(sql`select id from invoices order by number`)) as unknown as { rows: { id: string }[] }
  ).rows.map((row) => row.id);
  let bytes = 0;
  const kept: Record<string, Buffer> = {};
  await time(`rendering ${ids.length} invoices as PDF`, async () => {
    for (const id of ids) {
      const document = (await invoiceDocument(db, id))!;
      const pdf = await renderTaxInvoicePdf(document);
      bytes += pdf.length;
      // The first invoice to a reseller and the first from one, for a person to read.
      const role = resellers.some((r) => r.name === document.recipient.name)
        ? "reseller"
        : resellers.some((r) => r.name === document.supplier.name)
          ? "reseller-customer"
          : null;
      if (role && !kept[role]) kept[role] = pdf;
    }
  });
  if (keepPdfIn) {
    mkdirSync(keepPdfIn, { recursive: true });
    for (const [role, pdf] of Object.entries(kept)) writeFileSync(path.join(keepPdfIn, `${role}-invoice.pdf`), pdf);
    console.log(`  kept ${Object.keys(kept).join(" and ")} invoices in ${keepPdfIn}`);
  }
  console.log(`  ${(bytes / 1024 / 1024).toFixed(1)} MB of PDF, ${Math.round(bytes / ids.length / 1024)} KB each`);
} finally {
  await close();
}
