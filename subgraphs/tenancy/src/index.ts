import type { SubgraphDefinition } from "@dcx/kit";
import { createTenancyContext, type TenancyContext } from "./context";
import { tenancyTables } from "./db/schema";
import { buildTenancySchema } from "./schema";

export const tenancySubgraph: SubgraphDefinition<typeof tenancyTables, TenancyContext> = {
  name: "tenancy",
  defaultPort: 4001,
  tables: tenancyTables,
  buildSchema: buildTenancySchema,
  createContext: createTenancyContext,
};

export { createOrganization, type CreateOrganizationInput } from "./organization/organization.service";
export { listOrganizations } from "./organization/organization.store";
export { OrganizationKind } from "./organization/organization.type";
export type { TenancyDb } from "./organization/organization.store";
