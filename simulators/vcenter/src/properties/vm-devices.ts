import type { InventoryState, VmRecord } from "../model/inventory.types";
import { PCI_CONTROLLER_KEY, SCSI_CONTROLLER_KEY } from "../model/vm-factory";
import { el, type XmlNode } from "../soap/xml-node";
import { arrayOf, refNode, type VimValue } from "./values";

const description = (label: string, summary: string) =>
  el("deviceInfo", [el("label", label), el("summary", summary)], { xsiType: "Description" });

const device = (type: string, children: XmlNode[]) => el("VirtualDevice", children, { xsiType: type });

/** `1,048,576 KB`, as vSphere summarises a disk. */
const kilobytes = (value: number) => `${String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} KB`;

export function diskDevices(state: InventoryState, vm: VmRecord): XmlNode[] {
  return vm.disks.map((disk) =>
    device("VirtualDisk", [
      el("key", disk.key),
      description(disk.label, kilobytes(disk.capacityKB)),
      el(
        "backing",
        [
          el("fileName", disk.fileName),
          refNode("datastore", { type: "Datastore", value: disk.datastore }),
          el("diskMode", "persistent"),
          el("split", false),
          el("writeThrough", false),
          el("thinProvisioned", state.datastores[disk.datastore]?.tier !== "performance"),
          el("eagerlyScrub", false),
          el("digestEnabled", false),
        ],
        { xsiType: "VirtualDiskFlatVer2BackingInfo" },
      ),
      el("controllerKey", SCSI_CONTROLLER_KEY),
      el("unitNumber", disk.unitNumber),
      el("capacityInKB", disk.capacityKB),
    ]),
  );
}

export function nicDevices(state: InventoryState, vm: VmRecord): XmlNode[] {
  return vm.nics.map((nic, index) => {
    const network = state.networks[nic.network];
    const running = vm.powerState === "poweredOn";
    const distributed = network?.distributedSwitch !== undefined;
    const switchUuid = state.distributedSwitch.uuid;
    return device(nic.kind, [
      el("key", nic.key),
      description(nic.label, distributed ? `DVSwitch: ${switchUuid}` : (network?.name ?? nic.network)),
      distributed
        ? el("backing", [el("port", [el("switchUuid", switchUuid), el("portgroupKey", nic.network)])], {
            xsiType: "VirtualEthernetCardDistributedVirtualPortBackingInfo",
          })
        : el(
            "backing",
            [el("deviceName", network?.name ?? ""), refNode("network", { type: "Network", value: nic.network })],
            { xsiType: "VirtualEthernetCardNetworkBackingInfo" },
          ),
      el("connectable", [el("startConnected", true), el("allowGuestControl", true), el("connected", running)]),
      el("controllerKey", PCI_CONTROLLER_KEY),
      el("unitNumber", 7 + index),
      el("addressType", "generated"),
      el("macAddress", nic.macAddress),
    ]);
  });
}

/** `config.hardware.device`: the PCI and SCSI controllers, the disks and the NICs. */
export function hardwareDevices(state: InventoryState, vm: VmRecord): VimValue {
  const pci = device("VirtualPCIController", [
    el("key", PCI_CONTROLLER_KEY),
    description("PCI controller 0", "PCI controller 0"),
    el("busNumber", 0),
    ...[SCSI_CONTROLLER_KEY, ...vm.nics.map((nic) => nic.key)].map((key) => el("device", key)),
  ]);
  const scsi = device("ParaVirtualSCSIController", [
    el("key", SCSI_CONTROLLER_KEY),
    description("SCSI controller 0", "VMware paravirtual SCSI"),
    el("busNumber", 0),
    el("sharedBus", "noSharing"),
    el("scsiCtlrUnitNumber", 7),
  ]);
  return arrayOf("VirtualDevice", [pci, scsi, ...diskDevices(state, vm), ...nicDevices(state, vm)]);
}
