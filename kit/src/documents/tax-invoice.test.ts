import { describe, expect, it } from "vitest";
import { csvRecords, parseCsv } from "./csv.testing";
import { pdfText } from "./pdf-text.testing";
import type { TaxInvoiceDocument, TaxInvoiceLine } from "./tax-invoice";
import { taxInvoiceCsv } from "./tax-invoice-csv";
import { renderTaxInvoicePdf } from "./tax-invoice-pdf";

const line = (overrides: Partial<TaxInvoiceLine> = {}): TaxInvoiceLine => ({
  group: "web-01",
  description: "vCPU",
  quantity: "1460",
  unit: "vCPU-hour",
  unitPrice: "0.420000",
  vatRate: "0.1500",
  amountCents: 61320n,
  ...overrides,
});

/** An invoice whose totals are the sums of its lines, VAT 15 % (and 0 % where a line says so). */
function invoice(lines: TaxInvoiceLine[], overrides: Partial<TaxInvoiceDocument> = {}): TaxInvoiceDocument {
  const byRate = new Map<string, bigint>();
  for (const l of lines) byRate.set(l.vatRate, (byRate.get(l.vatRate) ?? 0n) + l.amountCents);
  const vatByRate = [...byRate].map(([rate, taxableCents]) => ({
    rate,
    taxableCents,
    vatCents: (taxableCents * BigInt(rate.replace(".", "")) + 5000n) / 10000n,
  }));
  const subtotalCents = lines.reduce((sum, l) => sum + l.amountCents, 0n);
  const vatCents = vatByRate.reduce((sum, v) => sum + v.vatCents, 0n);
  return {
    title: "Tax Invoice",
    number: "INV-2024-05-0042",
    issuedAt: new Date("2024-06-01T06:00:00Z"),
    periodLabel: "May 2024",
    supplier: { name: "Datacentrix (Pty) Ltd", address: "1 Vuna Close\nUmhlanga", vatNumber: "4120192837" },
    recipient: { name: "Adcock Ingram Ltd", address: "1 New Road\nMidrand", vatNumber: "4870111222" },
    lines,
    subtotalCents,
    vatByRate,
    vatCents,
    totalCents: subtotalCents + vatCents,
    currency: "ZAR",
    ...overrides,
  };
}

const SAMPLE = invoice([
  line(),
  line({ description: "RAM", quantity: "2920", unit: "GB-hour", unitPrice: "0.185000", amountCents: 54020n }),
  line({
    group: "web-02",
    description: "Disk 1 (performance)",
    quantity: "50",
    unit: "GB-month",
    unitPrice: "2.45",
    amountCents: 12250n,
  }),
  line({
    group: "Services",
    description: "Support",
    quantity: "1",
    unit: "month",
    unitPrice: "1234.56",
    amountCents: 123456n,
  }),
]);

