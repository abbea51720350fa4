import DataLoader from "dataloader";
import type { Caller } from "@dcx/kit";
import type { TenancyDb } from "../organization/organization.store";
import { readsSso } from "./sso.access";
import { findSsoConfigurations, type StoredSsoConfiguration } from "./sso-config.store";

/**
 * Per request: the single sign-on of any number of organisations in two statements, and only of
 * those the caller may read it for (others load as null without being asked of the database).
 */
export function createSsoLoaders(db: TenancyDb, caller: Caller | null) {
  return {
    ssoConfigurationByOrganizationId: new DataLoader(async (ids: readonly string[]) => {
      const readable = caller ? ids.filter((id) => readsSso(caller, id)) : [];
      const rows = await findSsoConfigurations(db, readable);
      return ids.map((id): StoredSsoConfiguration | null => rows.find((row) => row.organizationId === id) ?? null);
    }),
  };
}
