import { createOrganizationLoaders } from "./organization/organization.loaders";
import type { TenancyDb } from "./organization/organization.store";

export interface TenancyContext {
  db: TenancyDb;
  loaders: ReturnType<typeof createOrganizationLoaders>;
}

export const createTenancyContext = (db: TenancyDb): TenancyContext => ({
  db,
  loaders: createOrganizationLoaders(db),
});
