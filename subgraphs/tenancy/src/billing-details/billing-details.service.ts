import { badUserInput, type Caller, isUuid } from "@dcx/kit";
import { managedOrganization } from "../access/manager";
import { findOrganizationsByIds, type TenancyDb } from "../organization/organization.store";
import type { Organization } from "../organization/organization.type";
import { cleanBillingAddress, cleanVatNumber } from "./billing-details.rules";
import { type BillingDetailsColumns, updateBillingDetailsRow } from "./billing-details.store";

/** A change to an organisation's billing details: a field left out stays as it is; null (or blank) clears it. */
export interface BillingDetailsChange {
  billingAddress?: string | null;
  vatNumber?: string | null;
}

/** The change after the rules (BAD_USER_INPUT naming the field), with only the fields it sets. */
function cleanChange(change: BillingDetailsChange): BillingDetailsColumns {
  const columns: BillingDetailsColumns = {};
  if (change.billingAddress !== undefined) columns.billingAddress = cleanBillingAddress(change.billingAddress);
  if (change.vatNumber !== undefined) columns.vatNumber = cleanVatNumber(change.vatNumber);
  return columns;
}

async function apply(db: TenancyDb, organization: Organization, columns: BillingDetailsColumns) {
  if (Object.keys(columns).length === 0) return organization;
  return (await updateBillingDetailsRow(db, organization.id, columns)) ?? organization;
}

/**
 * Sets an organisation's billing details for trusted code (the seed): every rule applies, and
 * nothing is written on failure.
 */
export async function updateBillingDetails(
  db: TenancyDb,
  organizationId: string,
  change: BillingDetailsChange,
): Promise<Organization> {
  const columns = cleanChange(change);
  const [organization] = isUuid(organizationId) ? await findOrganizationsByIds(db, [organizationId], "all") : [null];
  if (!organization) throw badUserInput(`Organisation ${organizationId} does not exist`, "organizationId");
  return apply(db, organization, columns);
}

/**
 * Sets an organisation's billing details on behalf of a caller: its own owners and admins, and
 * those of an organisation above it (its reseller, the provider). UNAUTHENTICATED, NOT_FOUND
 * (an organisation the caller does not manage, worded as one that does not exist) and FORBIDDEN
 * come first, then the rules; nothing is written on failure.
 */
export async function updateBillingDetailsAs(
  db: TenancyDb,
  caller: Caller | null,
  organizationId: string,
  change: BillingDetailsChange,
): Promise<Organization> {
  const { organization } = await managedOrganization(db, caller, organizationId);
  return apply(db, organization, cleanChange(change));
}
