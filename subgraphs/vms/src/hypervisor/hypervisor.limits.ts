import { HypervisorError } from "./hypervisor.error";
import type { CloneVmSpec, CreateVmSpec, NewDisk, ReconfigureSpec } from "./hypervisor.port";

/**
 * What vSphere 7 accepts for a VM, checked before anything is sent so a bad spec fails with
 * INVALID_ARGUMENT and a clear message instead of a fault half-way through a task.
 */
export const HYPERVISOR_LIMITS = {
  nameLength: { min: 1, max: 80 },
  vcpuCount: { min: 1, max: 768 },
  /** vSphere sizes memory in whole multiples of 4 MiB, up to 24 TiB. */
  memoryMib: { min: 4, max: 25_165_824, multipleOf: 4 },
  /** 62 TB, the largest virtual disk. */
  diskGb: { min: 1, max: 63_488 },
  disksPerController: 15,
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const invalid = (message: string) => new HypervisorError("INVALID_ARGUMENT", message);

export function checkUuid(value: string, what: string) {
  if (!UUID.test(value)) throw invalid(`${what} must be a UUID, not "${value}"`);
}

function checkWhole(value: number, range: { min: number; max: number }, what: string) {
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw invalid(`${what} must be a whole number from ${range.min} to ${range.max}, not ${value}`);
  }
}

export function checkName(name: string) {
  const { min, max } = HYPERVISOR_LIMITS.nameLength;
  if (name.trim() !== name || name.length < min || name.length > max) {
    throw invalid(`a VM name has ${min}–${max} characters without surrounding spaces, not "${name}"`);
  }
}

export function checkSizing(sizing: { vcpuCount?: number; memoryMib?: number }) {
  if (sizing.vcpuCount !== undefined) checkWhole(sizing.vcpuCount, HYPERVISOR_LIMITS.vcpuCount, "vcpuCount");
  if (sizing.memoryMib !== undefined) {
    checkWhole(sizing.memoryMib, HYPERVISOR_LIMITS.memoryMib, "memoryMib");
    if (sizing.memoryMib % HYPERVISOR_LIMITS.memoryMib.multipleOf !== 0) {
      throw invalid(`memoryMib must be a multiple of 4, not ${sizing.memoryMib}`);
    }
  }
}

const checkDisks = (disks: NewDisk[], what: string) =>
  disks.forEach((disk, i) => checkWhole(disk.capacityGb, HYPERVISOR_LIMITS.diskGb, `${what}[${i}].capacityGb`));

export function checkCreateSpec(spec: CreateVmSpec) {
  checkUuid(spec.marker, "marker");
  checkName(spec.name);
  checkSizing(spec);
  if (spec.disks.length > HYPERVISOR_LIMITS.disksPerController) {
    throw invalid(`at most ${HYPERVISOR_LIMITS.disksPerController} disks, not ${spec.disks.length}`);
  }
  checkDisks(spec.disks, "disks");
  if (!spec.guestId) throw invalid("guestId is required");
}

export function checkCloneSpec(spec: CloneVmSpec) {
  checkUuid(spec.marker, "marker");
  checkName(spec.name);
}

export function checkReconfigureSpec(spec: ReconfigureSpec) {
  checkSizing(spec);
  checkDisks(spec.addDisks ?? [], "addDisks");
  (spec.growDisks ?? []).forEach((grow, i) =>
    checkWhole(grow.capacityGb, HYPERVISOR_LIMITS.diskGb, `growDisks[${i}].capacityGb`),
  );
  const changes =
    (spec.addDisks?.length ?? 0) + (spec.growDisks?.length ?? 0) + (spec.addNics?.length ?? 0) > 0 ||
    spec.vcpuCount !== undefined ||
    spec.memoryMib !== undefined;
  if (!changes) throw invalid("the reconfiguration changes nothing");
}

/** vSphere names a port group with at most 80 characters; `%`, `/` and `\` would be escaped in its inventory path. */
export function checkPortGroupName(name: string) {
  if (name.trim() !== name || name.length < 1 || name.length > 80 || /[%/\\]/.test(name)) {
    throw invalid(`a port group name has 1–80 characters without surrounding spaces, %, / or \\, not "${name}"`);
  }
}
