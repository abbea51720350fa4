import DataLoader from "dataloader";
import { findChildrenByParentIds, findOrganizationsByIds, type TenancyDb } from "./organization.store";

/** Per-request loaders: one query for any number of organisations asked for together. */
export function createOrganizationLoaders(db: TenancyDb) {
  return {
    organizationById: new DataLoader((ids: readonly string[]) => findOrganizationsByIds(db, ids)),
    childrenByParentId: new DataLoader((ids: readonly string[]) => findChildrenByParentIds(db, ids)),
  };
}
