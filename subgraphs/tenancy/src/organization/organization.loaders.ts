import DataLoader from "dataloader";
import type { Visibility } from "@dcx/kit";
import {
  countActiveUsersByOrganizationIds,
  findChildrenByParentIds,
  findOrganizationsByIds,
  type TenancyDb,
} from "./organization.store";

/**
 * Per-request loaders: one query for any number of organisations asked for together, limited
 * in SQL to the organisations the request's caller may see.
 */
export function createOrganizationLoaders(db: TenancyDb, visible: Visibility) {
  return {
    organizationById: new DataLoader((ids: readonly string[]) => findOrganizationsByIds(db, ids, visible)),
    childrenByParentId: new DataLoader((ids: readonly string[]) => findChildrenByParentIds(db, ids, visible)),
    userCountByOrganizationId: new DataLoader((ids: readonly string[]) =>
      countActiveUsersByOrganizationIds(db, ids, visible),
    ),
  };
}
