import { formatDocumentDate, formatRand, formatRandAmount, formatVatPercent, renderTabularPdf } from "@dcx/kit";
import { type Quote, validityNote } from "./quote";

const COLUMNS = [
  { header: "Description", width: 175 },
  { header: "SKU", width: 110 },
  { header: "Quantity", width: 70, align: "right" },
  { header: "Unit price", width: 70, align: "right" },
  { header: "Amount a month", width: 90, align: "right" },
] as const;

/** The quote as a PDF: headed "Quote" (never "Tax Invoice"), dated, with its lines and monthly totals. */
export function renderQuotePdf(quote: Quote): Promise<Buffer> {
  const date = formatDocumentDate(quote.quotedAt);
  return renderTabularPdf({
    title: "Quote",
    reference: `Quote for a VM, ${date}`,
    facts: [
      ["Date", date],
      ["Valid until", formatDocumentDate(quote.validUntil)],
      ["Currency", quote.currency],
    ],
    parties: [{ heading: "Virtual machine", lines: quote.specification }],
    columns: COLUMNS,
    rows: quote.lines.map((line) => ({
      cells: [
        line.description,
        line.sku,
        line.quantity,
        formatRandAmount(line.unitPrice),
        formatRand(line.amountCents),
      ],
    })),
    totals: [
      { label: "Monthly subtotal (excl. VAT)", value: formatRand(quote.monthlySubtotalCents) },
      { label: `VAT at ${formatVatPercent(quote.vatRate)}`, value: formatRand(quote.vatCents) },
      {
        label: `Monthly total (incl. VAT, ${quote.currency})`,
        value: formatRand(quote.monthlyTotalCents),
        strong: true,
      },
    ],
    notes: [
      `Hourly rate (excl. VAT): ${formatRand(quote.hourlyRateCents)}. A month is 730 hours.`,
      validityNote(quote),
    ],
  });
}
