import { describe, expect, it } from "vitest";
import { dhcpLease } from "../model/guest-network";
import { demoInventory, DEMO_VMS } from "./demo-inventory";
import { generatedInventory } from "./generated-inventory";

const NOW = new Date("2026-11-26T10:00:00Z");

describe("the demo inventory", () => {
  const state = demoInventory(NOW);
  const vmsOf = (organization: string) => {
    const folder = Object.values(state.folders).find(
      (item) => item.name === organization && item.parent === state.organizationsFolder,
    )!;
    return Object.values(state.vms).filter((vm) => vm.folder === folder.id);
  };

  it("holds Adcock's 5 VMs with 30 vCPU and 84 GB, as the original platform's roll-up", () => {
    const adcock = vmsOf("Adcock");
    expect(adcock).toHaveLength(5);
    expect(adcock.reduce((sum, vm) => sum + vm.numCPU, 0)).toBe(30);
    expect(adcock.reduce((sum, vm) => sum + vm.memoryMB, 0)).toBe(84 * 1024);
  });

  it("has every demo tenant's VMs in its own folder, with their power states", () => {
    for (const [organization, plans] of Object.entries(DEMO_VMS)) {
      expect(
        vmsOf(organization)
          .map((vm) => [vm.name, vm.powerState])
          .sort(),
      ).toEqual(plans.map((plan) => [plan.name, plan.powerState]).sort());
    }
  });

  it("has the three templates, marked as templates and never running", () => {
    const templates = Object.values(state.vms).filter((vm) => vm.template);
    expect(templates.map((vm) => vm.name).sort()).toEqual(["tpl-rhel-9", "tpl-ubuntu-24.04", "tpl-windows-2022"]);
    expect(templates.every((vm) => vm.folder === state.templatesFolder && vm.powerState === "poweredOff")).toBe(true);
  });

  it("gives the same identities on every build", () => {
    const again = demoInventory(NOW);
    const identities = (inventory: typeof state) =>
      Object.values(inventory.vms).map((vm) => [vm.id, vm.instanceUuid, vm.uuid, vm.nics[0]!.macAddress]);
    expect(identities(again)).toEqual(identities(state));
    expect(new Set(Object.values(state.vms).map((vm) => vm.instanceUuid)).size).toBe(Object.keys(state.vms).length);
  });
});

describe("generated estates", () => {
  const estate = generatedInventory({ organizations: 110, vmsPerOrganization: 30, seed: "bench", now: NOW });

  it("makes organisations × VMs plus the templates, repeatably for one seed and differently for another", () => {
    expect(Object.keys(estate.vms)).toHaveLength(3303);
    expect(Object.values(estate.folders).filter((folder) => folder.parent === estate.organizationsFolder)).toHaveLength(
      110,
    );
    const again = generatedInventory({ organizations: 110, vmsPerOrganization: 30, seed: "bench", now: NOW });
    expect(JSON.stringify(again)).toBe(JSON.stringify(estate));
    const small = (seed: string) => generatedInventory({ organizations: 2, vmsPerOrganization: 3, seed, now: NOW });
    expect(Object.values(small("other").vms)[5]!.instanceUuid).not.toBe(
      Object.values(small("bench").vms)[5]!.instanceUuid,
    );
  });

  it("has enough hosts for every VM to run at once", () => {
    const memory = Object.values(estate.vms).reduce((sum, vm) => sum + vm.memoryMB, 0);
    const hostMemory = Object.values(estate.hosts).reduce((sum, host) => sum + host.memoryMB, 0);
    expect(hostMemory).toBeGreaterThanOrEqual(memory);
  });
});

describe("DHCP leases", () => {
  it("stay inside the subnet and never take the network, gateway or broadcast address", () => {
    const seen = new Set<string>();
    for (let index = 0; index < 2000; index++) {
      const lease = dhcpLease("192.168.7.0/29", `00:50:56:00:${Math.floor(index / 256)}:${index % 256}`);
      seen.add(lease);
    }
    // A /29 has .0 (network), .1 (gateway), .7 (broadcast) and five leasable addresses.
    expect([...seen].sort()).toEqual(["192.168.7.2", "192.168.7.3", "192.168.7.4", "192.168.7.5", "192.168.7.6"]);
  });
});
