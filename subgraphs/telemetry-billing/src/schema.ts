import { buildFederatedSchema } from "@dcx/kit";
import { ALERT_RESOLVERS } from "./alert/index";
import { BILLING_RESOLVERS } from "./billing/index";
import { HEALTH_RESOLVERS } from "./health/index";
import { IngestResolver } from "./ingest/ingest.resolver";
import { Organization, organizationReference } from "./organization/index";
import { OrganizationVmRankingResolver } from "./ranking/vm-ranking.resolver";
import { OrganizationUsageResolver } from "./usage/usage.resolver";
import { vmReference } from "./vm/vm.reference";
import { VmResolver } from "./vm/vm.resolver";
import { Vm } from "./vm/vm.type";

/** No root query returns Vm or Organization, so both are listed as orphaned types to be emitted at all. */
export const buildTelemetrySchema = () =>
  buildFederatedSchema(
    {
      resolvers: [
        VmResolver,
        IngestResolver,
        OrganizationUsageResolver,
        OrganizationVmRankingResolver,
        ...ALERT_RESOLVERS,
        ...HEALTH_RESOLVERS,
        ...BILLING_RESOLVERS,
      ],
      orphanedTypes: [Vm, Organization],
    },
    { Vm: vmReference, Organization: organizationReference },
  );
