import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { graphql } from "../gql";
import { PricesTable } from "./PricesTable";
import { ScheduledPrices } from "./ScheduledChanges";
import { SchedulePriceForm } from "./SchedulePriceForm";
import { VatPanel } from "./VatPanel";
import { VmSizesTable } from "./VmSizesTable";

const ProviderCatalogQuery = graphql(`
  query ProviderCatalog {
    products {
      id
      sku
      name
      upcomingPrices {
        unitPrice {
          amount
          currency
        }
        effectiveFrom
      }
      ...PricesTable_ProductFragment
    }
    vatRate {
      ...VatPanel_VatRateFragment
    }
    upcomingVatRates {
      rate
      effectiveFrom
    }
    vmSizes {
      name
      ...VmSizesTable_VmSizeFragment
    }
  }
`);

/** The catalog as the provider runs it: prices in force and scheduled, VAT, the sizes on offer. */
export function CatalogSection({ mayChange }: { mayChange: boolean }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProviderCatalogQuery });
  const retry = () => reexecute({ requestPolicy: "network-only" });
  if (!data) {
    if (fetching) return <Loading label="Loading the catalog…" />;
    return <ErrorBanner error={error} title="The catalog could not be loaded" onRetry={retry} />;
  }
  const upcoming = data.products.flatMap((product) =>
    product.upcomingPrices.map((price) => ({ productName: product.name, ...price })),
  );

  return (
    <>
      <ErrorBanner error={error} onRetry={retry} />
      <section className="card" data-testid="catalog-prices">
        <h2>Products and prices</h2>
        {mayChange && <SchedulePriceForm products={data.products} onScheduled={retry} />}
        <h3>Scheduled</h3>
        <ScheduledPrices prices={upcoming} />
        <h3>In force now</h3>
        <PricesTable products={data.products} />
      </section>
      <VatPanel vatRate={data.vatRate} upcoming={data.upcomingVatRates} mayChange={mayChange} onScheduled={retry} />
      <section className="card" data-testid="vm-sizes">
        <h2>VM sizes</h2>
        <VmSizesTable sizes={data.vmSizes} />
      </section>
    </>
  );
}
