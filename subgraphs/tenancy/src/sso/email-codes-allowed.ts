import { eq } from "drizzle-orm";
import { ssoConfigurations } from "../db/schema";
import type { TenancyDb } from "../organization/organization.store";

/** False when the organisation's single sign-on has turned e-mail codes off for its users. */
export async function emailCodesAllowed(db: TenancyDb, organizationId: string): Promise<boolean> {
  const [row] = await db
    .select({ allowed: ssoConfigurations.allowEmailCodes })
    .from(ssoConfigurations)
    .where(eq(ssoConfigurations.organizationId, organizationId));
  return row?.allowed ?? true;
}
