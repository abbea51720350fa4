import type { InventoryState, VmRecord } from "../model/inventory.types";
import { toRef } from "../model/entity-tree";
import { el } from "../soap/xml-node";
import { guestDisks } from "./guest-disks";
import { hardwareDevices } from "./vm-devices";
import { arrayOf, boolean, dateTime, enumeration, int, moRefValue, moRefs, string, type VimValue } from "./values";

type VmProperty = (vm: VmRecord, state: InventoryState, now: Date) => VimValue | undefined;

const toolsRunning = (vm: VmRecord) => vm.powerState === "poweredOn" && vm.toolsInstalled;
const unique = (values: string[]) => [...new Set(values)];

export function uptimeSeconds(vm: VmRecord, now: Date): number {
  if (vm.powerState !== "poweredOn" || !vm.bootTime) return 0;
  return Math.max(0, Math.floor((now.getTime() - Date.parse(vm.bootTime)) / 1000));
}

function guestNet(vm: VmRecord, state: InventoryState): VimValue {
  const running = toolsRunning(vm);
  return arrayOf(
    "GuestNicInfo",
    vm.nics.map((nic) =>
      el("GuestNicInfo", [
        el("network", state.networks[nic.network]?.name ?? ""),
        ...(running && nic.ipAddress ? [el("ipAddress", nic.ipAddress)] : []),
        el("macAddress", nic.macAddress),
        el("connected", true),
        el("deviceConfigId", nic.key),
      ]),
    ),
  );
}

function guestDisk(vm: VmRecord, now: Date): VimValue {
  return arrayOf(
    "GuestDiskInfo",
    guestDisks(vm, now).map((disk) =>
      el("GuestDiskInfo", [
        el("diskPath", disk.diskPath),
        el("capacity", disk.capacity),
        el("freeSpace", disk.freeSpace),
      ]),
    ),
  );
}

export const VM_PROPERTIES: Record<string, VmProperty> = {
  name: (vm) => string(vm.name),
  parent: (vm) => moRefValue({ type: "Folder", value: vm.folder }),
  resourcePool: (vm, state) =>
    vm.template ? undefined : moRefValue({ type: "ResourcePool", value: state.cluster.resourcePool }),
  "config.name": (vm) => string(vm.name),
  "config.instanceUuid": (vm) => string(vm.instanceUuid),
  "config.uuid": (vm) => string(vm.uuid),
  "config.template": (vm) => boolean(vm.template),
  "config.guestId": (vm) => string(vm.guestId),
  "config.guestFullName": (vm) => string(vm.guestFullName),
  "config.createDate": (vm) => dateTime(vm.createDate),
  "config.changeVersion": (vm) => string(vm.changeVersion),
  "config.hardware.numCPU": (vm) => int(vm.numCPU),
  "config.hardware.memoryMB": (vm) => int(vm.memoryMB),
  "config.hardware.device": (vm, state) => hardwareDevices(state, vm),
  "config.extraConfig": (vm) =>
    arrayOf(
      "OptionValue",
      vm.extraConfig.map((option) =>
        el("OptionValue", [el("key", option.key), el("value", option.value, { xsiType: "xsd:string" })], {
          xsiType: "OptionValue",
        }),
      ),
    ),
  "runtime.powerState": (vm) => enumeration("VirtualMachinePowerState", vm.powerState),
  "summary.runtime.powerState": (vm) => enumeration("VirtualMachinePowerState", vm.powerState),
  "runtime.host": (vm) => moRefValue({ type: "HostSystem", value: vm.host }),
  "runtime.bootTime": (vm) => (vm.powerState === "poweredOn" && vm.bootTime ? dateTime(vm.bootTime) : undefined),
  "summary.quickStats.uptimeSeconds": (vm, _state, now) => int(uptimeSeconds(vm, now)),
  "guest.ipAddress": (vm) => {
    const address = toolsRunning(vm) ? vm.nics.find((nic) => nic.ipAddress)?.ipAddress : undefined;
    return address ? string(address) : undefined;
  },
  "guest.net": (vm, state) => guestNet(vm, state),
  "guest.disk": (vm, _state, now) => guestDisk(vm, now),
  "guest.toolsRunningStatus": (vm) => string(toolsRunning(vm) ? "guestToolsRunning" : "guestToolsNotRunning"),
  "guest.toolsStatus": (vm) =>
    enumeration(
      "VirtualMachineToolsStatus",
      !vm.toolsInstalled ? "toolsNotInstalled" : toolsRunning(vm) ? "toolsOk" : "toolsNotRunning",
    ),
  "guest.toolsVersionStatus2": (vm) => string(vm.toolsInstalled ? "guestToolsCurrent" : "guestToolsNotInstalled"),
  "guest.guestId": (vm) => (toolsRunning(vm) ? string(vm.guestId) : undefined),
  "guest.hostName": (vm) => (toolsRunning(vm) ? string(vm.name) : undefined),
  datastore: (vm) =>
    moRefs(unique(vm.disks.map((disk) => disk.datastore)).map((value) => ({ type: "Datastore", value }))),
  network: (vm, state) => moRefs(unique(vm.nics.map((nic) => nic.network)).map((value) => toRef(state, value))),
  customValue: (vm) =>
    arrayOf(
      "CustomFieldValue",
      vm.customValues.map((field) =>
        el("CustomFieldValue", [el("key", field.key), el("value", field.value)], { xsiType: "CustomFieldStringValue" }),
      ),
    ),
  availableField: (_vm, state) => customFieldDefs(state),
};

export function customFieldDefs(state: InventoryState): VimValue {
  return arrayOf(
    "CustomFieldDef",
    state.customFields.map((field) =>
      el("CustomFieldDef", [
        el("key", field.key),
        el("name", field.name),
        el("type", field.moType),
        el("managedObjectType", field.moType),
      ]),
    ),
  );
}
