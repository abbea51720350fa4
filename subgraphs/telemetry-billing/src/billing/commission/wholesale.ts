import { divideRoundHalfUp } from "@dcx/kit";
import type { InvoiceLineDraft } from "../invoice/invoice-lines";

/** A percentage at scale 2 over 100 %: 10 000n is the whole. */
const WHOLE = 10_000n;
const QUANTITY_ONE = 10_000n;
const MICROS_PER_CENT = 10_000n;
export const RESOLD_GROUP = "Services resold to customers";

/** What a reseller invoiced one customer for a month, excluding VAT, per VAT rate. */
export interface ResoldInvoice {
  customerId: string;
  customerName: string;
  invoiceId: string;
  invoiceNumber: string;
  taxableByRate: { rate: bigint; taxableCents: bigint }[];
}

/** One customer's part of a reseller's commission statement. */
export interface CommissionLineDraft {
  customerId: string;
  customerName: string;
  invoiceId: string;
  invoiceNumber: string;
  billedCents: bigint;
  marginCents: bigint;
  dueCents: bigint;
}

export interface Resale {
  /** The provider's lines to the reseller: the wholesale amount of each customer. */
  lines: InvoiceLineDraft[];
  statement: { lines: CommissionLineDraft[]; billedCents: bigint; marginCents: bigint; dueCents: bigint };
}

/**
 * The reseller keeps `percent` (scale 2: 1250n is 12.5 %) of what it invoiced each customer,
 * excluding VAT, and owes the provider the rest. The margin is rounded per customer to the cent,
 * half away from zero (per customer and VAT rate in a month whose VAT rate changed, so each
 * wholesale line carries one rate); what is due is the amount billed less the margin, so the two
 * always add up to what was billed.
 */
export function resell(invoices: readonly ResoldInvoice[], percent: bigint, month: string): Resale {
  const lines: InvoiceLineDraft[] = [];
  const statementLines: CommissionLineDraft[] = [];
  for (const invoice of [...invoices].sort((a, b) => a.customerName.localeCompare(b.customerName))) {
    const parts = invoice.taxableByRate.map(({ rate, taxableCents }) => {
      const marginCents = divideRoundHalfUp(taxableCents * percent, WHOLE);
      return { rate, taxableCents, marginCents, dueCents: taxableCents - marginCents };
    });
    for (const part of parts) {
      if (part.taxableCents === 0n) continue;
      const rateNote = parts.length > 1 ? ` (VAT ${formatPercent(part.rate)})` : "";
      lines.push({
        kind: "resold",
        usageMonth: month,
        groupLabel: RESOLD_GROUP,
        vmId: null,
        customerId: invoice.customerId,
        sku: null,
        description: `Services resold to ${invoice.customerName}, ${month}${rateNote}`,
        unit: "month",
        quantityScaled4: QUANTITY_ONE,
        unitPriceMicros: part.dueCents * MICROS_PER_CENT,
        vatRate: part.rate,
        amountCents: part.dueCents,
      });
    }
    const sum = (pick: (part: (typeof parts)[number]) => bigint) => parts.reduce((total, p) => total + pick(p), 0n);
    statementLines.push({
      customerId: invoice.customerId,
      customerName: invoice.customerName,
      invoiceId: invoice.invoiceId,
      invoiceNumber: invoice.invoiceNumber,
      billedCents: sum((p) => p.taxableCents),
      marginCents: sum((p) => p.marginCents),
      dueCents: sum((p) => p.dueCents),
    });
  }
  const total = (pick: (line: CommissionLineDraft) => bigint) => statementLines.reduce((t, l) => t + pick(l), 0n);
  return {
    lines,
    statement: {
      lines: statementLines,
      billedCents: total((l) => l.billedCents),
      marginCents: total((l) => l.marginCents),
      dueCents: total((l) => l.dueCents),
    },
  };
}

/** A VAT rate as a fraction at scale 4 (1500n) → "15 %": the same digits are hundredths of a percent. */
function formatPercent(rate: bigint): string {
  const whole = rate / 100n;
  const fraction = (rate % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  return `${whole}${fraction ? `.${fraction}` : ""} %`;
}
