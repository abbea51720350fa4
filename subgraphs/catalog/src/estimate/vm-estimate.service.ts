import { badUserInput, DomainError, Money } from "@dcx/kit";
import type { CatalogContext } from "../context";
import { MissingPriceError, VM_PRICE_SKUS } from "../pricing/vm-cost";
import { EstimateInputError, estimateVm, PUBLIC_IP_SKU, type VmEstimateSpec } from "../pricing/vm-estimate";
import type { PriceInForce } from "../product/product-price.store";
import { formatUnitPrice } from "../product/unit-price";
import { findVmSizeForEstimate, type VmSizeLookup } from "../size/vm-size.service";
import { SKU_PATTERN } from "../product/product.rules";
import { type EstimateRequest, specForEstimate, VM_SIZE_NAME_PATTERN } from "../size/vm-size.rules";
import { formatVatRate } from "../vat/vat-rate.service";
import type { VmEstimate } from "./vm-estimate.type";

/**
 * Prices what `estimateVm` was given: a named size (its vCPUs, RAM and boot disk) or the numbers,
 * plus extra disks, licences and IPs. Reads only; writes nothing.
 */
export async function estimateVmRequest(ctx: CatalogContext, request: EstimateRequest): Promise<VmEstimate> {
  // A name that cannot be a size's is simply unknown: it never reaches the database.
  const lookup = sizeNameOf(request) ? await findVmSizeForEstimate(ctx.db, request.size!) : null;
  return estimateVmSpec(ctx, specOf(request, lookup));
}

/** The size name worth looking up: given and shaped like one. */
export const sizeNameOf = (request: EstimateRequest): string | null =>
  typeof request.size === "string" && VM_SIZE_NAME_PATTERN.test(request.size) ? request.size : null;

/** The specification to price, from the request and its size as looked up (BAD_USER_INPUT when wrong). */
export function specOf(request: EstimateRequest, lookup: VmSizeLookup): VmEstimateSpec {
  if (lookup && "retired" in lookup) {
    throw badUserInput(`The VM size ${request.size} is retired and no longer offered`, "size");
  }
  try {
    return specForEstimate(request, lookup?.found ?? null);
  } catch (error) {
    if (error instanceof EstimateInputError) throw badUserInput(error.message, error.field);
    throw error;
  }
}

/** Every SKU an estimate with these licences may need (malformed licence SKUs left out). */
export const skusFor = (licences: readonly { sku: string }[]) => [
  ...new Set([
    ...VM_PRICE_SKUS,
    PUBLIC_IP_SKU,
    ...licences.map((licence) => licence.sku).filter((sku) => SKU_PATTERN.test(sku)),
  ]),
];

/** Prices a VM specification at the request's prices and VAT rate. Reads only; writes nothing. */
export async function estimateVmSpec(ctx: CatalogContext, spec: VmEstimateSpec): Promise<VmEstimate> {
  spec.licences.forEach(({ sku }, i) => {
    if (!SKU_PATTERN.test(sku)) throw badUserInput(`Unknown licence ${JSON.stringify(sku)}`, `licences[${i}].sku`);
  });
  const skus = skusFor(spec.licences);
  const loaded = await ctx.loaders.priceInForceBySku.loadMany(skus);
  const prices = new Map<string, PriceInForce>();
  for (const price of loaded) {
    if (price instanceof Error) throw price;
    if (price) prices.set(price.sku, price);
  }
  const vat = await ctx.vatRate();
  try {
    const breakdown = estimateVm(spec, (sku) => prices.get(sku), vat.rate);
    const { currency } = breakdown;
    return {
      lines: breakdown.lines.map((line) => ({
        description: line.description,
        sku: line.sku,
        quantity: line.quantity,
        unitPrice: Money.of(formatUnitPrice(line.unitPriceMicros), currency),
        amount: Money.fromCents(line.amountCents, currency),
      })),
      monthlySubtotal: Money.fromCents(breakdown.monthlySubtotalCents, currency),
      hourlyRate: Money.fromCents(breakdown.hourlyRateCents, currency),
      vat: {
        rate: formatVatRate(breakdown.vatRate),
        effectiveFrom: vat.effectiveFrom,
        amount: Money.fromCents(breakdown.vatCents, currency),
      },
      monthlyTotal: Money.fromCents(breakdown.monthlyTotalCents, currency),
    };
  } catch (error) {
    if (error instanceof EstimateInputError) throw badUserInput(error.message, error.field);
    // A missing compute or storage price is the catalog's fault, never a cost of zero.
    if (error instanceof MissingPriceError) throw new DomainError("NOT_FOUND", error.message, { sku: error.sku });
    throw error;
  }
}