describe("the tax invoice PDF", () => {
  it("says Tax Invoice and shows both parties, the number, date, period, every line and the totals in rand", async () => {
    const { pages, text } = await pdfText(await renderTaxInvoicePdf(SAMPLE));
    expect(pages).toHaveLength(1);
    for (const expected of [
      "Tax Invoice",
      "Invoice number INV-2024-05-0042",
      "Issue date 2024-06-01",
      "Period May 2024",
      "Datacentrix (Pty) Ltd 1 Vuna Close Umhlanga VAT number: 4120192837",
      "Adcock Ingram Ltd 1 New Road Midrand VAT number: 4870111222",
      "Description Quantity Unit Unit price VAT Amount (excl. VAT)",
      "web-01 vCPU 1460 vCPU-hour R 0.42 15% R 613.20 RAM 2920 GB-hour R 0.185 15% R 540.20",
      "web-02 Disk 1 (performance) 50 GB-month R 2.45 15% R 122.50",
      "Services Support 1 month R 1 234.56 15% R 1 234.56",
      "Subtotal (excl. VAT) R 2 510.46",
      "VAT at 15% on R 2 510.46 R 376.57",
      "Total VAT R 376.57",
      "Total (incl. VAT, ZAR) R 2 887.03",
      "Page 1 of 1",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("is read in a thread of its own: pdf.js's polyfills never replace this process's built-ins", async () => {
    await pdfText(await renderTaxInvoicePdf(SAMPLE));
    // core-js keeps its store here in the realm it patched (and dresses its replacements as native code).
    expect(Object.hasOwn(globalThis, "__core-js_shared__")).toBe(false);
  });

  it("leaves out what a recipient does not have, and shows VAT per rate", async () => {
    const doc = invoice(
      [line(), line({ group: "Export", description: "Zero-rated", vatRate: "0.0000", amountCents: 10000n })],
      {
        recipient: { name: "Sanlam", address: null, vatNumber: null },
      },
    );
    const { text } = await pdfText(await renderTaxInvoicePdf(doc));
    expect(text.match(/VAT number:/g)).toHaveLength(1);
    expect(text).toContain("RECIPIENT Sanlam Description");
    expect(text).toContain("VAT at 15% on R 613.20 R 91.98");
    expect(text).toContain("VAT at 0% on R 100.00 R 0.00");
    expect(text).toContain("Total (incl. VAT, ZAR) R 805.18");
  });

  it("shows names beyond Windows-1252 in an embedded font, and keeps Latin-1 in the standard one", async () => {
    const polish = invoice([line({ group: "Łódź-01", description: "Ωmega backup ✓" })], {
      recipient: { name: "Zakład Łódź Sp. z o.o.", address: "ul. Piotrkowska 1\nŁódź", vatNumber: null },
    });
    const pdf = await renderTaxInvoicePdf(polish);
    const { text } = await pdfText(pdf);
    expect(text).toContain("RECIPIENT Zakład Łódź Sp. z o.o. ul. Piotrkowska 1 Łódź");
    expect(text).toContain("Łódź-01 Ωmega backup ✓ 1460");
    expect(pdf.toString("latin1")).toContain("DejaVuSans");
    const latin = await renderTaxInvoicePdf(invoice([line({ description: "Café Zoë – “daily” €" })]));
    expect((await pdfText(latin)).text).toContain("Café Zoë – “daily” €");
    expect(latin.toString("latin1")).not.toContain("DejaVuSans");
  });

  it("runs a 3 300-line invoice over pages, each with the header row, every line once, the totals at the end", async () => {
    const lines = Array.from({ length: 3300 }, (_, i) =>
      line({
        group: `vm-${String(Math.floor(i / 7)).padStart(4, "0")}`,
        description: `line-${String(i).padStart(4, "0")}`,
      }),
    );
    const doc = invoice(lines);
    const { pages, text } = await pdfText(await renderTaxInvoicePdf(doc));
    expect(pages.length).toBeGreaterThan(40);
    pages.forEach((page, i) => {
      expect(
        page.startsWith("Tax Invoice") ||
          page.startsWith("Description Quantity Unit Unit price VAT Amount (excl. VAT)"),
      ).toBe(true);
      expect(page).toContain("Description Quantity Unit Unit price VAT Amount (excl. VAT)");
      expect(page).toContain(`Tax Invoice INV-2024-05-0042 Page ${i + 1} of ${pages.length}`);
    });
    const printed = text.match(/line-\d{4}/g) ?? [];
    expect(printed).toEqual(lines.map((l) => l.description));
    // A group broken by a page is named again on the next one.
    const continued = pages.filter((page) =>
      /^Description .*? Amount \(excl\. VAT\) vm-\d{4} \(continued\) line-/.test(page),
    );
    expect(continued.length).toBeGreaterThan(0);
    expect(pages.at(-1)).toContain("Subtotal (excl. VAT) R 2 023 560.00");
    expect(pages.at(-1)).toContain("Total (incl. VAT, ZAR) R 2 327 094.00");
  });
});

describe("the tax invoice CSV", () => {
  it("has one row per line with the invoice's header fields repeated and amounts as decimals", () => {
    const records = csvRecords(taxInvoiceCsv(SAMPLE));
    expect(records).toHaveLength(4);
    expect(records[3]).toEqual({
      invoice_number: "INV-2024-05-0042",
      issue_date: "2024-06-01",
      period: "May 2024",
      currency: "ZAR",
      supplier_name: "Datacentrix (Pty) Ltd",
      supplier_vat_number: "4120192837",
      recipient_name: "Adcock Ingram Ltd",
      recipient_vat_number: "4870111222",
      group: "Services",
      description: "Support",
      quantity: "1",
      unit: "month",
      unit_price: "1234.56",
      vat_rate: "0.1500",
      amount_excl_vat: "1234.56",
      invoice_subtotal_excl_vat: "2510.46",
      invoice_vat: "376.57",
      invoice_total: "2887.03",
    });
    expect(records.map((r) => r.amount_excl_vat)).toEqual(["613.20", "540.20", "122.50", "1234.56"]);
  });

  it("quotes as RFC 4180 asks and defuses formulas in any field", () => {
    const doc = invoice(
      [
        line({ group: "=cmd|' /C calc'!A0", description: 'Backup, "daily"\nretained 30 days' }),
        line({ description: "@SUM(1+1)", unit: "+unit", amountCents: -5000n }),
      ],
      { recipient: { name: "-Evil, Inc", address: null, vatNumber: null } },
    );
    const csv = taxInvoiceCsv(doc);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(3);
    const [first, second] = csvRecords(csv);
    expect(first).toMatchObject({
      group: "'=cmd|' /C calc'!A0",
      description: 'Backup, "daily"\nretained 30 days',
      recipient_name: "'-Evil, Inc",
    });
    expect(second).toMatchObject({ description: "'@SUM(1+1)", unit: "'+unit", amount_excl_vat: "-50.00" });
    expect(csv).toContain('"Backup, ""daily""\nretained 30 days"');
  });
});
