import type { StorageTier } from "../vm/vm.type";

/** What a VM is made of, as far as its price goes. */
export interface VmCostSpec {
  vcpuCount: number;
  memoryMib: number;
  disks: { capacityGb: number; tier: StorageTier }[];
  /** Catalog licence SKUs and units, e.g. `{ sku: "licence.windows-server", quantity: 4 }`. */
  licences: { sku: string; quantity: number }[];
}

export interface ReserveRequest {
  organizationId: string;
  /** The operation the hold covers; the hold's idempotency key derives from it, so a retry places one hold. */
  operationId: string;
  /** Shown on the hold, e.g. `Create VM web-01`. */
  reason: string;
  /** The VM's name, for the refusal's message ("… for 24 h of web-01 …"); "this VM" without it. */
  vmName?: string;
  /** The VM after the operation, and before it for a growth (only the difference is held). */
  to: VmCostSpec;
  from?: VmCostSpec;
}

export interface Reservation {
  holdId: string;
  /** Rand, VAT included, as a decimal string, e.g. "41.27". */
  amount: string;
}

/** A named VM size from the catalog: what a VM of that size is made of. */
export interface VmSizeSpec {
  name: string;
  vcpuCount: number;
  memoryMib: number;
  bootDisk: { capacityGb: number; tier: StorageTier };
}

/**
 * The wallet's say before a VM is provisioned or grows: a hold covering the new cost for the
 * runway, placed only if the wallet still covers the runway of what the organisation already
 * runs. Refuses with `INSUFFICIENT_FUNDS` and `extensions.shortfall` (rand) otherwise.
 */
export interface MoneyGate {
  /** Null when the operation costs nothing more (e.g. shrinking). */
  reserve(request: ReserveRequest): Promise<Reservation | null>;
  /** Gives the held money back; releasing a settled hold is not an error. */
  release(holdId: string): Promise<void>;
  /** A size on offer by name (e.g. `general.small`); null when the catalog has no such size on offer. */
  findVmSize(name: string): Promise<VmSizeSpec | null>;
}
