import { createVm, PowerState, StorageTier, type VmsDb } from "@dcx/vms";

type Tier = "PERFORMANCE" | "STANDARD" | "ARCHIVE";

/** A VM written straight into the inventory, for tests and benchmarks that need many quickly. */
export interface FixtureVm {
  name: string;
  vcpuCount: number;
  memoryGb: number;
  powerState: "POWERED_ON" | "POWERED_OFF" | "SUSPENDED";
  disks: { label: string; capacityGb: number; tier: Tier }[];
}

export async function createFixtureVm(db: VmsDb, organizationId: string, spec: FixtureVm): Promise<string> {
  const vm = await createVm(db, {
    organizationId,
    name: spec.name,
    powerState: PowerState[spec.powerState],
    vcpuCount: spec.vcpuCount,
    memoryMib: spec.memoryGb * 1024,
    disks: spec.disks.map((disk) => ({ ...disk, tier: StorageTier[disk.tier] })),
  });
  return vm.id;
}
