import { badUserInput, DomainError, Money } from "@dcx/kit";
import type { CatalogContext } from "../context";
import { MissingPriceError, VM_PRICE_SKUS } from "../pricing/vm-cost";
import { EstimateInputError, estimateVm, PUBLIC_IP_SKU, type VmEstimateSpec } from "../pricing/vm-estimate";
import type { PriceInForce } from "../product/product-price.store";
import { formatUnitPrice } from "../product/unit-price";
import { findVmSizeForEstimate } from "../size/vm-size.service";
import { SKU_PATTERN } from "../product/product.rules";
import { type EstimateRequest, specForEstimate, VM_SIZE_NAME_PATTERN, type VmSizeSpec } from "../size/vm-size.rules";
import { formatVatRate } from "../vat/vat-rate.service";
import type { VmEstimate } from "./vm-estimate.type";

/**
 * Prices what `estimateVm` was given: a named size (its vCPUs, RAM and boot disk) or the numbers,
 * plus extra disks, licences and IPs. Reads only; writes nothing.
 */
export async function estimateVmRequest(ctx: CatalogContext, request: EstimateRequest): Promise<VmEstimate> {
  let size: VmSizeSpec | null = null;
  // A name that cannot be a size's is simply unknown: it never reaches the database.
  if (request.size !== null && request.size !== undefined && VM_SIZE_NAME_PATTERN.test(request.size)) {
    const lookup = await findVmSizeForEstimate(ctx.db, request.size);
    if (lookup && "retired" in lookup) {
      throw badUserInput(`The VM size ${request.size} is retired and no longer offered`, "size");
    }
    size = lookup?.found ?? null;
  }
  let spec: VmEstimateSpec;
  try {
    spec = specForEstimate(request, size);
  } catch (error) {
    if (error instanceof EstimateInputError) throw badUserInput(error.message, error.field);
    throw error;
  }
  return estimateVmSpec(ctx, spec);
}

/** Prices a VM specification at the request's prices and VAT rate. Reads only; writes nothing. */
export async function estimateVmSpec(ctx: CatalogContext, spec: VmEstimateSpec): Promise<VmEstimate> {
  spec.licences.forEach(({ sku }, i) => {
    if (!SKU_PATTERN.test(sku)) throw badUserInput(`Unknown licence ${JSON.stringify(sku)}`, `licences[${i}].sku`);
  });
  const skus = [...new Set([...VM_PRICE_SKUS, PUBLIC_IP_SKU, ...spec.licences.map((licence) => licence.sku)])];
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
