import { useState } from "react";
import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { formatDateTime } from "../format";
import { graphql } from "../gql";
import { PricesTable } from "./PricesTable";
import { formatUnitPrice } from "./provider-rules";
import { type ScheduledPrice, SchedulePriceForm } from "./SchedulePriceForm";
import { VatPanel } from "./VatPanel";
import { VmSizesTable } from "./VmSizesTable";

const ProviderCatalogQuery = graphql(`
  query ProviderCatalog {
    products {
      id
      sku
      name
      ...PricesTable_ProductFragment
    }
    vatRate {
      ...VatPanel_VatRateFragment
    }
    vmSizes {
      name
      ...VmSizesTable_VmSizeFragment
    }
  }
`);

/**
 * The catalog as the provider runs it: prices in force, VAT, the sizes on offer. The catalog
 * answers prices in force now only, so a change scheduled here is listed from its answer until the
 * page is left; once in force it is the product's price.
 */
export function CatalogSection({ mayChange }: { mayChange: boolean }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProviderCatalogQuery });
  const [scheduled, setScheduled] = useState<ScheduledPrice[]>([]);
  const retry = () => reexecute({ requestPolicy: "network-only" });
  if (!data) {
    if (fetching) return <Loading label="Loading the catalog…" />;
    return <ErrorBanner error={error} title="The catalog could not be loaded" onRetry={retry} />;
  }
  const names = new Map(data.products.map((product) => [product.sku, product.name]));

  return (
    <>
      <ErrorBanner error={error} onRetry={retry} />
      <section className="card" data-testid="catalog-prices">
        <h2>Products and prices</h2>
        {mayChange && (
          <SchedulePriceForm
            products={data.products}
            onScheduled={(price) => setScheduled((previous) => [...previous, price])}
          />
        )}
        {scheduled.length > 0 && (
          <>
            <h3>Scheduled on this page</h3>
            <p className="hint">
              The catalog lists the prices in force: a change scheduled here is listed until you leave the page, and in
              the table once it takes effect.
            </p>
            <ul className="scheduled-list">
              {scheduled.map((change) => (
                <li key={`${change.sku}@${change.effectiveFrom}`} data-testid="scheduled-price">
                  {names.get(change.sku) ?? change.sku}: {formatUnitPrice(change.unitPrice)} from{" "}
                  {formatDateTime(change.effectiveFrom)}
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>In force now</h3>
        <PricesTable products={data.products} />
      </section>
      <VatPanel vatRate={data.vatRate} mayChange={mayChange} />
      <section className="card" data-testid="vm-sizes">
        <h2>VM sizes</h2>
        <VmSizesTable sizes={data.vmSizes} />
      </section>
    </>
  );
}
