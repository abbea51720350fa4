import { and, eq, inArray, ne } from "drizzle-orm";
import { type SsoConfigurationRow, ssoConfigurations, ssoDomains } from "../db/schema";
import type { TenancyDb } from "../organization/organization.store";

export type StoredSsoConfiguration = SsoConfigurationRow & { emailDomains: string[] };

/** Each organisation's configuration with its domains, in two statements whatever the number. */
export async function findSsoConfigurations(
  db: TenancyDb,
  organizationIds: readonly string[],
): Promise<StoredSsoConfiguration[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .select()
    .from(ssoConfigurations)
    .where(inArray(ssoConfigurations.organizationId, [...organizationIds]));
  if (rows.length === 0) return [];
  const domains = await db
    .select()
    .from(ssoDomains)
    .where(
      inArray(
        ssoDomains.organizationId,
        rows.map((row) => row.organizationId),
      ),
    );
  return rows.map((row) => ({
    ...row,
    emailDomains: domains
      .filter((domain) => domain.organizationId === row.organizationId)
      .map((domain) => domain.domain)
      .sort(),
  }));
}

export async function findSsoConfiguration(db: TenancyDb, organizationId: string) {
  const [found] = await findSsoConfigurations(db, [organizationId]);
  return found ?? null;
}

export async function findSsoConfigurationByDomain(db: TenancyDb, domain: string) {
  const [row] = await db.select().from(ssoDomains).where(eq(ssoDomains.domain, domain));
  return row ? findSsoConfiguration(db, row.organizationId) : null;
}

/** Configurations that name this issuer (several organisations may share an IdP, each its own client). */
export async function findSsoConfigurationsByIssuer(db: TenancyDb, issuer: string) {
  const rows = await db
    .select({ id: ssoConfigurations.organizationId })
    .from(ssoConfigurations)
    .where(eq(ssoConfigurations.issuer, issuer));
  return findSsoConfigurations(
    db,
    rows.map((row) => row.id),
  );
}

export async function findDomainsOfOtherOrganizations(db: TenancyDb, domains: string[], organizationId: string) {
  const rows = await db
    .select({ domain: ssoDomains.domain })
    .from(ssoDomains)
    .where(and(inArray(ssoDomains.domain, domains), ne(ssoDomains.organizationId, organizationId)));
  return rows.map((row) => row.domain);
}

/** Replaces the organisation's configuration and its domains (call inside a transaction). */
export async function saveSsoConfiguration(tx: TenancyDb, row: SsoConfigurationRow, domains: string[]) {
  await tx
    .insert(ssoConfigurations)
    .values(row)
    .onConflictDoUpdate({ target: ssoConfigurations.organizationId, set: { ...row } });
  await tx.delete(ssoDomains).where(eq(ssoDomains.organizationId, row.organizationId));
  await tx.insert(ssoDomains).values(domains.map((domain) => ({ domain, organizationId: row.organizationId })));
}

export async function deleteSsoConfiguration(tx: TenancyDb, organizationId: string): Promise<boolean> {
  await tx.delete(ssoDomains).where(eq(ssoDomains.organizationId, organizationId));
  const deleted = await tx
    .delete(ssoConfigurations)
    .where(eq(ssoConfigurations.organizationId, organizationId))
    .returning({ id: ssoConfigurations.organizationId });
  return deleted.length > 0;
}
