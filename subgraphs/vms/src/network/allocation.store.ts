import { and, asc, eq, sql } from "drizzle-orm";
import { ipAllocations } from "../db/network.schema";
import type { VmsDb } from "../vm/vm.store";
import { formatIpv4, parseIpv4 } from "./ipv4";
import type { IpAllocation } from "./network.type";

/** The addresses a network has handed out, as numbers in ascending order. */
export async function allocatedAddresses(tx: VmsDb, networkId: string): Promise<number[]> {
  const rows = await tx
    .select({ address: ipAllocations.address })
    .from(ipAllocations)
    .where(eq(ipAllocations.networkId, networkId))
    .orderBy(asc(ipAllocations.address));
  return rows.map((row) => parseIpv4(row.address, "address", "Stored address"));
}

/** The lowest allocated address outside `first`–`last`, if any (what a range change would strand). */
export async function firstAllocationOutside(tx: VmsDb, networkId: string, first: number, last: number) {
  const rows = await tx
    .select()
    .from(ipAllocations)
    .where(
      and(
        eq(ipAllocations.networkId, networkId),
        sql`not (${ipAllocations.address} between ${formatIpv4(first)}::inet and ${formatIpv4(last)}::inet)`,
      ),
    )
    .orderBy(asc(ipAllocations.address))
    .limit(1);
  return rows[0] ?? null;
}

export async function countAllocations(tx: VmsDb, networkId: string): Promise<number> {
  return tx.$count(ipAllocations, eq(ipAllocations.networkId, networkId));
}

export async function insertAllocation(
  tx: VmsDb,
  networkId: string,
  address: number,
  holder: string,
): Promise<IpAllocation> {
  const [row] = await tx
    .insert(ipAllocations)
    .values({ networkId, address: formatIpv4(address), holder })
    .returning();
  return { networkId: row!.networkId, address: row!.address, holder: row!.holder, allocatedAt: row!.allocatedAt };
}

/** Returns true when the address was held and is now free. */
export async function deleteAllocation(db: VmsDb, networkId: string, address: number): Promise<boolean> {
  const rows = await db
    .delete(ipAllocations)
    .where(and(eq(ipAllocations.networkId, networkId), eq(ipAllocations.address, formatIpv4(address))))
    .returning({ id: ipAllocations.id });
  return rows.length > 0;
}

/** Frees every address a holder has (a VM or NIC being deleted); returns how many. */
export async function deleteAllocationsOf(db: VmsDb, holder: string): Promise<number> {
  const rows = await db
    .delete(ipAllocations)
    .where(eq(ipAllocations.holder, holder))
    .returning({ id: ipAllocations.id });
  return rows.length;
}
