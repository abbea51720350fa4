import { monthStarting } from "../bill/billing-month";
import type { VmUsageChangeInput } from "../usage-change/usage-change.type";

export const FIXTURE_ORGANIZATION = "0b7e6d5c-4a3b-4c2d-8e1f-9a8b7c6d5e4f";
/** Another organisation, for isolation and hand-overs. */
export const OTHER_ORGANIZATION = "0c8f7e6d-5b4c-4d3e-9f2a-1b0c9d8e7f6a";
export const FIXTURE_VM = "11111111-1111-4111-8111-111111111111";

/** March 2026 in South African time: 744 hours, billed as 730; `marchHour(n)` is its n-th hour. */
export const MARCH = monthStarting(2026, 2);
export const marchHour = (n: number) => new Date(MARCH.start.getTime() + n * 3_600_000);

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

/** On, 2 vCPU, 4 GiB, a 50 GB performance disk. */
export const RUNNING: UsageState = {
  exists: true,
  poweredOn: true,
  vcpuCount: 2,
  memoryMib: 4096,
  disks: [{ diskId: "d1", tier: "performance", capacityGb: 50 }],
};

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
