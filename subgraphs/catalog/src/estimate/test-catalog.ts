import type { CatalogDb } from "../product/product.store";
import { createProduct } from "../product/product.service";
import { ProductCategory, ProductUnit } from "../product/product.type";

const { COMPUTE, STORAGE, NETWORK, LICENCE, BACKUP } = ProductCategory;
const { VCPU_HOUR, GB_RAM_HOUR, GB_MONTH, IP_MONTH, INSTANCE_MONTH, CORE_PACK_HOUR } = ProductUnit;

/** The demo catalog's prices for what an estimate uses (ZAR excl. VAT). */
export const TEST_PRODUCTS: [string, ProductCategory, ProductUnit, string][] = [
  ["compute.vcpu", COMPUTE, VCPU_HOUR, "0.42"],
  ["compute.ram-gb", COMPUTE, GB_RAM_HOUR, "0.185"],
  ["storage.performance", STORAGE, GB_MONTH, "2.45"],
  ["storage.standard", STORAGE, GB_MONTH, "1.15"],
  ["storage.archive", STORAGE, GB_MONTH, "0.38"],
  ["network.public-ip", NETWORK, IP_MONTH, "95"],
  ["licence.windows-server", LICENCE, VCPU_HOUR, "0.095"],
  ["licence.sql-server-standard", LICENCE, CORE_PACK_HOUR, "2.25"],
  ["licence.rhel", LICENCE, INSTANCE_MONTH, "980"],
  ["backup.vm-daily", BACKUP, INSTANCE_MONTH, "149"],
];

export async function seedTestCatalog(db: CatalogDb) {
  for (const [sku, category, unit, unitPrice] of TEST_PRODUCTS) {
    await createProduct(db, { sku, name: sku, category, unit, unitPrice, effectiveFrom: new Date("2025-01-01Z") });
  }
}
