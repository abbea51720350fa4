import { badUserInput } from "@dcx/kit";
import { isUuid } from "@dcx/kit";
import type { NewVm } from "./vm.store";
import { PowerState, StorageTier } from "./vm.type";

/** Sizing limits of a VM on the platform; the service refuses anything outside them. */
export const VM_LIMITS = {
  nameMaxLength: 80,
  labelMaxLength: 80,
  vcpuCount: { min: 1, max: 128 },
  memoryMib: { min: 512, max: 4_194_304, step: 256 },
  disks: { min: 1, max: 16 },
  capacityGb: { min: 1, max: 65_536 },
} as const;

export interface CreateVmInput {
  organizationId: string;
  name: string;
  /** Defaults to POWERED_OFF: a new VM has not been started yet. */
  powerState?: PowerState;
  vcpuCount: number;
  memoryMib: number;
  disks: { label: string; capacityGb: number; tier: StorageTier }[];
}

const isIntegerIn = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

function requireText(value: unknown, maxLength: number, what: string, field: string): string {
  const text = typeof value === "string" ? value.trim() : "";
  if (text.length < 1 || text.length > maxLength) {
    throw badUserInput(`${what} must be 1–${maxLength} characters`, field);
  }
  return text;
}

/** Checks every rule that needs no database and returns the input in the shape the store writes. */
export function validateCreateVmInput(input: CreateVmInput): NewVm {
  if (typeof input.organizationId !== "string" || !isUuid(input.organizationId)) {
    throw badUserInput(`Organisation id ${JSON.stringify(input.organizationId)} is not a UUID`, "organizationId");
  }
  const name = requireText(input.name, VM_LIMITS.nameMaxLength, "VM name", "name");
  const powerState = input.powerState ?? PowerState.POWERED_OFF;
  if (!Object.values(PowerState).includes(powerState)) {
    throw badUserInput(`Unknown power state ${String(powerState)}`, "powerState");
  }

  const { vcpuCount: cpu, memoryMib: memory } = VM_LIMITS;
  if (!isIntegerIn(input.vcpuCount, cpu.min, cpu.max)) {
    throw badUserInput(`vCPU count must be a whole number from ${cpu.min} to ${cpu.max}`, "vcpuCount");
  }
  if (!isIntegerIn(input.memoryMib, memory.min, memory.max) || input.memoryMib % memory.step !== 0) {
    throw badUserInput(
      `Memory must be a multiple of ${memory.step} MiB from ${memory.min} to ${memory.max} MiB`,
      "memoryMib",
    );
  }

  const { disks: count, capacityGb: capacity } = VM_LIMITS;
  if (!Array.isArray(input.disks) || input.disks.length < count.min || input.disks.length > count.max) {
    throw badUserInput(`A VM needs ${count.min}–${count.max} disks`, "disks");
  }
  const disks = input.disks.map((disk, index) => {
    const field = `disks[${index}]`;
    const label = requireText(disk.label, VM_LIMITS.labelMaxLength, `Disk ${index + 1} label`, `${field}.label`);
    if (!isIntegerIn(disk.capacityGb, capacity.min, capacity.max)) {
      throw badUserInput(
        `Disk ${index + 1} capacity must be a whole number of GB from ${capacity.min} to ${capacity.max}`,
        `${field}.capacityGb`,
      );
    }
    if (!Object.values(StorageTier).includes(disk.tier)) {
      throw badUserInput(`Disk ${index + 1} has unknown storage tier ${String(disk.tier)}`, `${field}.tier`);
    }
    return { label, capacityGb: disk.capacityGb, tier: disk.tier };
  });

  return {
    organizationId: input.organizationId,
    name,
    powerState,
    vcpuCount: input.vcpuCount,
    memoryMib: input.memoryMib,
    disks,
  };
}
