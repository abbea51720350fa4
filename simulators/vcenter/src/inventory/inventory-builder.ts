import { bringUpGuestNetwork } from "../model/guest-network";
import type { DistributedSwitchRecord, InventoryState, PowerState, StorageTier } from "../model/inventory.types";
import { allocateId, newDisk, newNic, newVmRecord } from "../model/vm-factory";
import { GUEST_OS, type GuestOs } from "./guest-os";
import { derivedUuid, hash32 } from "./identity";

export interface VmPlan {
  name: string;
  /** The organisation whose folder holds the VM. */
  organization: string;
  os: GuestOs;
  numCPU: number;
  memoryMB: number;
  powerState: PowerState;
  disks: { capacityGB: number; tier: StorageTier }[];
  /** Port group name; `VM Network` when omitted. */
  network?: string;
}

export interface HostPlan {
  count: number;
  cpuCores: number;
  cpuMhz: number;
  memoryMB: number;
}

export interface InventoryPlan {
  /** Seeds UUIDs and MACs: the same plan gives the same identities. */
  seed: string;
  now: Date;
  organizations: string[];
  vms: VmPlan[];
  hosts?: HostPlan;
  /** How long ago the VMs were created: the past that performance queries can reach. */
  historyDays?: number;
}

export const DATACENTER_NAME = "JHB1";

/** The datacenter's distributed switch, where customer networks become distributed port groups. */
export const distributedSwitchOf = (vcenterUuid: string): DistributedSwitchRecord => ({
  id: "dvs-1",
  name: `DSwitch-${DATACENTER_NAME}`,
  // vSphere writes a switch UUID as 16 space-separated hex bytes, with a dash in the middle.
  uuid: derivedUuid(vcenterUuid, "dvs")
    .replace(/-/g, "")
    .replace(/(..)(?!$)/g, "$1 ")
    .replace(/^((?:.. ){7}..) /, "$1-"),
});
export const DEFAULT_HOSTS: HostPlan = { count: 4, cpuCores: 64, cpuMhz: 2600, memoryMB: 1024 * 1024 };
export const DATASTORES: { name: string; tier: StorageTier; capacityTB: number }[] = [
  { name: "ds-performance-01", tier: "performance", capacityTB: 40 },
  { name: "ds-standard-01", tier: "standard", capacityTB: 120 },
  { name: "ds-archive-01", tier: "archive", capacityTB: 400 },
];
export const PORT_GROUPS: { name: string; subnet: string }[] = [
  { name: "VM Network", subnet: "10.20.0.0/16" },
  { name: "pg-dmz", subnet: "10.30.0.0/20" },
  { name: "pg-backend", subnet: "10.40.0.0/16" },
  { name: "pg-management", subnet: "10.50.0.0/20" },
];

