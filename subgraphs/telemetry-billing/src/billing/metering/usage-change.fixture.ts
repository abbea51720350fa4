import type { VmUsageChangeInput } from "../usage-change/usage-change.type";

export const FIXTURE_ORGANIZATION = "0b7e6d5c-4a3b-4c2d-8e1f-9a8b7c6d5e4f";

/** The billable part of a VM's state, as a test states it. */
export interface UsageState {
  exists: boolean;
  poweredOn: boolean;
  vcpuCount: number;
  memoryMib: number;
  disks: { diskId: string; tier: string; capacityGb: number }[];
  licences?: { sku: string; quantity: number }[];
  publicIpCount?: number;
}

/** A change as the vms service would deliver it. */
export const usageChange = (
  vmId: string,
  changeId: string,
  occurredAt: Date,
  state: UsageState,
  organizationId = FIXTURE_ORGANIZATION,
): VmUsageChangeInput => ({
  changeId,
  vmId,
  organizationId,
  occurredAt,
  licences: [],
  publicIpCount: 0,
  ...state,
});
