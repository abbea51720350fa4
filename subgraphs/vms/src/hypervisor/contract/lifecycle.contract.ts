import { expect, it } from "vitest";
import { GUEST_ID, type ContractContext } from "./hypervisor.contract";

/** Inventory, create, clone and reconfigure. */
export function describeLifecycleContract(context: ContractContext) {
  it("lists every VM in pages, with the fields the inventory sync needs", async () => {
    const whole = await context.client.listVms();
    expect(whole.length).toBeGreaterThanOrEqual(context.target.initialVmCount);
    context.calls.length = 0;
    const paged = await context.client.listVms({ pageSize: 2 });
    const continued = context.calls.filter((method) => method === "ContinueRetrievePropertiesEx").length;
    if (context.target.pagesInventory) expect(continued).toBeGreaterThanOrEqual(Math.ceil(whole.length / 2) - 1);
    else expect(continued).toBe(0);
    expect(paged.map((vm) => vm.instanceUuid).sort()).toEqual(whole.map((vm) => vm.instanceUuid).sort());
    expect(new Set(paged.map((vm) => vm.instanceUuid)).size).toBe(paged.length);
    for (const vm of paged) {
      expect(vm.instanceUuid).toMatch(/^[0-9a-f-]{36}$/i);
      expect(vm.name).not.toBe("");
      expect(["poweredOn", "poweredOff", "suspended"]).toContain(vm.powerState);
      expect(vm.vcpuCount).toBeGreaterThan(0);
      expect(vm.memoryMib).toBeGreaterThan(0);
      expect(vm.host).toBeTruthy();
      expect(vm.datastores.length).toBeGreaterThan(0);
      expect(vm.folderId).toBeTruthy();
    }
    const withDisks = paged.filter((vm) => vm.disks.length > 0);
    expect(withDisks.length).toBeGreaterThan(0);
    expect(withDisks[0]!.disks[0]!.datastore).toBeTruthy();
    expect(paged.some((vm) => vm.nics.some((nic) => nic.macAddress && nic.network))).toBe(true);
  });

  it("creates a VM once per marker and finds it by marker and by instance UUID", async () => {
    const marker = context.newMarker();
    const [network] = await context.client.listNetworks();
    const spec = {
      marker,
      name: `contract-create-${marker.slice(0, 8)}`,
      guestId: GUEST_ID,
      vcpuCount: 2,
      memoryMib: 1024,
      disks: [{ capacityGb: 2 }, { capacityGb: 3 }],
      nics: [{ network: network! }],
    };
    const start = await context.client.createVm(spec);
    if (start.status !== "started") throw new Error("expected a started create");
    const done = await context.client.awaitTask(start.task, { timeoutMs: 30_000 });
    expect(done.resultInstanceUuid).toBe(marker);

    const vm = await context.client.findVmByMarker(marker);
    expect(vm).toMatchObject({ name: spec.name, marker, vcpuCount: 2, memoryMib: 1024, powerState: "poweredOff" });
    expect(vm!.disks.map((disk) => disk.capacityGb)).toEqual([2, 3]);
    expect(vm!.nics).toHaveLength(1);
    expect(vm!.nics[0]).toMatchObject({ network, adapter: "VirtualVmxnet3" });
    expect(await context.client.findVmByInstanceUuid(vm!.instanceUuid)).toMatchObject({ name: spec.name });

    const again = await context.client.createVm(spec);
    expect(again).toMatchObject({ status: "exists", vm: { instanceUuid: vm!.instanceUuid } });
    const named = (await context.client.listVms()).filter((listed) => listed.name === spec.name);
    expect(named).toHaveLength(1);
    expect(await context.client.findVmByMarker(context.newMarker())).toBeNull();
    expect(await context.client.findVmByInstanceUuid(context.newMarker())).toBeNull();
  });

  it("refuses a second VM or folder of the same name with DUPLICATE_NAME", async () => {
    const name = `contract-dup-${context.newMarker().slice(0, 8)}`;
    await context.createVm(name);
    await expect(context.createVm(name)).rejects.toMatchObject({ code: "DUPLICATE_NAME" });
    const folder = await context.client.createFolder(`contract-folder-${name.slice(-8)}`);
    expect((await context.client.listFolders()).map((f) => f.id)).toContain(folder.id);
    await expect(context.client.createFolder(folder.name)).rejects.toMatchObject({ code: "DUPLICATE_NAME" });
    // Another folder may hold a VM of the same name.
    const other = context.newMarker();
    const start = await context.client.createVm({
      marker: other,
      name,
      folderId: folder.id,
      guestId: GUEST_ID,
      vcpuCount: 1,
      memoryMib: 512,
      disks: [],
      nics: [],
    });
    if (start.status !== "started") throw new Error("expected a started create");
    await context.client.awaitTask(start.task, { timeoutMs: 30_000 });
    expect(await context.client.findVmByMarker(other)).toMatchObject({ name, folderId: folder.id });
  });

  it("clones a VM into a template and the template into a new VM", async () => {
    const source = await context.createVm();
    const templateMarker = context.newMarker();
    const toTemplate = await context.client.cloneVm({
      marker: templateMarker,
      name: `contract-template-${templateMarker.slice(0, 8)}`,
      sourceInstanceUuid: source,
      asTemplate: true,
    });
    if (toTemplate.status !== "started") throw new Error("expected a started clone");
    await context.client.awaitTask(toTemplate.task, { timeoutMs: 30_000 });
    const template = await context.client.findVmByMarker(templateMarker);
    expect(template).toMatchObject({ template: true, marker: templateMarker });

    const cloneMarker = context.newMarker();
    const spec = {
      marker: cloneMarker,
      name: `contract-clone-${cloneMarker.slice(0, 8)}`,
      sourceInstanceUuid: template!.instanceUuid,
    };
    const start = await context.client.cloneVm(spec);
    if (start.status !== "started") throw new Error("expected a started clone");
    const done = await context.client.awaitTask(start.task, { timeoutMs: 30_000 });
    expect(done.resultInstanceUuid).toBe(cloneMarker);
    const clone = await context.client.findVmByMarker(cloneMarker);
    expect(clone).toMatchObject({ template: false, name: spec.name, vcpuCount: 1, memoryMib: 512 });
    expect(await context.client.cloneVm(spec)).toMatchObject({ status: "exists" });
    await expect(
      context.client.cloneVm({
        ...spec,
        marker: context.newMarker(),
        name: "x",
        sourceInstanceUuid: context.newMarker(),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reconfigures CPU and memory, adds and grows disks, adds a NIC, and never shrinks a disk", async () => {
    const uuid = await context.createVm();
    const before = (await context.client.findVmByInstanceUuid(uuid))!;
    const [network] = await context.client.listNetworks();
    const disk = before.disks[0]!;
    const task = await context.client.reconfigureVm(uuid, {
      vcpuCount: 4,
      memoryMib: 4096,
      addDisks: [{ capacityGb: 5 }],
      growDisks: [{ key: disk.key, capacityGb: 2 }],
      addNics: [{ network: network!, adapter: "e1000" }],
    });
    expect((await context.client.awaitTask(task, { timeoutMs: 30_000 })).state).toBe("success");
    const after = (await context.client.findVmByInstanceUuid(uuid))!;
    expect(after).toMatchObject({ vcpuCount: 4, memoryMib: 4096 });
    // Disks are identified by key; an edited disk may move in the device list.
    const capacities = new Map(after.disks.map((d) => [d.key, d.capacityGb]));
    expect(capacities.get(disk.key)).toBe(2);
    expect([...capacities.values()].sort()).toEqual([2, 5]);
    expect(after.nics.map((nic) => nic.adapter)).toEqual(["VirtualVmxnet3", "VirtualE1000"]);
    expect(new Set(after.nics.map((nic) => nic.macAddress)).size).toBe(2);

    await expect(
      context.client.reconfigureVm(uuid, { growDisks: [{ key: disk.key, capacityGb: 2 }] }),
    ).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    await expect(
      context.client.reconfigureVm(uuid, { growDisks: [{ key: disk.key, capacityGb: 1 }] }),
    ).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    await expect(
      context.client.reconfigureVm(uuid, { growDisks: [{ key: 999_999, capacityGb: 9 }] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      context.client.reconfigureVm(uuid, { addNics: [{ network: "no such port group" }] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const grown = await context.client.reconfigureVm(uuid, { growDisks: [{ key: disk.key, capacityGb: 3 }] });
    await context.client.awaitTask(grown, { timeoutMs: 30_000 });
    const last = (await context.client.findVmByInstanceUuid(uuid))!.disks;
    expect(last.find((d) => d.key === disk.key)!.capacityGb).toBe(3);
    expect(last).toHaveLength(2);
  });
}
