import { formatDocumentDate, formatScaled, toCsv } from "@dcx/kit";
import type { Quote } from "./quote";

const HEADER = [
  "quote_date",
  "valid_until",
  "currency",
  "description",
  "sku",
  "quantity",
  "unit_price",
  "amount_excl_vat",
  "monthly_subtotal_excl_vat",
  "vat_rate",
  "vat",
  "monthly_total",
];

/** One row per line of the quote, its date and monthly totals repeated; amounts as decimals. */
export function quoteCsv(quote: Quote): string {
  const dates = [formatDocumentDate(quote.quotedAt), formatDocumentDate(quote.validUntil), quote.currency];
  const totals = [
    formatScaled(quote.monthlySubtotalCents, 2),
    quote.vatRate,
    formatScaled(quote.vatCents, 2),
    formatScaled(quote.monthlyTotalCents, 2),
  ];
  return toCsv([
    HEADER,
    ...quote.lines.map((line) => [
      ...dates,
      line.description,
      line.sku,
      line.quantity,
      line.unitPrice,
      formatScaled(line.amountCents, 2),
      ...totals,
    ]),
  ]);
}
