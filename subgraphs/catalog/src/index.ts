import type { SubgraphDefinition } from "@dcx/kit";
import { type CatalogContext, createCatalogContext } from "./context";
import { catalogTables } from "./db/schema";
import { quoteDocuments } from "./estimate/quote/quote.documents";
import { buildCatalogSchema } from "./schema";

export const catalogSubgraph: SubgraphDefinition<typeof catalogTables, CatalogContext> = {
  name: "catalog",
  defaultPort: 4003,
  tables: catalogTables,
  buildSchema: buildCatalogSchema,
  createContext: createCatalogContext,
  documents: (db, schema) => ({ quotes: quoteDocuments(db, schema) }),
};

export type { CatalogContext } from "./context";
export { createProduct, type CreateProductInput } from "./product/product.service";
export { setProductPrice, type ScheduledPrice, type SetProductPriceInput } from "./product/product-price.service";
export { listProducts, type CatalogDb } from "./product/product.store";
export { type Product, ProductCategory, ProductUnit } from "./product/product.type";
export { createVmSize, listVmSizes, retireVmSize } from "./size/vm-size.service";
export type { VmSizeSpec } from "./size/vm-size.rules";
export { formatVatRate, setVatRate, vatRateAt } from "./vat/vat-rate.service";
