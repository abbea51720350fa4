import { expect, it } from "vitest";
import { GUEST_ID, type ContractContext } from "./hypervisor.contract";

/** Customer networks: a distributed port group made, used by a VM, and removed. */
export function describePortGroupContract(context: ContractContext) {
  it("creates a port group (twice is fine), attaches a VM to it, and deletes both", async () => {
    const marker = context.newMarker();
    const name = `contract-pg-${marker.slice(0, 8)}`;
    // A second client whose network list is read before the port group exists.
    const other = context.connect();
    expect(await other.listNetworks()).not.toContain(name);

    await context.client.createPortGroup(name);
    await context.client.createPortGroup(name);
    expect(await context.client.listNetworks()).toContain(name);

    const start = await other.createVm({
      marker,
      name: `contract-on-pg-${marker.slice(0, 8)}`,
      guestId: GUEST_ID,
      vcpuCount: 1,
      memoryMib: 512,
      disks: [{ capacityGb: 1 }],
      nics: [{ network: name }],
    });
    if (start.status !== "started") throw new Error("expected a started create");
    await other.awaitTask(start.task, { timeoutMs: 30_000 });
    const vm = await context.client.findVmByMarker(marker);
    expect(vm!.nics).toEqual([expect.objectContaining({ network: name, adapter: "VirtualVmxnet3" })]);

    await context.client.awaitTask(await context.client.destroy(marker), { timeoutMs: 30_000 });
    await context.client.deletePortGroup(name);
    await context.client.deletePortGroup(name);
    expect(await context.client.listNetworks()).not.toContain(name);
    // The client that deleted it knows at once (another may have it cached until vCenter refuses).
    await expect(
      context.client.createVm({
        marker: context.newMarker(),
        name: `contract-gone-${marker.slice(0, 8)}`,
        guestId: GUEST_ID,
        vcpuCount: 1,
        memoryMib: 512,
        disks: [],
        nics: [{ network: name }],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining(name) });
  });

  it("refuses a port group name vSphere would not keep as given", async () => {
    for (const name of ["", " padded", "a/b", "n".repeat(81)]) {
      await expect(context.client.createPortGroup(name)).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    }
  });
}
