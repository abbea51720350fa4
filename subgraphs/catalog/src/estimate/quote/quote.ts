import { formatDocumentDate, parseScaled } from "@dcx/kit";
import type { EstimateRequest } from "../../size/vm-size.rules";
import type { VmEstimate } from "../vm-estimate.type";

/** How long a quote's figures are offered for. */
export const QUOTE_VALID_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A VM estimate as a quote: the `estimateVm` answer, dated, in cents for the renderers. */
export interface Quote {
  /** The instant priced at (the request's `ctx.at`). */
  quotedAt: Date;
  validUntil: Date;
  /** What was priced, in words: the size or numbers, disks, licences, IPs. */
  specification: string[];
  lines: { description: string; sku: string; quantity: string; unitPrice: string; amountCents: bigint }[];
  monthlySubtotalCents: bigint;
  hourlyRateCents: bigint;
  vatRate: string;
  vatCents: bigint;
  monthlyTotalCents: bigint;
  currency: string;
}

const cents = (amount: string) => parseScaled(amount, 2);

export function quoteOf(request: EstimateRequest, estimate: VmEstimate, quotedAt: Date): Quote {
  return {
    quotedAt,
    validUntil: new Date(quotedAt.getTime() + QUOTE_VALID_DAYS * DAY_MS),
    specification: specificationOf(request),
    lines: estimate.lines.map((line) => ({
      description: line.description,
      sku: line.sku,
      quantity: line.quantity,
      unitPrice: line.unitPrice.amount,
      amountCents: cents(line.amount.amount),
    })),
    monthlySubtotalCents: cents(estimate.monthlySubtotal.amount),
    hourlyRateCents: cents(estimate.hourlyRate.amount),
    vatRate: estimate.vat.rate,
    vatCents: cents(estimate.vat.amount.amount),
    monthlyTotalCents: cents(estimate.monthlyTotal.amount),
    currency: estimate.monthlyTotal.currency,
  };
}

/** The note every quote carries: it is not a tax invoice, and what its figures hold to. */
export function validityNote(quote: Quote): string {
  return (
    `This is a quote, not a tax invoice. Prices and VAT as in force on ${formatDocumentDate(quote.quotedAt)}, ` +
    `offered until ${formatDocumentDate(quote.validUntil)} (${QUOTE_VALID_DAYS} days). A running VM is billed ` +
    "hour by hour at the prices in force in each hour, so a price change announced meanwhile applies from when it takes effect."
  );
}

function specificationOf(request: EstimateRequest): string[] {
  const memory =
    request.memoryGb != null
      ? `${request.memoryGb} GB RAM`
      : request.memoryMib != null
        ? `${request.memoryMib} MiB RAM`
        : null;
  return [
    request.size
      ? `Size ${request.size}`
      : [request.vcpuCount != null ? `${request.vcpuCount} vCPU` : null, memory].filter(Boolean).join(", "),
    ...request.disks.map(
      (disk, i) => `${request.size ? "Extra disk" : "Disk"} ${i + 1}: ${disk.capacityGb} GB ${disk.tier.toLowerCase()}`,
    ),
    ...request.licences.map((licence) => `Licence ${licence.sku} × ${licence.quantity}`),
    ...(request.publicIpCount > 0
      ? [`${request.publicIpCount} public IP${request.publicIpCount === 1 ? "" : "s"}`]
      : []),
  ].filter((line) => line !== "");
}
