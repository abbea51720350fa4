import { createHash } from "node:crypto";
import { badUserInput, cleanOptionalText, cleanText, isUuid } from "@dcx/kit";
import { parseIpv4 } from "../network/ipv4";
import { StorageTier } from "../vm/vm.type";
import { IpMode, type CreateVmInput, type VmDiskInput } from "./operation.input";

/** What a VM may be made of through the graph. */
export const OPERATION_LIMITS = {
  nameMaxLength: 80,
  labelMaxLength: 80,
  vcpuCount: { min: 1, max: 128 },
  memoryGb: { min: 1, max: 4096 },
  disks: { min: 1, max: 16 },
  capacityGb: { min: 1, max: 65_536 },
  licenceQuantity: { min: 1, max: 1024 },
  licences: { max: 16 },
  idempotencyKey: { min: 8, max: 200 },
} as const;

export const MIB_PER_GB = 1024;

/** vSphere-safe: nothing vCenter or a guest's hostname would escape or refuse. */
const VM_NAME = /^[A-Za-z0-9._-]+$/;
const SKU = /^[a-z0-9]+([.-][a-z0-9]+)*$/;

/**
 * Guest ids of the platform's templates (Ubuntu 24.04, RHEL 9, Windows Server 2022, which vSphere
 * 7 names `windows2019srvNext_64Guest`): `VirtualMachineGuestOsIdentifier` values.
 */
export const GUEST_OS_IDS = ["ubuntu64Guest", "rhel9_64Guest", "windows2019srvNext_64Guest"] as const;
export const DEFAULT_GUEST_OS = "ubuntu64Guest";

export interface DiskRequest {
  label: string | null;
  capacityGb: number;
  tier: StorageTier;
}

/** A create request with every rule that needs no database or catalog checked. */
export interface CreateVmRequest {
  organizationId: string;
  name: string;
  guestId: string;
  size: string | null;
  custom: { vcpuCount: number; memoryGb: number } | null;
  disks: DiskRequest[];
  network: { networkId: string; ipMode: IpMode; ipAddress: string | null } | null;
  licences: { sku: string; quantity: number }[];
  idempotencyKey: string;
  /** Tells a replay from a different request under the same key. */
  fingerprint: string;
}

const isIntegerIn = (value: unknown, range: { min: number; max: number }): value is number =>
  Number.isInteger(value) && (value as number) >= range.min && (value as number) <= range.max;

export function checkVmName(value: unknown, field = "name"): string {
  const name = cleanText(value, { field, label: "VM name", maxLength: OPERATION_LIMITS.nameMaxLength });
  if (!VM_NAME.test(name)) throw badUserInput("VM name may contain only letters, digits, '-', '_' and '.'", field);
  return name;
}

export function checkVcpuCount(value: unknown, field = "vcpuCount"): number {
  const { min, max } = OPERATION_LIMITS.vcpuCount;
  if (!isIntegerIn(value, OPERATION_LIMITS.vcpuCount))
    throw badUserInput(`vCPU count must be a whole number from ${min} to ${max}`, field);
  return value;
}

export function checkMemoryGb(value: unknown, field = "memoryGb"): number {
  const { min, max } = OPERATION_LIMITS.memoryGb;
  if (!isIntegerIn(value, OPERATION_LIMITS.memoryGb))
    throw badUserInput(`Memory must be a whole number of GB from ${min} to ${max}`, field);
  return value;
}

export function checkCapacityGb(value: unknown, field: string): number {
  const { min, max } = OPERATION_LIMITS.capacityGb;
  if (!isIntegerIn(value, OPERATION_LIMITS.capacityGb)) {
    throw badUserInput(`Disk capacity must be a whole number of GB from ${min} to ${max}`, field);
  }
  return value;
}

export function checkDisk(disk: VmDiskInput | null | undefined, field: string): DiskRequest {
  if (!disk || typeof disk !== "object") throw badUserInput("A disk needs a capacity and a tier", field);
  const label = cleanOptionalText(disk.label, {
    field: `${field}.label`,
    label: "Disk label",
    maxLength: OPERATION_LIMITS.labelMaxLength,
  });
  const capacityGb = checkCapacityGb(disk.capacityGb, `${field}.capacityGb`);
  if (!Object.values(StorageTier).includes(disk.tier))
    throw badUserInput(`Unknown storage tier ${String(disk.tier)}`, `${field}.tier`);
  return { label, capacityGb, tier: disk.tier };
}

export function checkIdempotencyKey(key: unknown): string {
  const { min, max } = OPERATION_LIMITS.idempotencyKey;
  const rule = { field: "idempotencyKey", label: "Idempotency key", minLength: min, maxLength: max };
  // A key is an identifier: taken exactly as sent, so surrounding spaces are refused, not trimmed.
  if (cleanText(key, rule) !== key) throw badUserInput("Idempotency key must not start or end with spaces", rule.field);
  return key as string;
}

