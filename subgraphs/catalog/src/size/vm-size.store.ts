import { and, eq, inArray, isNull } from "drizzle-orm";
import { type VmSizeRow, vmSizes } from "../db/schema";
import type { DiskTier } from "../pricing/vm-cost";
import type { CatalogDb } from "../product/product.store";
import type { VmSizeSpec } from "./vm-size.rules";

export const toVmSizeSpec = (row: VmSizeRow): VmSizeSpec => ({
  name: row.name,
  description: row.description,
  vcpuCount: row.vcpuCount,
  memoryGb: row.memoryGb,
  bootDisk: { tier: row.bootDiskTier as DiskTier, capacityGb: row.bootDiskGb },
});

/** Sizes on offer (not retired). */
export async function findActiveVmSizes(db: CatalogDb): Promise<VmSizeRow[]> {
  return db.select().from(vmSizes).where(isNull(vmSizes.retiredAt));
}

export async function findVmSizesByName(db: CatalogDb, names: readonly string[]): Promise<VmSizeRow[]> {
  return names.length
    ? db
        .select()
        .from(vmSizes)
        .where(inArray(vmSizes.name, [...names]))
    : [];
}

export async function insertVmSize(db: CatalogDb, size: VmSizeSpec): Promise<VmSizeRow> {
  const [row] = await db
    .insert(vmSizes)
    .values({
      name: size.name,
      description: size.description,
      vcpuCount: size.vcpuCount,
      memoryGb: size.memoryGb,
      bootDiskTier: size.bootDisk.tier,
      bootDiskGb: size.bootDisk.capacityGb,
    })
    .returning();
  return row!;
}

/** Retires a size on offer; null when there is no such size or it is already retired. */
export async function markVmSizeRetired(db: CatalogDb, name: string, at: Date): Promise<VmSizeRow | null> {
  const [row] = await db
    .update(vmSizes)
    .set({ retiredAt: at })
    .where(and(eq(vmSizes.name, name), isNull(vmSizes.retiredAt)))
    .returning();
  return row ?? null;
}
