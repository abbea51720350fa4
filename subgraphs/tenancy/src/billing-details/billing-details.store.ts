import { eq } from "drizzle-orm";
import { organizations } from "../db/schema";
import { type TenancyDb, toOrganization } from "../organization/organization.store";
import type { Organization } from "../organization/organization.type";

/** The columns to set; a column left out keeps its value. */
export interface BillingDetailsColumns {
  billingAddress?: string | null;
  vatNumber?: string | null;
}

/** Sets the organisation's billing details in one statement; null when there is no such organisation. */
export async function updateBillingDetailsRow(
  db: TenancyDb,
  organizationId: string,
  columns: BillingDetailsColumns,
): Promise<Organization | null> {
  const [row] = await db.update(organizations).set(columns).where(eq(organizations.id, organizationId)).returning();
  return row ? toOrganization(row) : null;
}
