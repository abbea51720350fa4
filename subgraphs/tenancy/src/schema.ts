import { buildFederatedSchema } from "@dcx/kit";
import { organizationReference } from "./organization/organization.reference";
import { OrganizationResolver } from "./organization/organization.resolver";

export const buildTenancySchema = () =>
  buildFederatedSchema({ resolvers: [OrganizationResolver] }, { Organization: organizationReference });
