import { HypervisorError } from "../hypervisor.error";
import type { NewDisk, NewNic, ReconfigureSpec } from "../hypervisor.port";
import { child, children, text, typed, xsiType, type XmlInputNode, type XmlNode } from "./soap-xml";
import type { DistributedPort } from "./placement";
import { MARKER_KEY } from "./vm-mapping";

/**
 * vim25 specs for creating and changing VMs. Element order follows the vim25 schema, which
 * vCenter enforces. New devices take negative keys; vCenter assigns the real ones.
 */
const NEW_CONTROLLER_KEY = -100;
const SCSI_CONTROLLERS = /(SCSIController|LsiLogicController|LsiLogicSASController|BusLogicController)$/;

export const markerConfig = (marker: string) => [
  typed("OptionValue", { key: MARKER_KEY, value: typed("xsd:string", { "#text": marker }) }),
];

export function newDiskChange(disk: NewDisk, key: number, controllerKey: number, unitNumber: number, ds: string) {
  const capacityKb = disk.capacityGb * 1024 * 1024;
  return typed("VirtualDeviceConfigSpec", {
    operation: "add",
    fileOperation: "create",
    device: typed("VirtualDisk", {
      key,
      backing: typed("VirtualDiskFlatVer2BackingInfo", {
        fileName: `[${disk.datastore ?? ds}]`,
        diskMode: "persistent",
        thinProvisioned: true,
      }),
      controllerKey,
      unitNumber,
      capacityInKB: capacityKb,
      capacityInBytes: capacityKb * 1024,
    }),
  });
}

/** Distributed port groups by name; a network not in it is a standard port group. */
export type DistributedPorts = ReadonlyMap<string, DistributedPort>;

/** A standard port group is named; a distributed one is reached through its switch and key. */
function nicBacking(network: string, ports: DistributedPorts) {
  const port = ports.get(network);
  return port
    ? typed("VirtualEthernetCardDistributedVirtualPortBackingInfo", {
        port: { switchUuid: port.switchUuid, portgroupKey: port.portgroupKey },
      })
    : typed("VirtualEthernetCardNetworkBackingInfo", { deviceName: network });
}

export function newNicChange(nic: NewNic, key: number, ports: DistributedPorts = new Map()) {
  return typed("VirtualDeviceConfigSpec", {
    operation: "add",
    device: typed(nic.adapter === "e1000" ? "VirtualE1000" : "VirtualVmxnet3", {
      key,
      backing: nicBacking(nic.network, ports),
      connectable: { startConnected: true, allowGuestControl: true, connected: true },
      addressType: "generated",
    }),
  });
}

export function newScsiControllerChange(busNumber: number) {
  return typed("VirtualDeviceConfigSpec", {
    operation: "add",
    device: typed("ParaVirtualSCSIController", { key: NEW_CONTROLLER_KEY, busNumber, sharedBus: "noSharing" }),
  });
}

/** SCSI unit numbers 0–15 except 7, which the controller itself holds. */
export const freeUnitNumbers = (taken: Set<number>) =>
  Array.from({ length: 16 }, (_, unit) => unit).filter((unit) => unit !== 7 && !taken.has(unit));

/** Disks on a fresh VM: one new paravirtual SCSI controller, units 0, 1, … (skipping 7). */
export function newVmDeviceChanges(
  disks: NewDisk[],
  nics: NewNic[],
  datastore: string,
  ports: DistributedPorts = new Map(),
): XmlInputNode[] {
  const units = freeUnitNumbers(new Set());
  if (disks.length > units.length) throw new HypervisorError("INVALID_ARGUMENT", `at most ${units.length} disks`);
  return [
    newScsiControllerChange(0),
    ...disks.map((disk, i) => newDiskChange(disk, -1 - i, NEW_CONTROLLER_KEY, units[i]!, datastore)),
    ...nics.map((nic, i) => newNicChange(nic, -200 - i, ports)),
  ];
}

/** The device changes of a reconfigure, read against the VM's current devices. */
export function reconfigureDeviceChanges(
  devices: XmlNode[],
  spec: ReconfigureSpec,
  datastore: string,
  ports: DistributedPorts = new Map(),
) {
  const changes: XmlInputNode[] = [];
  for (const grow of spec.growDisks ?? []) changes.push(growDiskChange(devices, grow.key, grow.capacityGb));
  const addDisks = spec.addDisks ?? [];
  if (addDisks.length > 0) {
    const controller = devices.find((d) => SCSI_CONTROLLERS.test(xsiType(d) ?? ""));
    let controllerKey = NEW_CONTROLLER_KEY;
    let units = freeUnitNumbers(new Set());
    if (controller) {
      controllerKey = Number(text(controller, "key"));
      const taken = devices
        .filter((d) => Number(text(d, "controllerKey")) === controllerKey)
        .map((d) => Number(text(d, "unitNumber")));
      units = freeUnitNumbers(new Set(taken));
    } else {
      const buses = devices.filter((d) => SCSI_CONTROLLERS.test(xsiType(d) ?? "")).length;
      changes.push(newScsiControllerChange(buses));
    }
    if (addDisks.length > units.length) {
      throw new HypervisorError("INSUFFICIENT_RESOURCES", `the disk controller has ${units.length} free slots`);
    }
    addDisks.forEach((disk, i) => changes.push(newDiskChange(disk, -1 - i, controllerKey, units[i]!, datastore)));
  }
  (spec.addNics ?? []).forEach((nic, i) => changes.push(newNicChange(nic, -200 - i, ports)));
  return changes;
}

/** An edit of an existing disk to a larger capacity; the rest of the device is sent as it is. */
function growDiskChange(devices: XmlNode[], key: number, capacityGb: number): XmlInputNode {
  const disk = devices.find((d) => xsiType(d) === "VirtualDisk" && Number(text(d, "key")) === key);
  if (!disk) throw new HypervisorError("NOT_FOUND", `the VM has no disk with key ${key}`);
  const bytes = text(disk, "capacityInBytes");
  const currentKb = bytes ? Number(bytes) / 1024 : Number(text(disk, "capacityInKB") ?? 0);
  const capacityKb = capacityGb * 1024 * 1024;
  if (capacityKb <= currentKb) {
    throw new HypervisorError(
      "INVALID_ARGUMENT",
      `disk ${key} holds ${currentKb / 1024 / 1024} GB; it can only grow, not to ${capacityGb} GB`,
    );
  }
  const backing = child(disk, "backing");
  const info = child(disk, "deviceInfo");
  const datastore = child(backing, "datastore");
  return typed("VirtualDeviceConfigSpec", {
    operation: "edit",
    device: typed("VirtualDisk", {
      key,
      deviceInfo: { label: text(info, "label") ?? "", summary: text(info, "summary") ?? "" },
      backing: typed(xsiType(backing) ?? "VirtualDiskFlatVer2BackingInfo", {
        fileName: text(backing, "fileName") ?? "",
        datastore: datastore ? { "@_type": "Datastore", "#text": text(datastore) ?? "" } : undefined,
        diskMode: text(backing, "diskMode") ?? "persistent",
        thinProvisioned: text(backing, "thinProvisioned"),
      }),
      controllerKey: text(disk, "controllerKey"),
      unitNumber: text(disk, "unitNumber"),
      capacityInKB: capacityKb,
      capacityInBytes: capacityKb * 1024,
    }),
  });
}

export const devicesOf = (hardwareDevice: XmlNode | undefined) => children(hardwareDevice, "VirtualDevice");
