import { describe, expect, it } from "vitest";
import type { XmlInputNode, XmlNode } from "./soap-xml";
import { freeUnitNumbers, newVmDeviceChanges, reconfigureDeviceChanges } from "./vm-specs";

const controller: XmlNode = { "@_xsi:type": "ParaVirtualSCSIController", key: "1000" };
const disk = (key: number, unit: number, capacityKb = 1_048_576): XmlNode => ({
  "@_xsi:type": "VirtualDisk",
  key: String(key),
  deviceInfo: { label: `Hard disk ${unit + 1}`, summary: "" },
  backing: { "@_xsi:type": "VirtualDiskFlatVer2BackingInfo", fileName: "[ds1] vm/vm.vmdk", diskMode: "persistent" },
  controllerKey: "1000",
  unitNumber: String(unit),
  capacityInKB: String(capacityKb),
});

type Change = { operation: string; device: Record<string, unknown> };
const devicesIn = (changes: XmlInputNode[]) => changes.map((change) => (change as unknown as Change).device);

describe("device changes for new and existing VMs", () => {
  it("never uses SCSI unit 7, which the controller holds, and has 15 units per controller", () => {
    const units = freeUnitNumbers(new Set());
    expect(units).toHaveLength(15);
    expect(units).not.toContain(7);
    expect(freeUnitNumbers(new Set([0, 1, 2]))[0]).toBe(3);
  });

  it("gives a new VM one paravirtual controller, its disks on units 0… skipping 7, and its NICs", () => {
    const disks = Array.from({ length: 9 }, () => ({ capacityGb: 1 }));
    const devices = devicesIn(newVmDeviceChanges(disks, [{ network: "VM Network" }], "ds1"));
    expect(devices[0]).toMatchObject({ "@_xsi:type": "ParaVirtualSCSIController", key: -100 });
    expect(devices.slice(1, 10).map((d) => d.unitNumber)).toEqual([0, 1, 2, 3, 4, 5, 6, 8, 9]);
    expect(devices[1]).toMatchObject({ capacityInKB: 1_048_576, capacityInBytes: 1_073_741_824, controllerKey: -100 });
    expect(devices[10]).toMatchObject({ "@_xsi:type": "VirtualVmxnet3" });
  });

  it("backs a NIC on a distributed port group by its switch port, and one on a standard port group by name", () => {
    const ports = new Map([["dcx-web", { switchUuid: "50 0a-1b", portgroupKey: "dvportgroup-42" }]]);
    const nics = [{ network: "dcx-web" }, { network: "VM Network", adapter: "e1000" as const }];
    const [distributed, standard] = devicesIn(newVmDeviceChanges([], nics, "ds1", ports)).slice(1);
    expect(distributed!.backing).toEqual({
      "@_xsi:type": "VirtualEthernetCardDistributedVirtualPortBackingInfo",
      port: { switchUuid: "50 0a-1b", portgroupKey: "dvportgroup-42" },
    });
    expect(standard).toMatchObject({
      "@_xsi:type": "VirtualE1000",
      backing: { "@_xsi:type": "VirtualEthernetCardNetworkBackingInfo", deviceName: "VM Network" },
    });
    const added = devicesIn(
      reconfigureDeviceChanges([controller], { addNics: [{ network: "dcx-web" }] }, "ds1", ports),
    );
    expect(added[0]!.backing).toMatchObject({ port: { portgroupKey: "dvportgroup-42" } });
  });

  it("adds disks on the free units of the existing controller, and refuses when it is full", () => {
    const existing = [controller, disk(2000, 0), disk(2001, 1), disk(2002, 8)];
    const added = devicesIn(
      reconfigureDeviceChanges(existing, { addDisks: [{ capacityGb: 5 }, { capacityGb: 6 }] }, "ds1"),
    );
    expect(added.map((d) => [d.controllerKey, d.unitNumber])).toEqual([
      [1000, 2],
      [1000, 3],
    ]);
    const full = [controller, ...freeUnitNumbers(new Set()).map((unit, i) => disk(2000 + i, unit))];
    expect(() => reconfigureDeviceChanges(full, { addDisks: [{ capacityGb: 1 }] }, "ds1")).toThrow(
      expect.objectContaining({ code: "INSUFFICIENT_RESOURCES" }),
    );
    const fourteen = full.slice(0, 15);
    expect(devicesIn(reconfigureDeviceChanges(fourteen, { addDisks: [{ capacityGb: 1 }] }, "ds1"))[0]).toMatchObject({
      unitNumber: 15,
    });
  });

  it("adds a controller first when the VM has none", () => {
    const devices = devicesIn(reconfigureDeviceChanges([], { addDisks: [{ capacityGb: 1 }] }, "ds1"));
    expect(devices.map((d) => d["@_xsi:type"])).toEqual(["ParaVirtualSCSIController", "VirtualDisk"]);
    expect(devices[1]).toMatchObject({ controllerKey: -100, unitNumber: 0 });
  });

  it("grows a disk by at least 1 GB and never to its size or smaller", () => {
    const existing = [controller, disk(2000, 0, 10 * 1_048_576)];
    const grow = (capacityGb: number) =>
      reconfigureDeviceChanges(existing, { growDisks: [{ key: 2000, capacityGb }] }, "ds1");
    const [edit] = grow(11) as unknown as Change[];
    expect(edit!.operation).toBe("edit");
    expect(edit!.device).toMatchObject({
      key: 2000,
      capacityInKB: 11 * 1_048_576,
      unitNumber: "0",
      controllerKey: "1000",
    });
    expect(() => grow(10)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    expect(() => grow(9)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    expect(() => reconfigureDeviceChanges(existing, { growDisks: [{ key: 9, capacityGb: 20 }] }, "ds1")).toThrow(
      expect.objectContaining({ code: "NOT_FOUND" }),
    );
  });
});
