import { and, desc, eq, isNull } from "drizzle-orm";
import { type ApiKeyRow, apiKeys } from "../db/schema";
import type { TenancyDb } from "../organization/organization.store";
import type { ApiKey } from "./api-key.type";

export const toApiKey = (row: ApiKeyRow): ApiKey => ({
  id: row.id,
  name: row.name,
  secretPrefix: row.secretPrefix,
  readOnly: row.readOnly,
  createdAt: row.createdAt,
  lastUsedAt: row.lastUsedAt,
  revokedAt: row.revokedAt,
  createdByUserId: row.createdByUserId,
});

export async function insertApiKey(db: TenancyDb, values: typeof apiKeys.$inferInsert): Promise<ApiKey> {
  const [row] = await db.insert(apiKeys).values(values).returning();
  return toApiKey(row!);
}

/** An organisation's keys, revoked ones included, newest first. */
export async function findApiKeysOfOrganization(db: TenancyDb, organizationId: string): Promise<ApiKey[]> {
  const rows = await db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.organizationId, organizationId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  return rows.map(toApiKey);
}

/** The key with this id if it belongs to the organisation. */
export async function findApiKeyOfOrganization(db: TenancyDb, id: string, organizationId: string) {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.id, id), eq(apiKeys.organizationId, organizationId)));
  return row ? toApiKey(row) : null;
}

/** Revokes the key unless it already is; answers the key as it now stands. */
export async function revokeApiKeyRow(db: TenancyDb, id: string, now: Date): Promise<ApiKey> {
  await db
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)));
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
  return toApiKey(row!);
}
