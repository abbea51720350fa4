import { afterEach, describe, expect, it } from "vitest";
import { buildInventory } from "../inventory/inventory-builder";
import { faultType } from "../testing/soap-test-client";
import { startWithClient as start, stopSimulators } from "../testing/simulator-fixture";
import { faultInTask, vmRef } from "../testing/vim-calls";

afterEach(() => stopSimulators());

describe("power", () => {
  it("powers on, refuses to power on again with InvalidPowerState, and leases an address", async () => {
    const { calls, state } = await start();
    const vm = vmRef(await calls.vmNamed("adk-jump-01"));
    expect((await calls.runTask("PowerOnVM_Task", vm)).state).toBe("success");
    expect(state.vms[vm.value]!.powerState).toBe("poweredOn");
    expect(await calls.property(vm, "guest.ipAddress")).toMatch(/^10\.20\./);
    const again = await calls.runTask("PowerOnVM_Task", vm);
    expect(faultInTask(again.info)).toBe("InvalidPowerState");
    expect(again.info).toContain("<requestedState>poweredOn</requestedState><existingState>poweredOn</existingState>");
  });

  it("suspends only a running VM and powers off a suspended one", async () => {
    const { calls, state } = await start();
    const suspended = vmRef(await calls.vmNamed("pnp-pos-02"));
    expect(faultInTask((await calls.runTask("SuspendVM_Task", suspended)).info)).toBe("InvalidPowerState");
    expect((await calls.runTask("PowerOffVM_Task", suspended)).state).toBe("success");
    expect(state.vms[suspended.value]!.powerState).toBe("poweredOff");
    expect(faultInTask((await calls.runTask("PowerOffVM_Task", suspended)).info)).toBe("InvalidPowerState");
  });

  it("shuts down and reboots the guest only while it runs with VMware Tools", async () => {
    const { calls, state } = await start();
    const vm = vmRef(await calls.vmNamed("adk-web-01"));
    state.vms[vm.value]!.toolsInstalled = false;
    expect(faultType((await calls.soap.raw("ShutdownGuest", vm)).xml)).toBe("ToolsUnavailable");
    state.vms[vm.value]!.toolsInstalled = true;
    expect((await calls.soap.raw("RebootGuest", vm)).status).toBe(200);
    expect((await calls.soap.raw("ShutdownGuest", vm)).status).toBe(200);
    expect(state.vms[vm.value]!.powerState).toBe("poweredOff");
    expect(faultType((await calls.soap.raw("ShutdownGuest", vm)).xml)).toBe("InvalidPowerState");
    expect(faultType((await calls.soap.raw("RebootGuest", vm)).xml)).toBe("InvalidPowerState");
  });

  it("refuses to power on a template with InvalidState", async () => {
    const { calls } = await start();
    const template = vmRef(await calls.vmNamed("tpl-rhel-9"));
    expect(faultType((await calls.soap.raw("PowerOnVM_Task", template)).xml)).toBe("InvalidState");
  });

  it("fails power-on with InsufficientResourcesFault when no host has the memory left", async () => {
    const inventory = buildInventory({
      seed: "small",
      now: new Date(),
      organizations: ["Small"],
      hosts: { count: 1, cpuCores: 4, cpuMhz: 2600, memoryMB: 16 * 1024 },
      vms: [
        {
          name: "a",
          organization: "Small",
          os: "ubuntu",
          numCPU: 2,
          memoryMB: 8 * 1024,
          powerState: "poweredOff",
          disks: [{ capacityGB: 10, tier: "standard" }],
        },
        {
          name: "b",
          organization: "Small",
          os: "ubuntu",
          numCPU: 2,
          memoryMB: 8 * 1024,
          powerState: "poweredOff",
          disks: [{ capacityGB: 10, tier: "standard" }],
        },
        {
          name: "c",
          organization: "Small",
          os: "ubuntu",
          numCPU: 2,
          memoryMB: 4,
          powerState: "poweredOff",
          disks: [{ capacityGB: 10, tier: "standard" }],
        },
      ],
    });
    const { calls } = await start({ inventory });
    expect((await calls.runTask("PowerOnVM_Task", vmRef(await calls.vmNamed("a")))).state).toBe("success");
    // Exactly full: 16 GB of 16 GB.
    expect((await calls.runTask("PowerOnVM_Task", vmRef(await calls.vmNamed("b")))).state).toBe("success");
    const over = await calls.runTask("PowerOnVM_Task", vmRef(await calls.vmNamed("c")));
    expect(faultInTask(over.info)).toBe("InsufficientResourcesFault");
  });
});