function baseInventory(plan: InventoryPlan): InventoryState {
  const state = {
    version: 1,
    nextId: 0,
    folders: {},
    hosts: {},
    datastores: {},
    networks: {},
    vms: {},
  } as unknown as InventoryState;
  state.vcenterUuid = derivedUuid(plan.seed, "vcenter");
  state.customFields = [];
  state.tasks = {};
  const folder = (prefix: string, name: string, parent: string | null, childType: string[]) => {
    const id = prefix === "group-d" ? "group-d1" : allocateId(state, prefix);
    state.folders[id] = { id, name, parent, childType };
    return id;
  };
  const root = folder("group-d", "Datacenters", null, ["Folder", "Datacenter"]);
  state.nextId = 1;
  const datacenterId = allocateId(state, "datacenter");
  state.datacenter = {
    id: datacenterId,
    name: DATACENTER_NAME,
    vmFolder: folder("group-v", "vm", datacenterId, ["Folder", "VirtualMachine", "VirtualApp"]),
    hostFolder: folder("group-h", "host", datacenterId, ["Folder", "ComputeResource"]),
    datastoreFolder: folder("group-s", "datastore", datacenterId, ["Folder", "Datastore", "StoragePod"]),
    networkFolder: folder("group-n", "network", datacenterId, ["Folder", "Network", "DistributedVirtualSwitch"]),
  };
  void root;
  state.cluster = {
    id: allocateId(state, "domain-c"),
    name: `${DATACENTER_NAME}-Cluster01`,
    resourcePool: allocateId(state, "resgroup"),
  };
  const hosts = plan.hosts ?? DEFAULT_HOSTS;
  for (let index = 1; index <= hosts.count; index++) {
    const id = allocateId(state, "host");
    const name = `esx${String(index).padStart(2, "0")}.${DATACENTER_NAME.toLowerCase()}.dcx.local`;
    state.hosts[id] = { id, name, cpuCores: hosts.cpuCores, cpuMhz: hosts.cpuMhz, memoryMB: hosts.memoryMB };
  }
  for (const datastore of DATASTORES) {
    const id = allocateId(state, "datastore");
    state.datastores[id] = {
      id,
      name: datastore.name,
      tier: datastore.tier,
      capacityBytes: datastore.capacityTB * 1024 ** 4,
    };
  }
  for (const portGroup of PORT_GROUPS) {
    const id = allocateId(state, "network");
    state.networks[id] = { id, ...portGroup };
  }
  // A fixed id, so adding the switch did not move the ids of everything allocated after it.
  state.distributedSwitch = distributedSwitchOf(state.vcenterUuid);
  const vmFolder = ["Folder", "VirtualMachine", "VirtualApp"];
  state.organizationsFolder = folder("group-v", "dcx", state.datacenter.vmFolder, vmFolder);
  state.templatesFolder = folder("group-v", "templates", state.datacenter.vmFolder, vmFolder);
  for (const organization of plan.organizations) folder("group-v", organization, state.organizationsFolder, vmFolder);
  return state;
}

export const datastoreForTier = (state: InventoryState, tier: StorageTier) =>
  Object.values(state.datastores).find((datastore) => datastore.tier === tier)!.id;

export const networkNamed = (state: InventoryState, name: string) =>
  Object.values(state.networks).find((network) => network.name === name)?.id;

/** Builds the datacenter, cluster, datastores, port groups, templates and the planned VMs. */
export function buildInventory(plan: InventoryPlan): InventoryState {
  const state = baseInventory(plan);
  const hostIds = Object.keys(state.hosts);
  const created = new Date(plan.now.getTime() - (plan.historyDays ?? 30) * 86_400_000);
  const folderOf = new Map(
    Object.values(state.folders)
      .filter((folder) => folder.parent === state.organizationsFolder)
      .map((folder) => [folder.name, folder.id]),
  );
  const templates: VmPlan[] = Object.values(GUEST_OS).map((os) => ({
    name: os.template,
    organization: "",
    os: (Object.keys(GUEST_OS) as GuestOs[]).find((key) => GUEST_OS[key] === os)!,
    numCPU: 2,
    memoryMB: 4096,
    powerState: "poweredOff",
    disks: [{ capacityGB: os.rootPath === "/" ? 40 : 60, tier: "standard" }],
  }));
  for (const [index, vmPlan] of [...templates, ...plan.vms].entries()) {
    const template = index < templates.length;
    const folder = template ? state.templatesFolder : folderOf.get(vmPlan.organization);
    if (!folder) throw new Error(`no folder for organisation ${vmPlan.organization}`);
    const vm = newVmRecord(state, {
      name: vmPlan.name,
      folder,
      host: hostIds[hash32(plan.seed, vmPlan.name) % hostIds.length]!,
      guestId: GUEST_OS[vmPlan.os].guestId,
      numCPU: vmPlan.numCPU,
      memoryMB: vmPlan.memoryMB,
      powerState: vmPlan.powerState,
      template,
      now: created,
      seed: plan.seed,
    });
    for (const disk of vmPlan.disks)
      vm.disks.push(newDisk(state, vm, disk.capacityGB * 1024 * 1024, datastoreForTier(state, disk.tier)));
    vm.nics.push(newNic(vm, "VirtualVmxnet3", networkNamed(state, vmPlan.network ?? "VM Network")!, null));
    if (vm.powerState === "poweredOn") bringUpGuestNetwork(state, vm);
    state.vms[vm.id] = vm;
  }
  return state;
}
