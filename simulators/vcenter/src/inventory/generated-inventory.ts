import type { PowerState, StorageTier } from "../model/inventory.types";
import { GUEST_OS, type GuestOs } from "./guest-os";
import { hash32, unit } from "./identity";
import { buildInventory, type HostPlan, type VmPlan } from "./inventory-builder";

export interface GeneratedInventoryOptions {
  organizations: number;
  vmsPerOrganization: number;
  /** Same seed, same estate. */
  seed: string;
  now?: Date;
}

const SIZES = [
  [1, 2],
  [2, 4],
  [2, 8],
  [4, 8],
  [4, 16],
  [8, 32],
  [16, 64],
] as const;
const TIERS: StorageTier[] = ["performance", "standard", "standard", "archive"];
const OS_KEYS = Object.keys(GUEST_OS) as GuestOs[];

/** A large estate (e.g. 110 organisations × 30 VMs = 3,300 VMs) on enough hosts to run it. */
export function generatedInventory({
  organizations,
  vmsPerOrganization,
  seed,
  now = new Date(),
}: GeneratedInventoryOptions) {
  const names = Array.from(
    { length: organizations },
    (_, index) => `Organisation ${String(index + 1).padStart(3, "0")}`,
  );
  const vms: VmPlan[] = [];
  for (const [orgIndex, organization] of names.entries()) {
    for (let index = 0; index < vmsPerOrganization; index++) {
      const name = `org${String(orgIndex + 1).padStart(3, "0")}-vm-${String(index + 1).padStart(3, "0")}`;
      const [numCPU, memoryGB] = SIZES[hash32(seed, name, "size") % SIZES.length]!;
      const roll = unit(seed, name, "power");
      const powerState: PowerState = roll < 0.8 ? "poweredOn" : roll < 0.95 ? "poweredOff" : "suspended";
      const diskCount = 1 + (hash32(seed, name, "disks") % 3);
      vms.push({
        name,
        organization,
        os: OS_KEYS[hash32(seed, name, "os") % OS_KEYS.length]!,
        numCPU,
        memoryMB: memoryGB * 1024,
        powerState,
        disks: Array.from({ length: diskCount }, (_, disk) => ({
          capacityGB: disk === 0 ? 60 : 100 * (1 + (hash32(seed, name, disk) % 10)),
          tier: disk === 0 ? "standard" : TIERS[hash32(seed, name, "tier", disk) % TIERS.length]!,
        })),
      });
    }
  }
  const memoryMB = vms.reduce((sum, vm) => sum + vm.memoryMB, 0);
  const hostMemoryMB = 2 * 1024 * 1024;
  const hosts: HostPlan = {
    count: Math.max(4, Math.ceil((memoryMB * 1.3) / hostMemoryMB)),
    cpuCores: 128,
    cpuMhz: 2600,
    memoryMB: hostMemoryMB,
  };
  return buildInventory({ seed, now, organizations: names, vms, hosts });
}