function checkSizing(input: CreateVmInput): Pick<CreateVmRequest, "size" | "custom"> {
  const hasCustom = input.vcpuCount != null || input.memoryGb != null;
  if (input.size != null) {
    if (hasCustom) throw badUserInput("Give a size or vcpuCount and memoryGb, not both", "size");
    const size = cleanText(input.size, { field: "size", label: "Size", maxLength: 50 });
    return { size, custom: null };
  }
  if (!hasCustom) throw badUserInput("Give a size, or vcpuCount and memoryGb", "size");
  return {
    size: null,
    custom: { vcpuCount: checkVcpuCount(input.vcpuCount), memoryGb: checkMemoryGb(input.memoryGb) },
  };
}

function checkDisks(input: CreateVmInput, withSize: boolean): DiskRequest[] {
  const disks = input.disks ?? [];
  if (!Array.isArray(disks)) throw badUserInput("Disks must be a list", "disks");
  const { min, max } = OPERATION_LIMITS.disks;
  // A size brings its boot disk, so the list holds only extras; without one it needs the boot disk.
  const least = withSize ? 0 : min;
  const most = withSize ? max - 1 : max;
  if (disks.length < least || disks.length > most) {
    throw badUserInput(
      withSize ? `A size's boot disk plus at most ${most} more disks` : `A VM needs ${min}–${max} disks`,
      "disks",
    );
  }
  return disks.map((disk, index) => checkDisk(disk, `disks[${index}]`));
}

function checkNetwork(network: CreateVmInput["network"]): CreateVmRequest["network"] {
  if (network == null) return null;
  if (!isUuid(network.networkId))
    throw badUserInput(`Network id ${JSON.stringify(network.networkId)} is not a UUID`, "network.networkId");
  if (!Object.values(IpMode).includes(network.ipMode))
    throw badUserInput(`Unknown IP mode ${String(network.ipMode)}`, "network.ipMode");
  const given = network.ipAddress ?? null;
  if (given !== null && network.ipMode !== IpMode.STATIC) {
    throw badUserInput("An address can be given only with ipMode STATIC", "network.ipAddress");
  }
  if (given !== null) parseIpv4(given, "network.ipAddress", "The IP address");
  return { networkId: network.networkId.toLowerCase(), ipMode: network.ipMode, ipAddress: given };
}

function checkLicences(licences: CreateVmInput["licences"]): CreateVmRequest["licences"] {
  const list = licences ?? [];
  if (list.length > OPERATION_LIMITS.licences.max)
    throw badUserInput(`At most ${OPERATION_LIMITS.licences.max} licences`, "licences");
  const seen = new Set<string>();
  return list.map((licence, index) => {
    const field = `licences[${index}]`;
    const sku = cleanText(licence?.sku, { field: `${field}.sku`, label: "Licence SKU", maxLength: 80 });
    if (!SKU.test(sku)) throw badUserInput(`Licence SKU ${JSON.stringify(sku)} is not a catalog SKU`, `${field}.sku`);
    if (seen.has(sku)) throw badUserInput(`Licence ${sku} is listed twice`, `${field}.sku`);
    seen.add(sku);
    const { min, max } = OPERATION_LIMITS.licenceQuantity;
    if (!isIntegerIn(licence.quantity, OPERATION_LIMITS.licenceQuantity)) {
      throw badUserInput(`Licence quantity must be a whole number from ${min} to ${max}`, `${field}.quantity`);
    }
    return { sku, quantity: licence.quantity };
  });
}

/** Checks every rule of `createVm` that needs neither the database nor the catalog. */
export function checkCreateVmInput(input: CreateVmInput): CreateVmRequest {
  if (!isUuid(input.organizationId)) {
    throw badUserInput(`Organisation id ${JSON.stringify(input.organizationId)} is not a UUID`, "organizationId");
  }
  const idempotencyKey = checkIdempotencyKey(input.idempotencyKey);
  const name = checkVmName(input.name);
  const sizing = checkSizing(input);
  const disks = checkDisks(input, sizing.size !== null);
  const guestId = input.guestOs ?? DEFAULT_GUEST_OS;
  if (!(GUEST_OS_IDS as readonly string[]).includes(guestId)) {
    throw badUserInput(`Guest OS must be one of ${GUEST_OS_IDS.join(", ")}`, "guestOs");
  }
  const network = checkNetwork(input.network);
  const licences = checkLicences(input.licences);
  const asked = { name, guestId, ...sizing, disks, network, licences };
  const fingerprint = createHash("sha256").update(JSON.stringify(asked)).digest("hex");
  return { organizationId: input.organizationId.toLowerCase(), idempotencyKey, ...asked, fingerprint };
}
