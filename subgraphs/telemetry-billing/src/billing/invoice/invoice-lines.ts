import { divideRoundHalfUp } from "@dcx/kit";
import type { PricedBill, PricedLine } from "../bill/price-bill";

const VAT_SCALE = 10_000n;

export type InvoiceLineKind = "usage" | "adjustment" | "resold";

/** A line as an invoice stores it (amounts excluding VAT). */
export interface InvoiceLineDraft {
  kind: InvoiceLineKind;
  /** The month whose usage the line bills, "2026-10". */
  usageMonth: string;
  groupLabel: string;
  vmId: string | null;
  customerId: string | null;
  sku: string | null;
  description: string;
  unit: string;
  quantityScaled4: bigint;
  unitPriceMicros: bigint;
  /** Scale 4: 1500n is 15 %. */
  vatRate: bigint;
  amountCents: bigint;
}

export interface InvoiceTotals {
  subtotalCents: bigint;
  vatByRate: { rate: bigint; taxableCents: bigint; vatCents: bigint }[];
  vatCents: bigint;
  totalCents: bigint;
}

/** This subgraph knows VMs by id only: lines are grouped under it (the graph's `vm` gives the name). */
export const vmGroupLabel = (vmId: string) => `VM ${vmId}`;

const KIND_ORDER: Record<InvoiceLineKind, number> = { usage: 0, adjustment: 1, resold: 2 };

/** The month's usage, one line per VM, product, price and VAT rate, as the current bill prices it. */
export function usageLines(bill: PricedBill, month: string): InvoiceLineDraft[] {
  return bill.lines.map((line) => ({ ...fromPriced(line, month), kind: "usage" }));
}

/**
 * Late usage of a closed month: the month priced again now less everything invoiced for it
 * already (its own invoice and earlier adjustments), per VM, product, price and VAT rate. Each
 * part was rounded to the cent on its own, so the difference is exact and adding it up again
 * gives the month's bill as it now stands.
 */
export function adjustmentLines(
  repriced: PricedBill,
  invoiced: readonly InvoiceLineDraft[],
  month: string,
): InvoiceLineDraft[] {
  const keyOf = (line: { vmId: string | null; sku: string | null; unitPriceMicros: bigint; vatRate: bigint }) =>
    `${line.vmId}|${line.sku}|${line.unitPriceMicros}|${line.vatRate}`;
  const differences = new Map<string, InvoiceLineDraft>();
  for (const line of repriced.lines) differences.set(keyOf(line), fromPriced(line, month));
  for (const line of invoiced) {
    const key = keyOf(line);
    const entry = differences.get(key) ?? { ...line, quantityScaled4: 0n, amountCents: 0n };
    differences.set(key, {
      ...entry,
      quantityScaled4: entry.quantityScaled4 - line.quantityScaled4,
      amountCents: entry.amountCents - line.amountCents,
    });
  }
  return [...differences.values()]
    .filter((line) => line.amountCents !== 0n || line.quantityScaled4 !== 0n)
    .map((line) => ({
      ...line,
      kind: "adjustment" as const,
      usageMonth: month,
      description: `${baseDescription(line.description)} (adjustment for ${month})`,
    }));
}

/**
 * Lines in the order an invoice shows them: each VM's group (its usage, then its adjustments by
 * month), then the services resold; by product within.
 */
export function orderLines(lines: readonly InvoiceLineDraft[]): InvoiceLineDraft[] {
  const resold = (line: InvoiceLineDraft) => (line.kind === "resold" ? 1 : 0);
  return [...lines].sort(
    (a, b) =>
      resold(a) - resold(b) ||
      a.groupLabel.localeCompare(b.groupLabel) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.usageMonth.localeCompare(b.usageMonth) ||
      (a.sku ?? "").localeCompare(b.sku ?? "") ||
      a.description.localeCompare(b.description) ||
      Number(a.unitPriceMicros - b.unitPriceMicros),
  );
}

/** Subtotal, VAT rounded once per rate on the lines at that rate (as bills round it), total. */
export function invoiceTotals(lines: readonly InvoiceLineDraft[]): InvoiceTotals {
  const taxable = new Map<bigint, bigint>();
  for (const line of lines) taxable.set(line.vatRate, (taxable.get(line.vatRate) ?? 0n) + line.amountCents);
  const vatByRate = [...taxable]
    .sort(([a], [b]) => Number(a - b))
    .map(([rate, taxableCents]) => ({
      rate,
      taxableCents,
      vatCents: divideRoundHalfUp(taxableCents * rate, VAT_SCALE),
    }));
  const subtotalCents = lines.reduce((sum, line) => sum + line.amountCents, 0n);
  const vatCents = vatByRate.reduce((sum, entry) => sum + entry.vatCents, 0n);
  return { subtotalCents, vatByRate, vatCents, totalCents: subtotalCents + vatCents };
}

function fromPriced(line: PricedLine, month: string): InvoiceLineDraft {
  return {
    kind: "usage",
    usageMonth: month,
    groupLabel: vmGroupLabel(line.vmId),
    vmId: line.vmId,
    customerId: null,
    sku: line.sku,
    description: line.description,
    unit: line.unit,
    quantityScaled4: line.quantityScaled4,
    unitPriceMicros: line.unitPriceMicros,
    vatRate: line.vatRate,
    amountCents: line.amountCents,
  };
}

/** An adjustment's product name without the "(adjustment for …)" a stored line may carry. */
const baseDescription = (description: string) => description.replace(/ \(adjustment for \d{4}-\d{2}\)$/, "");
