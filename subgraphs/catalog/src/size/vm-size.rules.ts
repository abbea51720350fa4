import { badUserInput, cleanText } from "@dcx/kit";
import { EstimateInputError, inRange, LIMITS, type VmEstimateSpec } from "../pricing/vm-estimate";
import type { DiskTier } from "../pricing/vm-cost";

/** "general.small", "memory.xlarge", "gpu.t4-large": a family, a dot, the size. */
export const VM_SIZE_NAME_PATTERN = /^[a-z][a-z0-9]*\.[a-z0-9]+(-[a-z0-9]+)*$/;
export const VM_SIZE_NAME_MAX = 50;
export const VM_SIZE_DESCRIPTION_MAX = 200;
const TIERS: readonly DiskTier[] = ["performance", "standard", "archive"];

/** A size as the pricing sees it. */
export interface VmSizeSpec {
  name: string;
  description: string;
  vcpuCount: number;
  memoryGb: number;
  bootDisk: { tier: DiskTier; capacityGb: number };
}

export function checkVmSizeName(name: string): string {
  if (typeof name !== "string" || name.length > VM_SIZE_NAME_MAX || !VM_SIZE_NAME_PATTERN.test(name)) {
    throw badUserInput(
      `A VM size's name must look like "general.small" (lower case, family dot size), got ${JSON.stringify(name)}`,
      "name",
    );
  }
  return name;
}

/** Checks a new size against the same limits as any estimate; answers it trimmed. */
export function checkVmSize(input: VmSizeSpec): VmSizeSpec {
  const name = checkVmSizeName(input.name);
  const description = cleanText(input.description, {
    field: "description",
    label: "Description",
    maxLength: VM_SIZE_DESCRIPTION_MAX,
  });
  if (!TIERS.includes(input.bootDisk?.tier)) {
    throw badUserInput(`Unknown storage tier ${String(input.bootDisk?.tier)}`, "bootDisk.tier");
  }
  try {
    inRange(input.vcpuCount, "vcpuCount", LIMITS.vcpuCount);
    inRange(input.memoryGb, "memoryGb", LIMITS.memoryGb);
    inRange(input.bootDisk.capacityGb, "bootDisk.capacityGb", LIMITS.capacityGb);
  } catch (error) {
    if (error instanceof EstimateInputError) throw badUserInput(error.message, error.field);
    throw error;
  }
  return { ...input, name, description, bootDisk: { ...input.bootDisk } };
}

/** What `estimateVm` was given: a size, or the numbers, plus extras. */
export interface EstimateRequest {
  size?: string | null;
  vcpuCount?: number | null;
  memoryGb?: number | null;
  memoryMib?: number | null;
  disks: VmEstimateSpec["disks"];
  licences: VmEstimateSpec["licences"];
  publicIpCount: number;
}

const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/**
 * The specification to price: with a size, its vCPUs, RAM and boot disk (the first disk), then
 * the extra disks; without one, the numbers given. Exactly one of the two ways must be used.
 */
export function specForEstimate(request: EstimateRequest, size: VmSizeSpec | null): VmEstimateSpec {
  const extras = { licences: request.licences, publicIpCount: request.publicIpCount };
  if (given(request.size) || size) {
    for (const field of ["vcpuCount", "memoryGb", "memoryMib"] as const) {
      if (given(request[field])) {
        throw new EstimateInputError(
          `${field} comes from the size ${String(request.size)}: give either a size or vcpuCount and memoryGb, not both`,
          field,
        );
      }
    }
    if (!size) throw new EstimateInputError(`Unknown VM size ${JSON.stringify(request.size)}`, "size");
    // The boot disk counts towards the limit; extra disks keep their own index in messages.
    inRange(request.disks.length, "disks", [LIMITS.disks[0], LIMITS.disks[1] - 1]);
    request.disks.forEach((disk, i) => inRange(disk.capacityGb, `disks[${i}].capacityGb`, LIMITS.capacityGb));
    return {
      vcpuCount: size.vcpuCount,
      memoryGb: size.memoryGb,
      disks: [size.bootDisk, ...request.disks],
      ...extras,
    };
  }
  if (!given(request.vcpuCount) && !given(request.memoryGb) && !given(request.memoryMib)) {
    throw new EstimateInputError("Give either a size or both vcpuCount and memoryGb", "size");
  }
  if (given(request.memoryGb) && given(request.memoryMib)) {
    throw new EstimateInputError("Give memoryGb or memoryMib, not both", "memoryMib");
  }
  if (!given(request.vcpuCount))
    throw new EstimateInputError("vcpuCount is required when no size is given", "vcpuCount");
  const base = { vcpuCount: request.vcpuCount, disks: request.disks, ...extras };
  if (given(request.memoryMib)) return { ...base, memoryMib: request.memoryMib };
  if (!given(request.memoryGb)) throw new EstimateInputError("memoryGb is required when no size is given", "memoryGb");
  return { ...base, memoryGb: request.memoryGb };
}
