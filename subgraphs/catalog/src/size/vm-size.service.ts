import { conflict, DomainError, isUniqueViolation, systemClock } from "@dcx/kit";
import type { CatalogDb } from "../product/product.store";
import { checkVmSize, checkVmSizeName, VM_SIZE_NAME_PATTERN, type VmSizeSpec } from "./vm-size.rules";
import { findActiveVmSizes, findVmSizesByName, insertVmSize, markVmSizeRetired, toVmSizeSpec } from "./vm-size.store";

const family = (name: string) => name.slice(0, name.indexOf("."));
const FAMILY_ORDER = ["general", "compute", "memory"];
const familyRank = (name: string) => {
  const rank = FAMILY_ORDER.indexOf(family(name));
  return rank < 0 ? FAMILY_ORDER.length : rank;
};

/**
 * The sizes on offer: general, compute and memory families first (others after, by name), each
 * from the fewest vCPUs and least RAM up.
 */
export function sortVmSizes<T extends VmSizeSpec>(sizes: T[]): T[] {
  return [...sizes].sort(
    (a, b) =>
      familyRank(a.name) - familyRank(b.name) ||
      family(a.name).localeCompare(family(b.name)) ||
      a.vcpuCount - b.vcpuCount ||
      a.memoryGb - b.memoryGb ||
      a.bootDisk.capacityGb - b.bootDisk.capacityGb ||
      a.name.localeCompare(b.name),
  );
}

export async function listVmSizes(db: CatalogDb): Promise<VmSizeSpec[]> {
  return sortVmSizes((await findActiveVmSizes(db)).map(toVmSizeSpec));
}

export type VmSizeLookup = { found: VmSizeSpec } | { retired: true } | null;

/** A size by name for an estimate: the size on offer, `retired`, or null when there is none. */
export async function findVmSizeForEstimate(db: CatalogDb, name: string): Promise<VmSizeLookup> {
  return (await findVmSizesForEstimate(db, [name])).get(name) ?? null;
}

/** Many sizes by name in one query, as `findVmSizeForEstimate` answers each; unknown names are absent. */
export async function findVmSizesForEstimate(
  db: CatalogDb,
  names: readonly string[],
): Promise<Map<string, VmSizeLookup>> {
  const rows = await findVmSizesByName(db, [...new Set(names)]);
  return new Map(rows.map((row) => [row.name, row.retiredAt ? { retired: true } : { found: toVmSizeSpec(row) }]));
}

/** A size on offer by name; null when unknown, retired, or not shaped like a size's name. */
export async function findVmSizeOnOffer(db: CatalogDb, name: string): Promise<VmSizeSpec | null> {
  if (typeof name !== "string" || !VM_SIZE_NAME_PATTERN.test(name)) return null;
  const lookup = await findVmSizeForEstimate(db, name);
  return lookup && "found" in lookup ? lookup.found : null;
}

/** Adds a size; its name is unique for good, retired sizes included (CONFLICT). */
export async function createVmSize(db: CatalogDb, input: VmSizeSpec): Promise<VmSizeSpec> {
  const size = checkVmSize(input);
  try {
    return toVmSizeSpec(await insertVmSize(db, size));
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A VM size named ${size.name} already exists`);
    throw error;
  }
}

/** Stops offering a size. Estimates already given are unaffected; the name is never reused. */
export async function retireVmSize(db: CatalogDb, name: string, at = systemClock()): Promise<VmSizeSpec> {
  checkVmSizeName(name);
  const retired = await markVmSizeRetired(db, name, at);
  if (retired) return toVmSizeSpec(retired);
  const [existing] = await findVmSizesByName(db, [name]);
  if (existing) throw conflict(`The VM size ${name} is already retired`);
  throw new DomainError("NOT_FOUND", `Unknown VM size ${JSON.stringify(name)}`, { name });
}
