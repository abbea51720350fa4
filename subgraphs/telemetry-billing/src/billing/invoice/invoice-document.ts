import { formatScaled, type TaxInvoiceDocument } from "@dcx/kit";
import type { TelemetryDb } from "../../db/telemetry-db";
import type { InvoiceLineDraft } from "./invoice-lines";
import { findInvoice, findInvoiceLines, type InvoiceRecord } from "./invoice.store";

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-10" → "October 2026". */
export const periodLabel = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** An issued invoice as the kit's renderers draw it (null when there is none). Two statements. */
export async function invoiceDocument(db: TelemetryDb, invoiceId: string): Promise<TaxInvoiceDocument | null> {
  const invoice = await findInvoice(db, invoiceId);
  if (!invoice) return null;
  const [lines] = await findInvoiceLines(db, [invoice.id]);
  return toDocument(invoice, lines ?? []);
}

export function toDocument(invoice: InvoiceRecord, lines: readonly InvoiceLineDraft[]): TaxInvoiceDocument {
  const party = (snapshot: InvoiceRecord["issuer"]) => ({
    name: snapshot.name,
    address: snapshot.address,
    vatNumber: snapshot.vatNumber,
  });
  return {
    title: "Tax Invoice",
    number: invoice.number,
    issuedAt: invoice.issuedAt,
    periodLabel: periodLabel(invoice.month),
    supplier: party(invoice.issuer),
    recipient: party(invoice.recipient),
    lines: lines.map((line) => ({
      group: line.groupLabel,
      description: line.description,
      quantity: trimZeros(formatScaled(line.quantityScaled4, 4)),
      unit: line.unit,
      unitPrice: trimZeros(formatScaled(line.unitPriceMicros, 6), 2),
      vatRate: formatScaled(line.vatRate, 4),
      amountCents: line.amountCents,
    })),
    subtotalCents: invoice.subtotalCents,
    vatByRate: invoice.vatByRate.map((entry) => ({
      rate: entry.rate,
      taxableCents: BigInt(entry.taxableCents),
      vatCents: BigInt(entry.vatCents),
    })),
    vatCents: invoice.vatCents,
    totalCents: invoice.totalCents,
    currency: "ZAR",
  };
}

/** "720.0000" → "720", "0.420000" → "0.42" (keeping at least `keep` decimals). */
function trimZeros(text: string, keep = 0): string {
  const [whole, fraction = ""] = text.split(".");
  const trimmed = fraction.replace(/0+$/, "").padEnd(keep, "0");
  return trimmed ? `${whole}.${trimmed}` : whole!;
}
