import { type Caller, DomainError, badUserInput, requireCaller } from "@dcx/kit";
import { managedOrganization } from "../access/manager";
import { createOrganization } from "./organization.service";
import type { TenancyDb } from "./organization.store";
import { type Organization, OrganizationKind } from "./organization.type";

export interface NewOrganizationInput {
  name: string;
  kind: OrganizationKind;
  /** Defaults to the caller's own organisation. */
  parentId?: string | null;
}

/**
 * Creates a reseller or a customer on behalf of a caller: provider staff (owner or admin) create
 * resellers and customers anywhere the tree allows; a reseller's owner or admin creates customers
 * under itself only. Then every rule of `createOrganization` applies; nothing is written on failure.
 */
export async function createOrganizationAs(
  db: TenancyDb,
  caller: Caller | null,
  input: NewOrganizationInput,
): Promise<Organization> {
  const known = requireCaller(caller);
  if (input.kind === OrganizationKind.PROVIDER) {
    throw badUserInput("Only resellers and customers can be created", "kind");
  }
  const { caller: manager, organization: parent } = await managedOrganization(
    db,
    known,
    input.parentId ?? known.organizationId,
  );
  if (manager.organizationKind !== "provider") {
    const ownCustomer =
      manager.organizationKind === "reseller" &&
      parent.id === manager.organizationId &&
      input.kind === OrganizationKind.CUSTOMER;
    if (!ownCustomer) {
      throw new DomainError(
        "FORBIDDEN",
        "A reseller creates customers under itself; only the provider creates resellers",
      );
    }
  }
  return createOrganization(db, { name: input.name, kind: input.kind, parentId: parent.id });
}
