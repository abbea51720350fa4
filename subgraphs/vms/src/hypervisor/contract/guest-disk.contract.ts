import { expect, it } from "vitest";
import type { ContractContext } from "./hypervisor.contract";

/** Guest file systems (`guest.disk`), read for a batch of VMs at once. */
export function describeGuestDiskContract(context: ContractContext) {
  it("reads the guest disks of several VMs in one property read: none for a VM that is off, nothing for an unknown one", async () => {
    const vms = (await context.client.listVms()).filter((vm) => !vm.template);
    const running = vms.filter((vm) => vm.powerState === "poweredOn").slice(0, 4);
    expect(running.length).toBeGreaterThan(0);
    const off = await context.createVm();
    const unknown = context.newMarker();
    const asked = [...running.map((vm) => vm.instanceUuid), off, unknown];

    context.calls.length = 0;
    const answer = await context.client.readGuestDisks(asked);
    expect(context.calls.filter((method) => method === "RetrievePropertiesEx")).toHaveLength(1);
    expect(answer.map((vm) => vm.instanceUuid)).toEqual(asked.slice(0, -1));
    expect(answer.find((vm) => vm.instanceUuid === off)!.disks).toEqual([]);

    for (const vm of running) {
      const { disks } = answer.find((item) => item.instanceUuid === vm.instanceUuid)!;
      const virtualMib = vm.disks.reduce((sum, disk) => sum + disk.capacityKb / 1024, 0);
      for (const disk of disks) {
        expect(disk.path.length).toBeGreaterThan(0);
        expect(Number.isInteger(disk.capacityMb) && Number.isInteger(disk.freeMb)).toBe(true);
        expect(disk.capacityMb).toBeGreaterThan(0);
        expect(disk.capacityMb).toBeLessThanOrEqual(virtualMib);
        expect(disk.freeMb).toBeGreaterThanOrEqual(0);
        expect(disk.freeMb).toBeLessThanOrEqual(disk.capacityMb);
      }
      // vcsim leaves guest.disk unset; an endpoint that reports it has one file system per disk.
      if (context.target.reportsGuestDisks && vm.toolsRunningStatus === "guestToolsRunning") {
        expect(disks).toHaveLength(vm.disks.length);
      }
    }
    expect(await context.client.readGuestDisks([])).toEqual([]);
  });
}
