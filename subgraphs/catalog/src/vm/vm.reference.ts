import { badUserInput } from "@dcx/kit";
import { StorageTier, type Vm, type VmDisk } from "./vm.type";

/** What the gateway sends: the key plus the fields `estimatedMonthlyCost` requires. */
export interface VmRepresentation {
  id: string;
  vcpuCount?: unknown;
  memoryMib?: unknown;
  disks?: unknown;
}

const REQUIRED = "vcpuCount, memoryMib and disks { capacityGb tier }";

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** GraphQL enum names ("PERFORMANCE") as they arrive in JSON, to the internal values. */
function toTier(name: unknown): StorageTier {
  const tier = typeof name === "string" ? StorageTier[name as keyof typeof StorageTier] : undefined;
  if (!tier) throw badUserInput(`Unknown storage tier ${JSON.stringify(name)}`, "disks.tier");
  return tier;
}

function toDisk(disk: unknown): VmDisk {
  const { capacityGb, tier } = (disk ?? {}) as { capacityGb?: unknown; tier?: unknown };
  if (!isCount(capacityGb)) throw badUserInput(`A Vm representation must carry ${REQUIRED}`, "disks.capacityGb");
  return { capacityGb, tier: toTier(tier) };
}

/** Builds a `Vm` from its representation alone: the catalog has no VM table to look up. */
export function vmFromRepresentation(reference: VmRepresentation): Vm {
  const { id, vcpuCount, memoryMib, disks } = reference;
  if (!isCount(vcpuCount) || !isCount(memoryMib) || !Array.isArray(disks)) {
    throw badUserInput(`A Vm representation must carry ${REQUIRED}`);
  }
  return { id, vcpuCount, memoryMib, disks: disks.map(toDisk) };
}

export const vmReference = {
  // Async so that a bad representation fails its own entity, not the whole `_entities` list.
  __resolveReference: async (reference: VmRepresentation): Promise<Vm> => vmFromRepresentation(reference),
};
