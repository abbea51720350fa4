import type { CatalogDb } from "@dcx/catalog";
import { formatScaled } from "@dcx/kit";
import { sql } from "drizzle-orm";
import {
  estimateVmMonthlyCost,
  MissingPriceError,
  type UnitPrice,
  VM_PRICE_SKUS,
  type VmSpec,
} from "../../../subgraphs/catalog/src/pricing/vm-cost";
import { unitPriceFromColumn } from "../../../subgraphs/catalog/src/product/unit-price";
import type { MoneyAnswer } from "./dashboard-answer";
import { arrayParam, rowsOf } from "./sql-text";

export type MonthlyCost = (vm: VmSpec) => { monthlyTotal: MoneyAnswer } | null;

/**
 * The VM prices in force at `at` (the newest row per product not in the future), in one statement,
 * and a VM's monthly estimate from them by the catalog's own rule: 730 hours, each line rounded half
 * away from zero to the cent, VAT excluded. A missing price gives null, as the graph's field does.
 */
export async function readMonthlyCost(db: CatalogDb, at: Date): Promise<MonthlyCost> {
  const rows = rowsOf<{ sku: string; unit_price: string; currency: string }>(
    await db.execute(sql`
      select distinct on (price.product_id) product.sku, price.unit_price::text as unit_price, price.currency
      from product_prices price join products product on product.id = price.product_id
      where product.sku = any(${arrayParam(VM_PRICE_SKUS, "text")})
        and price.effective_from <= ${at.toISOString()}::timestamptz
      order by price.product_id, price.effective_from desc`),
  );
  const prices = new Map<string, UnitPrice>(
    rows.map((row) => [row.sku, { micros: unitPriceFromColumn(row.unit_price), currency: row.currency }]),
  );
  return (vm) => {
    try {
      const estimate = estimateVmMonthlyCost(vm, (sku) => prices.get(sku));
      return { monthlyTotal: { amount: formatScaled(estimate.monthlyTotalCents, 2), currency: estimate.currency } };
    } catch (error) {
      if (error instanceof MissingPriceError) return null;
      throw error;
    }
  };
}
