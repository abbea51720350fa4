import { formatScaled } from "../money/decimal";
import { toCsv } from "./csv";
import { formatDocumentDate } from "./document-text";
import type { TaxInvoiceDocument } from "./tax-invoice";

const HEADER = [
  "invoice_number",
  "issue_date",
  "period",
  "currency",
  "supplier_name",
  "supplier_vat_number",
  "recipient_name",
  "recipient_vat_number",
  "group",
  "description",
  "quantity",
  "unit",
  "unit_price",
  "vat_rate",
  "amount_excl_vat",
  "invoice_subtotal_excl_vat",
  "invoice_vat",
  "invoice_total",
];

/**
 * One row per line with the invoice's header fields (number, date, period, parties, totals)
 * repeated, so each row stands on its own in a spreadsheet or an import. Amounts are decimals
 * ("1234.56"), never formatted rand; see `toCsv` for quoting and formula safety.
 */
export function taxInvoiceCsv(doc: TaxInvoiceDocument): string {
  const invoice = [
    doc.number,
    formatDocumentDate(doc.issuedAt),
    doc.periodLabel,
    doc.currency,
    doc.supplier.name,
    doc.supplier.vatNumber ?? "",
    doc.recipient.name,
    doc.recipient.vatNumber ?? "",
  ];
  const totals = [doc.subtotalCents, doc.vatCents, doc.totalCents].map((cents) => formatScaled(cents, 2));
  return toCsv([
    HEADER,
    ...doc.lines.map((line) => [
      ...invoice,
      line.group,
      line.description,
      line.quantity,
      line.unit,
      line.unitPrice,
      line.vatRate,
      formatScaled(line.amountCents, 2),
      ...totals,
    ]),
  ]);
}
