/**
 * A South African tax invoice as the renderers draw it. Every amount is integer cents; rates and
 * quantities are already-formatted decimal strings, so no renderer ever does float arithmetic.
 */
export interface InvoicePartyDetails {
  name: string;
  address: string | null;
  vatNumber: string | null;
}

export interface TaxInvoiceLine {
  /** Lines are shown grouped under this heading (e.g. the VM or the service). */
  group: string;
  description: string;
  /** Decimal text, e.g. "720" or "1.5". */
  quantity: string;
  /** e.g. "hour", "GiB-month". */
  unit: string;
  /** Rand per unit as decimal text (may carry more than two decimals, e.g. "0.0125"). */
  unitPrice: string;
  /** Decimal fraction, e.g. "0.1500" for 15 %. */
  vatRate: string;
  /** Excluding VAT. */
  amountCents: bigint;
}

export interface TaxInvoiceDocument {
  title: "Tax Invoice";
  number: string;
  issuedAt: Date;
  periodLabel: string;
  supplier: InvoicePartyDetails;
  recipient: InvoicePartyDetails;
  lines: TaxInvoiceLine[];
  subtotalCents: bigint;
  vatByRate: { rate: string; taxableCents: bigint; vatCents: bigint }[];
  vatCents: bigint;
  totalCents: bigint;
  currency: "ZAR";
}
