import { type Caller, type Clock, type RequestIdentity, systemClock } from "@dcx/kit";
import { createProductLoaders } from "./product/product.loaders";
import type { CatalogDb } from "./product/product.store";
import { type VatRateInForce, vatRateAt } from "./vat/vat-rate.service";

export interface CatalogContext {
  db: CatalogDb;
  /** Who is asking, as the gateway signed it; null before signing in. */
  caller: Caller | null;
  /** A trusted service calling directly with its own token (e.g. `vms`); null through the gateway. */
  service: string | null;
  /** The instant this request is priced at. */
  at: Date;
  loaders: ReturnType<typeof createProductLoaders>;
  /** The VAT rate in force at `at`, read once per request however many estimates it prices. */
  vatRate(): Promise<VatRateInForce>;
}

export function createCatalogContext(
  db: CatalogDb,
  identity: RequestIdentity,
  clock: Clock = systemClock,
): CatalogContext {
  const at = clock();
  let vatRate: Promise<VatRateInForce> | undefined;
  return {
    db,
    caller: identity.caller,
    service: identity.service ?? null,
    at,
    loaders: createProductLoaders(db, at),
    vatRate: () => (vatRate ??= vatRateAt(db, at)),
  };
}
