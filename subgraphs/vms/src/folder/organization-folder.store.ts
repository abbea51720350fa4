import { eq } from "drizzle-orm";
import { organizationFolders } from "../db/schema";
import type { VmsDb } from "../vm/vm.store";

/**
 * Records that `folderId` (a vCenter VM folder's managed object id) holds the organisation's VMs.
 * Linking again to the same folder changes nothing; an organisation keeps its first folder.
 */
export async function linkOrganizationFolder(db: VmsDb, organizationId: string, folderId: string): Promise<void> {
  await db.insert(organizationFolders).values({ organizationId, folderId }).onConflictDoNothing();
}

/** The folder holding the organisation's VMs, or null before it has one. */
export async function findOrganizationFolder(db: VmsDb, organizationId: string): Promise<string | null> {
  const [row] = await db
    .select({ folderId: organizationFolders.folderId })
    .from(organizationFolders)
    .where(eq(organizationFolders.organizationId, organizationId));
  return row?.folderId ?? null;
}

/** Every link, as folder id → organisation id (what the inventory sync maps VMs with). */
export async function listOrganizationFolders(db: VmsDb): Promise<Map<string, string>> {
  const rows = await db.select().from(organizationFolders);
  return new Map(rows.map((row) => [row.folderId, row.organizationId]));
}
