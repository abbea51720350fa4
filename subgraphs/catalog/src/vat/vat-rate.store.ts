import { desc, lte } from "drizzle-orm";
import { vatRates } from "../db/schema";
import type { CatalogDb } from "../product/product.store";

/** The VAT rate in force at `at`: the latest `effective_from` <= at. */
export async function findVatRateAt(db: CatalogDb, at: Date) {
  const rows = await db
    .select()
    .from(vatRates)
    .where(lte(vatRates.effectiveFrom, at))
    .orderBy(desc(vatRates.effectiveFrom))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertVatRate(db: CatalogDb, values: { rate: string; effectiveFrom: Date }) {
  const [row] = await db.insert(vatRates).values(values).returning();
  return row!;
}
