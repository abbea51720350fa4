/**
 * The simulated vCenter's state: plain JSON, so it can be persisted as one file and reloaded.
 * Ids are managed object ids (`vm-12`, `group-v3`); times are ISO strings.
 */
export type PowerState = "poweredOn" | "poweredOff" | "suspended";
export type StorageTier = "performance" | "standard" | "archive";
export type NicKind = "VirtualVmxnet3" | "VirtualE1000";

export interface FolderRecord {
  id: string;
  name: string;
  parent: string | null;
  childType: string[];
}

export interface HostRecord {
  id: string;
  name: string;
  cpuCores: number;
  cpuMhz: number;
  memoryMB: number;
}

export interface DatastoreRecord {
  id: string;
  name: string;
  tier: StorageTier;
  capacityBytes: number;
}

export interface NetworkRecord {
  id: string;
  name: string;
  /** The port group's subnet, for addresses handed out by its DHCP server: `10.20.0.0/16`; "" = no DHCP. */
  subnet: string;
  /** Set for a distributed port group (its key is its id): the switch that holds it. */
  distributedSwitch?: string;
  numPorts?: number;
  /** VLAN id of the port group's default port config; 0 = none. */
  vlanId?: number;
}

/** The datacenter's distributed switch; distributed port groups are networks that name it. */
export interface DistributedSwitchRecord {
  id: string;
  name: string;
  uuid: string;
}

export interface DiskRecord {
  key: number;
  label: string;
  capacityKB: number;
  datastore: string;
  fileName: string;
  unitNumber: number;
}

export interface NicRecord {
  key: number;
  label: string;
  kind: NicKind;
  macAddress: string;
  network: string;
  /** A static address from guest customization; null means the port group's DHCP. */
  staticIp: string | null;
  /** The address the guest reports while VMware Tools run. */
  ipAddress: string | null;
}

export interface PowerChange {
  at: string;
  state: PowerState;
}

export interface VmRecord {
  id: string;
  name: string;
  folder: string;
  host: string;
  template: boolean;
  instanceUuid: string;
  uuid: string;
  guestId: string;
  guestFullName: string;
  numCPU: number;
  memoryMB: number;
  powerState: PowerState;
  bootTime: string | null;
  /** Recent power changes, oldest first, so past performance samples know the state then. */
  powerHistory: PowerChange[];
  toolsInstalled: boolean;
  createDate: string;
  changeVersion: string;
  disks: DiskRecord[];
  nics: NicRecord[];
  customValues: { key: number; value: string }[];
  extraConfig: { key: string; value: string }[];
}

export interface CustomFieldRecord {
  key: number;
  name: string;
  moType: string;
}

export type TaskState = "queued" | "running" | "success" | "error";

export interface FaultRecord {
  type: string;
  message: string;
  /** The fault's members as [element, text, attributes?] in schema order. */
  fields: [string, string, Record<string, string>?][];
}

export interface TaskRecord {
  id: string;
  name: string;
  descriptionId: string;
  entity: { type: string; value: string };
  entityName: string;
  state: TaskState;
  progress: number | null;
  result: { type: string; value: string } | null;
  error: FaultRecord | null;
  queueTime: string;
  startTime: string | null;
  completeTime: string | null;
  /** What the task does, kept so a task interrupted by a restart can be finished. */
  operation: unknown;
}

export interface InventoryState {
  version: 1;
  nextId: number;
  /** The vCenter's own instance UUID (`about.instanceUuid`). */
  vcenterUuid: string;
  datacenter: {
    id: string;
    name: string;
    vmFolder: string;
    hostFolder: string;
    datastoreFolder: string;
    networkFolder: string;
  };
  cluster: { id: string; name: string; resourcePool: string };
  /** The folder that holds one folder per organisation (`vm/dcx`). */
  organizationsFolder: string;
  templatesFolder: string;
  folders: Record<string, FolderRecord>;
  hosts: Record<string, HostRecord>;
  datastores: Record<string, DatastoreRecord>;
  networks: Record<string, NetworkRecord>;
  /** Inventories saved before it existed get it on load (`readState`). */
  distributedSwitch: DistributedSwitchRecord;
  vms: Record<string, VmRecord>;
  customFields: CustomFieldRecord[];
  tasks: Record<string, TaskRecord>;
}
