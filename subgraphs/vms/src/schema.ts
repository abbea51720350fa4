import { buildFederatedSchema } from "@dcx/kit";
import { AuditEventResolver } from "./audit/audit.resolver";
import { OrganizationFleetResolver } from "./fleet/fleet.resolver";
import { NetworkMutationsResolver } from "./network/network-mutations.resolver";
import { NetworkResolver } from "./network/network.resolver";
import { OrganizationNetworksResolver } from "./organization/organization-networks.resolver";
import { VmOperationMutationsResolver } from "./operation/operation-mutations.resolver";
import {
  OrganizationVmOperationsResolver,
  VmOperationResolver,
  VmOperationsResolver,
} from "./operation/operation.resolver";
import { organizationReference } from "./organization/organization.reference";
import { OrganizationVmsResolver, VmConnectionResolver } from "./organization/organization.resolver";
import { vmReference } from "./vm/vm.reference";
import { InventorySyncResolver } from "./sync/sync.resolver";
import { OrganizationVmSuspensionResolver, VmSuspensionMutationsResolver } from "./suspension/suspension.resolver";
import { VmNicsResolver } from "./vm/vm-nic.resolver";
import { VmResolver } from "./vm/vm.resolver";

export const buildVmsSchema = () =>
  buildFederatedSchema(
    {
      resolvers: [
        VmResolver,
        VmNicsResolver,
        InventorySyncResolver,
        OrganizationVmsResolver,
        VmConnectionResolver,
        AuditEventResolver,
        OrganizationNetworksResolver,
        OrganizationFleetResolver,
        NetworkResolver,
        NetworkMutationsResolver,
        VmOperationResolver,
        VmOperationsResolver,
        OrganizationVmOperationsResolver,
        VmOperationMutationsResolver,
        OrganizationVmSuspensionResolver,
        VmSuspensionMutationsResolver,
      ],
    },
    { Vm: vmReference, Organization: organizationReference },
  );
