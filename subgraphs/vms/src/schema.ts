import { buildFederatedSchema } from "@dcx/kit";
import { OrganizationFleetResolver } from "./fleet/fleet.resolver";
import { NetworkMutationsResolver } from "./network/network-mutations.resolver";
import { NetworkResolver } from "./network/network.resolver";
import { OrganizationNetworksResolver } from "./organization/organization-networks.resolver";
import { organizationReference } from "./organization/organization.reference";
import { OrganizationVmsResolver } from "./organization/organization.resolver";
import { vmReference } from "./vm/vm.reference";
import { VmResolver } from "./vm/vm.resolver";

export const buildVmsSchema = () =>
  buildFederatedSchema(
    {
      resolvers: [
        VmResolver,
        OrganizationVmsResolver,
        OrganizationNetworksResolver,
        OrganizationFleetResolver,
        NetworkResolver,
        NetworkMutationsResolver,
      ],
    },
    { Vm: vmReference, Organization: organizationReference },
  );
