import type { HypervisorDisk, HypervisorNic, HypervisorPowerState, HypervisorVm } from "../hypervisor.port";
import type { ObjectContent } from "./property-collector";
import { child, children, readMoRef, text, texts, xsiType, type XmlNode } from "./soap-xml";

/** The VM properties the inventory reads: nothing more, to keep 3,000+ VMs cheap. */
export const VM_PATHS = [
  "name",
  "config.instanceUuid",
  "config.uuid",
  "config.template",
  "config.hardware.numCPU",
  "config.hardware.memoryMB",
  "config.hardware.device",
  "config.guestId",
  "config.guestFullName",
  "config.createDate",
  "config.changeVersion",
  "config.extraConfig",
  "runtime.powerState",
  "runtime.host",
  "guest.ipAddress",
  "guest.net",
  "guest.toolsRunningStatus",
  "guest.toolsStatus",
  "guest.toolsVersionStatus2",
  "datastore",
  "parent",
  "resourcePool",
  "summary.quickStats.uptimeSeconds",
];

/** The `config.extraConfig` key holding the operation marker a VM was created with. */
export const MARKER_KEY = "dcx.operation";

/** Names of the hosts, datastores and networks VMs refer to, by reference value. */
export interface InventoryNames {
  hosts: Map<string, string>;
  datastores: Map<string, string>;
  networks: Map<string, string>;
}

const ETHERNET_CARDS = new Set([
  "VirtualVmxnet3",
  "VirtualVmxnet2",
  "VirtualVmxnet",
  "VirtualE1000",
  "VirtualE1000e",
  "VirtualPCNet32",
  "VirtualSriovEthernetCard",
  "VirtualVmxnet3Vrdma",
]);

const POWER_STATES = new Set<HypervisorPowerState>(["poweredOn", "poweredOff", "suspended"]);

export function toHypervisorVm(content: ObjectContent, names: InventoryNames): HypervisorVm {
  const prop = (path: string) => content.props.get(path);
  const value = (path: string) => text(prop(path));
  const numeric = (path: string) => {
    const raw = value(path);
    return raw === undefined || raw === "" ? null : Number(raw);
  };
  const devices = children(prop("config.hardware.device"), "VirtualDevice");
  const guestNics = children(prop("guest.net"), "GuestNicInfo");
  const hostRef = readMoRef(prop("runtime.host"));
  const power = value("runtime.powerState") as HypervisorPowerState;
  const primaryIp = value("guest.ipAddress");
  const ipAddresses = [...new Set([primaryIp, ...guestNics.flatMap((nic) => texts(nic, "ipAddress"))])];
  const changeVersion = value("config.changeVersion") ?? null;
  return {
    instanceUuid: value("config.instanceUuid") ?? "",
    biosUuid: value("config.uuid") ?? null,
    name: value("name") ?? "",
    template: value("config.template") === "true",
    powerState: POWER_STATES.has(power) ? power : "poweredOff",
    vcpuCount: numeric("config.hardware.numCPU") ?? 0,
    memoryMib: numeric("config.hardware.memoryMB") ?? 0,
    guestId: value("config.guestId") ?? null,
    guestFullName: value("config.guestFullName") ?? null,
    ipAddresses: ipAddresses.filter((ip): ip is string => Boolean(ip)),
    host: hostRef ? (names.hosts.get(hostRef.value) ?? hostRef.value) : null,
    datastores: children(prop("datastore"), "ManagedObjectReference").map((node) => {
      const ds = text(node) ?? "";
      return names.datastores.get(ds) ?? ds;
    }),
    toolsRunningStatus: value("guest.toolsRunningStatus") ?? null,
    toolsStatus: value("guest.toolsStatus") ?? null,
    toolsVersionStatus: value("guest.toolsVersionStatus2") ?? null,
    disks: devices.filter((d) => xsiType(d) === "VirtualDisk").map((d) => toDisk(d, names)),
    nics: devices.filter(isEthernetCard).map((d) => toNic(d, guestNics, names)),
    createdAt: toDate(value("config.createDate")),
    changedAt: toDate(changeVersion ?? undefined),
    changeVersion,
    folderId: readMoRef(prop("parent"))?.value ?? null,
    resourcePoolId: readMoRef(prop("resourcePool"))?.value ?? null,
    uptimeSeconds: numeric("summary.quickStats.uptimeSeconds"),
    marker: readMarker(prop("config.extraConfig")),
  };
}

export function readMarker(extraConfig: XmlNode | undefined): string | null {
  const option = children(extraConfig, "OptionValue").find((o) => text(o, "key") === MARKER_KEY);
  return option ? (text(option, "value") ?? null) : null;
}

const isEthernetCard = (device: XmlNode) =>
  ETHERNET_CARDS.has(xsiType(device) ?? "") || text(device, "macAddress") !== undefined;

function toDisk(device: XmlNode, names: InventoryNames): HypervisorDisk {
  const bytes = text(device, "capacityInBytes");
  const capacityKb = bytes ? Math.floor(Number(bytes) / 1024) : Number(text(device, "capacityInKB") ?? 0);
  const backing = child(device, "backing");
  const fileName = text(backing, "fileName") ?? null;
  const datastoreRef = text(backing, "datastore");
  const fromPath = fileName?.match(/^\[([^\]]+)\]/)?.[1];
  return {
    key: Number(text(device, "key")),
    label: text(child(device, "deviceInfo"), "label") ?? "",
    capacityKb,
    capacityGb: capacityKb / 1024 / 1024,
    datastore: (datastoreRef ? names.datastores.get(datastoreRef) : undefined) ?? fromPath ?? null,
    fileName,
  };
}

function toNic(device: XmlNode, guestNics: XmlNode[], names: InventoryNames): HypervisorNic {
  const key = Number(text(device, "key"));
  const mac = text(device, "macAddress") ?? null;
  const backing = child(device, "backing");
  const portgroupKey = text(child(backing, "port"), "portgroupKey");
  const guest = guestNics.find(
    (nic) => Number(text(nic, "deviceConfigId")) === key || (mac !== null && text(nic, "macAddress") === mac),
  );
  return {
    key,
    label: text(child(device, "deviceInfo"), "label") ?? "",
    network: text(backing, "deviceName") ?? (portgroupKey ? (names.networks.get(portgroupKey) ?? portgroupKey) : null),
    macAddress: mac,
    ipAddresses: guest ? texts(guest, "ipAddress") : [],
    adapter: xsiType(device) ?? "VirtualEthernetCard",
  };
}

function toDate(value: string | undefined): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
