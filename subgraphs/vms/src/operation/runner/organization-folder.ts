import { findOrganizationFolder, linkOrganizationFolder } from "../../folder/organization-folder.store";
import { type Hypervisor, type HypervisorFolder, isHypervisorError } from "../../hypervisor";
import type { VmsDb } from "../../vm/vm.store";

/** The folder under the datacenter's VM folder that holds one folder per organisation. */
export const PLATFORM_FOLDER = "dcx";

/**
 * The vCenter folder that holds an organisation's VMs (`vm/dcx/<organisation id>`), made on its
 * first VM and remembered by id in `organization_folders`. Two jobs making it at once both end
 * with the same folder: the loser of `CreateFolder` (DuplicateName) finds the winner's.
 */
export async function ensureOrganizationFolder(
  db: VmsDb,
  hypervisor: Hypervisor,
  organizationId: string,
): Promise<string> {
  const known = await findOrganizationFolder(db, organizationId);
  if (known) return known;

  const folders = await hypervisor.listFolders();
  const ids = new Set(folders.map((folder) => folder.id));
  // The datacenter's VM folder is the one whose parent is no folder (the datacenter).
  const root = folders.find((folder) => !folder.parentId || !ids.has(folder.parentId));
  const platform = await findOrCreate(hypervisor, folders, PLATFORM_FOLDER, root?.id);
  const own = await findOrCreate(hypervisor, folders, organizationId, platform.id);

  // An organisation keeps its first folder: a job that raced this one may have linked it first.
  await linkOrganizationFolder(db, organizationId, own.id);
  return (await findOrganizationFolder(db, organizationId)) ?? own.id;
}

async function findOrCreate(
  hypervisor: Hypervisor,
  folders: HypervisorFolder[],
  name: string,
  parentId: string | undefined,
): Promise<HypervisorFolder> {
  const within = (list: HypervisorFolder[]) =>
    list.find((folder) => folder.name === name && (parentId === undefined || folder.parentId === parentId));
  const existing = within(folders);
  if (existing) return existing;
  try {
    return await hypervisor.createFolder(name, parentId);
  } catch (error) {
    if (!isHypervisorError(error, "DUPLICATE_NAME")) throw error;
    const made = within(await hypervisor.listFolders());
    if (!made) throw error;
    return made;
  }
}