describe("reconfigure and destroy", () => {
  it("adds CPUs, memory, a disk and a NIC, grows a disk and refuses to shrink one", async () => {
    const { calls, state } = await start();
    const vm = vmRef(await calls.vmNamed("adk-jump-01"));
    const record = state.vms[vm.value]!;
    const disk = record.disks[0]!;
    const grow = await calls.runTask(
      "ReconfigVM_Task",
      vm,
      `<spec><numCPUs>6</numCPUs><memoryMB>16384</memoryMB>` +
        `<deviceChange><operation>edit</operation><device xsi:type="VirtualDisk"><key>${disk.key}</key><capacityInBytes>${(disk.capacityKB + 1024) * 1024}</capacityInBytes></device></deviceChange>` +
        `<deviceChange><operation>add</operation><fileOperation>create</fileOperation><device xsi:type="VirtualDisk"><key>-1</key><backing xsi:type="VirtualDiskFlatVer2BackingInfo"><fileName>[ds-archive-01]</fileName></backing><capacityInKB>1048576</capacityInKB></device></deviceChange>` +
        `<deviceChange><operation>add</operation><device xsi:type="VirtualE1000"><key>-2</key><backing xsi:type="VirtualEthernetCardNetworkBackingInfo"><deviceName>pg-dmz</deviceName></backing></device></deviceChange></spec>`,
    );
    expect(grow.state).toBe("success");
    expect(record).toMatchObject({ numCPU: 6, memoryMB: 16384 });
    expect(record.disks.map((item) => item.capacityKB)).toEqual([disk.capacityKB, 1048576]);
    expect(record.disks[1]!.fileName).toBe("[ds-archive-01] adk-jump-01/adk-jump-01_1.vmdk");
    expect(record.nics.map((nic) => nic.kind)).toEqual(["VirtualVmxnet3", "VirtualE1000"]);
    const shrink = await calls.runTask(
      "ReconfigVM_Task",
      vm,
      `<spec><deviceChange><operation>edit</operation><device xsi:type="VirtualDisk"><key>${disk.key}</key><capacityInKB>${disk.capacityKB - 1}</capacityInKB></device></deviceChange></spec>`,
    );
    expect(faultInTask(shrink.info)).toBe("InvalidArgument");
    expect(record.disks[0]!.capacityKB).toBe(disk.capacityKB);
  });

  it("refuses to take CPUs from a running VM or to resize a suspended one", async () => {
    const { calls } = await start();
    const running = vmRef(await calls.vmNamed("adk-web-01"));
    expect(
      faultInTask((await calls.runTask("ReconfigVM_Task", running, "<spec><numCPUs>5</numCPUs></spec>")).info),
    ).toBe("InvalidPowerState");
    expect((await calls.runTask("ReconfigVM_Task", running, "<spec><numCPUs>7</numCPUs></spec>")).state).toBe(
      "success",
    );
    const suspended = vmRef(await calls.vmNamed("pnp-pos-02"));
    expect(
      faultInTask((await calls.runTask("ReconfigVM_Task", suspended, "<spec><memoryMB>16384</memoryMB></spec>")).info),
    ).toBe("InvalidPowerState");
  });

  it("refuses to destroy a running VM; a destroyed VM is ManagedObjectNotFound", async () => {
    const { calls, state } = await start();
    const vm = vmRef(await calls.vmNamed("adk-web-01"));
    expect(faultInTask((await calls.runTask("Destroy_Task", vm)).info)).toBe("InvalidPowerState");
    await calls.runTask("PowerOffVM_Task", vm);
    expect((await calls.runTask("Destroy_Task", vm)).state).toBe("success");
    expect(state.vms[vm.value]).toBeUndefined();
    expect(faultType((await calls.soap.raw("PowerOnVM_Task", vm)).xml)).toBe("ManagedObjectNotFound");
    expect(faultType((await calls.retrieve(vm, ["name"])).xml)).toBe("ManagedObjectNotFound");
  });
});
