import type { PowerState, StorageTier } from "../model/inventory.types";
import type { GuestOs } from "./guest-os";
import { buildInventory, type VmPlan } from "./inventory-builder";

type DiskSpec = [capacityGB: number, tier: StorageTier];

const vm = (
  name: string,
  os: GuestOs,
  numCPU: number,
  memoryGB: number,
  disks: DiskSpec[],
  powerState: PowerState = "poweredOn",
) => ({
  name,
  os,
  numCPU,
  memoryMB: memoryGB * 1024,
  powerState,
  disks: disks.map(([capacityGB, tier]) => ({ capacityGB, tier })),
});

/** The demo tenants' VMs, one folder per organisation (Adcock: 5 VMs, 30 vCPU, 84 GB). */
export const DEMO_VMS: Record<string, Omit<VmPlan, "organization">[]> = {
  Adcock: [
    vm("adk-sql-01", "windows", 8, 24, [
      [100, "performance"],
      [500, "performance"],
    ]),
    vm("adk-app-01", "windows", 8, 24, [
      [100, "performance"],
      [200, "standard"],
    ]),
    vm("adk-web-01", "ubuntu", 6, 16, [[80, "standard"]]),
    vm("adk-file-01", "windows", 4, 12, [
      [60, "standard"],
      [1024, "archive"],
    ]),
    vm("adk-jump-01", "windows", 4, 8, [[60, "standard"]], "poweredOff"),
  ],
  Vodacom: [
    vm("vc-k8s-node-01", "ubuntu", 16, 64, [[200, "performance"]]),
    vm("vc-k8s-node-02", "ubuntu", 16, 64, [[200, "performance"]]),
    vm("vc-backup-01", "rhel", 4, 16, [
      [100, "standard"],
      [4096, "archive"],
    ]),
  ],
  "Pick n Pay": [
    vm("pnp-pos-01", "windows", 4, 8, [[100, "standard"]]),
    vm("pnp-pos-02", "windows", 4, 8, [[100, "standard"]], "suspended"),
  ],
  Sanlam: [vm("san-crm-01", "rhel", 8, 32, [[250, "performance"]])],
  CloudTech: [vm("ct-monitoring-01", "ubuntu", 2, 4, [[50, "standard"]])],
};

/** The demo estate as of `now`, with 30 days of history for performance back-fill. */
export function demoInventory(now = new Date()) {
  return buildInventory({
    seed: "dcx-demo",
    now,
    organizations: Object.keys(DEMO_VMS),
    vms: Object.entries(DEMO_VMS).flatMap(([organization, vms]) => vms.map((plan) => ({ ...plan, organization }))),
  });
}
