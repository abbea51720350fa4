import { buildFederatedSchema } from "@dcx/kit";
import { VmEstimateResolver } from "./estimate/vm-estimate.resolver";
import { organizationReference } from "./organization/organization.reference";
import { PriceScheduleResolver } from "./schedule/price-schedule.resolver";
import { UpcomingPricesResolver, UpcomingVatRatesResolver } from "./schedule/upcoming-prices.resolver";
import { productReference } from "./product/product.reference";
import { ProductMutationResolver } from "./product/product.mutation";
import { ProductResolver } from "./product/product.resolver";
import { vmReference } from "./vm/vm.reference";
import { VatRateResolver } from "./vat/vat-rate.resolver";
import { VmResolver } from "./vm/vm.resolver";
import { VmSizeResolver } from "./size/vm-size.resolver";
import { Vm } from "./vm/vm.type";

export const buildCatalogSchema = () =>
  buildFederatedSchema(
    // No query returns a Vm: it reaches the schema as an entity the gateway resolves here.
    {
      resolvers: [
        ProductResolver,
        ProductMutationResolver,
        VatRateResolver,
        VmEstimateResolver,
        PriceScheduleResolver,
        UpcomingPricesResolver,
        UpcomingVatRatesResolver,
        VmSizeResolver,
        VmResolver,
      ],
      orphanedTypes: [Vm],
    },
    { Product: productReference, Vm: vmReference, Organization: organizationReference },
  );
