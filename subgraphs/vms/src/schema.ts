import { buildFederatedSchema } from "@dcx/kit";
import { organizationReference } from "./organization/organization.reference";
import { OrganizationVmsResolver } from "./organization/organization.resolver";
import { vmReference } from "./vm/vm.reference";
import { VmResolver } from "./vm/vm.resolver";

export const buildVmsSchema = () =>
  buildFederatedSchema(
    { resolvers: [VmResolver, OrganizationVmsResolver] },
    { Vm: vmReference, Organization: organizationReference },
  );
