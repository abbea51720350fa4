import DataLoader from "dataloader";
import type { Visibility } from "@dcx/kit";
import { findOrganizationsByIds, type TenancyDb } from "../organization/organization.store";
import { findUsersByIds, findUsersByOrganizationIds } from "./user.store";

/** Per-request loaders, limited in SQL to the organisations the request's caller may see. */
export function createUserLoaders(db: TenancyDb, visible: Visibility) {
  return {
    usersByOrganizationId: new DataLoader((ids: readonly string[]) => findUsersByOrganizationIds(db, ids, visible)),
    userById: new DataLoader((ids: readonly string[]) => findUsersByIds(db, ids, visible)),
    /**
     * The organisation of a user the request already holds. Every path to a `User` is filtered
     * (visible organisations' users, the caller itself, the user who just signed in), and whoever
     * may see a user may see that user's organisation, so this one lookup is not filtered again.
     */
    organizationOfUser: new DataLoader((ids: readonly string[]) => findOrganizationsByIds(db, ids, "all")),
  };
}
