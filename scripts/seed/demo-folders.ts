import { type Hypervisor, linkOrganizationFolder, PLATFORM_FOLDER, type VmsDb } from "@dcx/vms";

/**
 * Links each demo organisation to the vCenter VM folder named after it (`vm/dcx/<name>`), as an
 * operator would when taking over an estate; organisations without such a folder are left
 * unlinked (their first VM creates one). Returns how many were linked.
 */
export async function linkDemoFolders(
  db: VmsDb,
  hypervisor: Hypervisor,
  organizations: Record<string, string>,
): Promise<number> {
  const folders = await hypervisor.listFolders();
  const parent = folders.find((folder) => folder.name === PLATFORM_FOLDER);
  if (!parent) return 0;
  let linked = 0;
  for (const folder of folders.filter((candidate) => candidate.parentId === parent.id)) {
    const organizationId = organizations[folder.name];
    if (!organizationId) continue;
    await linkOrganizationFolder(db, organizationId, folder.id);
    linked += 1;
  }
  return linked;
}
