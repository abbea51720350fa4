import { formatDocumentDate, formatRand, formatRandAmount, formatVatPercent } from "./document-text";
import type { InvoicePartyDetails, TaxInvoiceDocument } from "./tax-invoice";
import { type PdfTableRow, renderTabularPdf } from "./tabular-pdf";

const COLUMNS = [
  { header: "Description", width: 190 },
  { header: "Quantity", width: 58, align: "right" },
  { header: "Unit", width: 62 },
  { header: "Unit price", width: 70, align: "right" },
  { header: "VAT", width: 40, align: "right" },
  { header: "Amount (excl. VAT)", width: 95, align: "right" },
] as const;

/**
 * The tax invoice as a PDF, with everything a full South African tax invoice must show (VAT Act
 * s20(4)): the words "Tax Invoice", the supplier's and recipient's names, addresses and VAT
 * numbers, the invoice number and date, each line's description, quantity, value and VAT rate,
 * then the subtotal, the VAT per rate and the total. Lines are grouped under their `group`.
 */
export function renderTaxInvoicePdf(doc: TaxInvoiceDocument): Promise<Buffer> {
  return renderTabularPdf({
    title: doc.title,
    reference: `${doc.title} ${doc.number}`,
    facts: [
      ["Invoice number", doc.number],
      ["Issue date", formatDocumentDate(doc.issuedAt)],
      ["Period", doc.periodLabel],
    ],
    parties: [party("Supplier", doc.supplier), party("Recipient", doc.recipient)],
    columns: COLUMNS,
    rows: groupedRows(doc),
    totals: [
      { label: "Subtotal (excl. VAT)", value: formatRand(doc.subtotalCents) },
      ...doc.vatByRate.map((vat) => ({
        label: `VAT at ${formatVatPercent(vat.rate)} on ${formatRand(vat.taxableCents)}`,
        value: formatRand(vat.vatCents),
      })),
      { label: "Total VAT", value: formatRand(doc.vatCents) },
      { label: `Total (incl. VAT, ${doc.currency})`, value: formatRand(doc.totalCents), strong: true },
    ],
  });
}

function party(heading: string, details: InvoicePartyDetails) {
  return {
    heading,
    lines: [
      details.name,
      ...(details.address ? details.address.split(/\r?\n/) : []),
      ...(details.vatNumber ? [`VAT number: ${details.vatNumber}`] : []),
    ],
  };
}

/** Lines in their given order, a heading wherever the group changes. */
function groupedRows(doc: TaxInvoiceDocument): PdfTableRow[] {
  const rows: PdfTableRow[] = [];
  let group: string | null = null;
  for (const line of doc.lines) {
    if (line.group !== group) {
      group = line.group;
      rows.push({ group });
    }
    rows.push({
      cells: [
        line.description,
        line.quantity,
        line.unit,
        formatRandAmount(line.unitPrice),
        formatVatPercent(line.vatRate),
        formatRand(line.amountCents),
      ],
    });
  }
  return rows;
}
