type Tier = "PERFORMANCE" | "STANDARD" | "ARCHIVE";

export interface DemoVm {
  name: string;
  vcpuCount: number;
  memoryGb: number;
  powerState: "POWERED_ON" | "POWERED_OFF" | "SUSPENDED";
  disks: { label: string; capacityGb: number; tier: Tier }[];
}

const vm = (
  name: string,
  vcpuCount: number,
  memoryGb: number,
  disks: [number, Tier][],
  powerState: DemoVm["powerState"] = "POWERED_ON",
): DemoVm => ({
  name,
  vcpuCount,
  memoryGb,
  powerState,
  disks: disks.map(([capacityGb, tier], index) => ({ label: `Hard disk ${index + 1}`, capacityGb, tier })),
});

/** Adcock: 5 VMs, 30 vCPU and 84 GB RAM in all, as in the original platform's roll-up. */
export const DEMO_VMS: Record<string, DemoVm[]> = {
  Adcock: [
    vm("adk-sql-01", 8, 24, [
      [100, "PERFORMANCE"],
      [500, "PERFORMANCE"],
    ]),
    vm("adk-app-01", 8, 24, [
      [100, "PERFORMANCE"],
      [200, "STANDARD"],
    ]),
    vm("adk-web-01", 6, 16, [[80, "STANDARD"]]),
    vm("adk-file-01", 4, 12, [
      [60, "STANDARD"],
      [1024, "ARCHIVE"],
    ]),
    vm("adk-jump-01", 4, 8, [[60, "STANDARD"]], "POWERED_OFF"),
  ],
  Vodacom: [
    vm("vc-k8s-node-01", 16, 64, [[200, "PERFORMANCE"]]),
    vm("vc-k8s-node-02", 16, 64, [[200, "PERFORMANCE"]]),
    vm("vc-backup-01", 4, 16, [
      [100, "STANDARD"],
      [4096, "ARCHIVE"],
    ]),
  ],
  "Pick n Pay": [vm("pnp-pos-01", 4, 8, [[100, "STANDARD"]]), vm("pnp-pos-02", 4, 8, [[100, "STANDARD"]], "SUSPENDED")],
  Sanlam: [vm("san-crm-01", 8, 32, [[250, "PERFORMANCE"]])],
  CloudTech: [vm("ct-monitoring-01", 2, 4, [[50, "STANDARD"]])],
};
