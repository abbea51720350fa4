import { badUserInput, canSee, isUuid } from "@dcx/kit";
import type { CatalogContext } from "../context";
import { StorageTier, type Vm, type VmDisk } from "./vm.type";

/** What the gateway sends: the key plus the fields `estimatedMonthlyCost` requires. */
export interface VmRepresentation {
  id: string;
  vcpuCount?: unknown;
  memoryMib?: unknown;
  disks?: unknown;
  organization?: unknown;
}

const REQUIRED = "vcpuCount, memoryMib, disks { capacityGb tier } and organization { id }";

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

/** The id of the organisation whose VM it is; organisations are identified by UUIDs. */
export function organizationIdOf(reference: VmRepresentation): string {
  const id = (reference.organization as { id?: unknown } | null | undefined)?.id;
  if (!isUuid(id)) throw badUserInput(`A Vm representation must carry ${REQUIRED}`, "organization.id");
  return id;
}

/** Builds a `Vm` from its representation alone: the catalog has no VM table to look up. */
export function vmFromRepresentation(reference: VmRepresentation): Vm {
  const { id, vcpuCount, memoryMib, disks } = reference;
  const organization = { id: organizationIdOf(reference) };
  if (!isCount(vcpuCount) || !isCount(memoryMib) || !Array.isArray(disks)) {
    throw badUserInput(`A Vm representation must carry ${REQUIRED}`);
  }
  return { id, vcpuCount, memoryMib, disks: disks.map(toDisk), organization };
}

export const vmReference = {
  // Async so that a bad representation fails its own entity, not the whole `_entities` list.
  // A VM of an organisation the caller cannot see resolves to null before its sizes are read.
  __resolveReference: async (reference: VmRepresentation, ctx: CatalogContext): Promise<Vm | null> =>
    canSee(ctx.caller, organizationIdOf(reference)) ? vmFromRepresentation(reference) : null,
};
