import type { InventoryState, NicKind } from "../model/inventory.types";
import { VimFault } from "../soap/envelope";
import { child, children, childText, moRef, xsiType, type XmlElement } from "../soap/request-reader";
import { el } from "../soap/xml-node";

/** vSphere's limits for a VM on this cluster's hardware version. */
export const LIMITS = { minCpus: 1, maxCpus: 128, minMemoryMB: 4, maxMemoryMB: 6 * 1024 * 1024, maxNameLength: 80 };

export type DeviceChange =
  | { operation: "add"; device: "disk"; capacityKB: number; datastore: string | undefined }
  | { operation: "edit"; device: "disk"; key: number; capacityKB: number }
  | { operation: "add"; device: "nic"; kind: NicKind; network: string }
  | { operation: "remove"; key: number };

export interface ConfigChanges {
  name?: string;
  guestId?: string;
  numCPUs?: number;
  memoryMB?: number;
  instanceUuid?: string;
  datastore?: string;
  deviceChanges: DeviceChange[];
  extraConfig: { key: string; value: string }[];
}

export const invalidArgument = (property: string) =>
  new VimFault(
    "InvalidArgument",
    [el("invalidProperty", property)],
    "A specified parameter was not correct: " + property,
  );

function integer(element: XmlElement | undefined, name: string, property: string): number | undefined {
  const raw = childText(element, name);
  if (raw === undefined) return undefined;
  if (!/^-?\d+$/.test(raw.trim())) throw invalidArgument(property);
  return Number(raw);
}

const datastoreNamed = (state: InventoryState, name: string) =>
  Object.values(state.datastores).find((datastore) => datastore.name === name)?.id;

/** `[ds-standard-01] web-01/web-01.vmdk` → the datastore's id. */
function datastoreOfPath(state: InventoryState, path: string | undefined): string | undefined {
  const match = /^\[([^\]]+)\]/.exec(path ?? "");
  return match ? datastoreNamed(state, match[1]!) : undefined;
}

function readDevice(state: InventoryState, change: XmlElement): DeviceChange | undefined {
  const operation = childText(change, "operation");
  const device = child(change, "device");
  const type = xsiType(device) ?? "";
  const key = integer(device, "key", "spec.deviceChange.device.key") ?? 0;
  if (operation === "remove") return { operation, key };
  if (type === "VirtualDisk") {
    const bytes = integer(device, "capacityInBytes", "spec.deviceChange.device.capacityInBytes");
    const kilobytes = integer(device, "capacityInKB", "spec.deviceChange.device.capacityInKB");
    const capacityKB = bytes !== undefined ? Math.ceil(bytes / 1024) : (kilobytes ?? 0);
    if (capacityKB <= 0) throw invalidArgument("spec.deviceChange.device.capacityInKB");
    if (operation === "edit") return { operation, device: "disk", key, capacityKB };
    const backing = child(device, "backing");
    const datastoreRef = moRef(child(backing, "datastore"));
    const datastore = datastoreRef?.value ?? datastoreOfPath(state, childText(backing, "fileName"));
    if (datastoreRef && !state.datastores[datastoreRef.value])
      throw invalidArgument("spec.deviceChange.device.backing.datastore");
    return { operation: "add", device: "disk", capacityKB, datastore };
  }
  if ((type === "VirtualVmxnet3" || type === "VirtualE1000") && operation === "add") {
    return { operation, device: "nic", kind: type, network: nicNetwork(state, child(device, "backing")) };
  }
  // Controllers and other devices the platform does not use are accepted and ignored.
  return undefined;
}

/**
 * The network a NIC backing names: a standard port group by reference or name, or a distributed
 * port group by its key on the switch with that UUID (vcsim answers NotFound for an unknown switch).
 */
function nicNetwork(state: InventoryState, backing: XmlElement | undefined): string {
  if (xsiType(backing) === "VirtualEthernetCardDistributedVirtualPortBackingInfo") {
    const port = child(backing, "port");
    if (childText(port, "switchUuid") !== state.distributedSwitch.uuid) throw new VimFault("NotFound");
    const key = childText(port, "portgroupKey") ?? "";
    if (state.networks[key]?.distributedSwitch !== state.distributedSwitch.id)
      throw invalidArgument("spec.deviceChange.device.backing.port.portgroupKey");
    return key;
  }
  const network =
    moRef(child(backing, "network"))?.value ??
    Object.values(state.networks).find((item) => item.name === childText(backing, "deviceName"))?.id;
  if (!network || !state.networks[network]) throw invalidArgument("spec.deviceChange.device.backing.deviceName");
  // vCenter attaches to a distributed port group only through its switch port, never by name.
  if (state.networks[network].distributedSwitch) throw invalidArgument("spec.deviceChange.device.backing");
  return network;
}

/** Reads a VirtualMachineConfigSpec, checking the limits vSphere checks. */
export function readConfigSpec(state: InventoryState, spec: XmlElement | undefined): ConfigChanges {
  const name = childText(spec, "name");
  if (name !== undefined && (name.trim() === "" || name.length > LIMITS.maxNameLength))
    throw invalidArgument("configSpec.name");
  const numCPUs = integer(spec, "numCPUs", "configSpec.numCPUs");
  if (numCPUs !== undefined && (numCPUs < LIMITS.minCpus || numCPUs > LIMITS.maxCpus))
    throw invalidArgument("configSpec.numCPUs");
  const memoryMB = integer(spec, "memoryMB", "configSpec.memoryMB");
  if (
    memoryMB !== undefined &&
    (memoryMB < LIMITS.minMemoryMB || memoryMB > LIMITS.maxMemoryMB || memoryMB % 4 !== 0)
  ) {
    throw invalidArgument("configSpec.memoryMB");
  }
  return {
    name,
    guestId: childText(spec, "guestId"),
    numCPUs,
    memoryMB,
    instanceUuid: childText(spec, "instanceUuid"),
    datastore: datastoreOfPath(state, childText(child(spec, "files"), "vmPathName")),
    deviceChanges: children(spec, "deviceChange").flatMap((change) => readDevice(state, change) ?? []),
    extraConfig: children(spec, "extraConfig").map((option) => ({
      key: childText(option, "key") ?? "",
      value: childText(option, "value") ?? "",
    })),
  };
}
