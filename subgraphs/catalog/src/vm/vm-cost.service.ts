import { badUserInput, DomainError, Money } from "@dcx/kit";
import type { CatalogContext } from "../context";
import type { PriceInForce } from "../product/product-price.store";
import { formatUnitPrice } from "../product/unit-price";
import { estimateVmMonthlyCost, MissingPriceError, VM_PRICE_SKUS, type VmCostBreakdown } from "../pricing/vm-cost";
import type { VmCostEstimate } from "./vm-cost-estimate.type";
import type { Vm } from "./vm.type";

/**
 * Prices a VM at the request's prices. Every estimate asks the loader for the same SKUs, so one
 * query serves all the VMs of a request however many there are.
 */
export async function estimateVmCost(ctx: CatalogContext, vm: Vm): Promise<VmCostEstimate> {
  const loaded = await ctx.loaders.priceInForceBySku.loadMany(VM_PRICE_SKUS);
  const prices = new Map<string, PriceInForce>();
  for (const price of loaded) {
    if (price instanceof Error) throw price;
    if (price) prices.set(price.sku, price);
  }
  try {
    return toVmCostEstimate(estimateVmMonthlyCost(vm, (sku) => prices.get(sku)));
  } catch (error) {
    // A missing price is an error the client sees, never a cost of zero.
    if (error instanceof MissingPriceError) throw new DomainError("NOT_FOUND", error.message, { sku: error.sku });
    if (error instanceof RangeError) throw badUserInput(error.message);
    throw error;
  }
}

function toVmCostEstimate(breakdown: VmCostBreakdown): VmCostEstimate {
  const { currency } = breakdown;
  return {
    lines: breakdown.lines.map((line) => ({
      description: line.description,
      sku: line.sku,
      quantity: line.quantity,
      unitPrice: Money.of(formatUnitPrice(line.unitPriceMicros), currency),
      amount: Money.fromCents(line.amountCents, currency),
    })),
    monthlyTotal: Money.fromCents(breakdown.monthlyTotalCents, currency),
    hourlyRate: Money.fromCents(breakdown.hourlyRateCents, currency),
  };
}
