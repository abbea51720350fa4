/**
 * What the vms subgraph needs from a hypervisor. VMs are addressed by their instance UUID (stable
 * for the life of a VM); folders by the hypervisor's own id. Every method may throw a
 * `HypervisorError`; signing in is the implementation's business.
 */
export type HypervisorPowerState = "poweredOn" | "poweredOff" | "suspended";

export interface HypervisorDisk {
  /** The device key, unique within the VM; used to grow this disk. */
  key: number;
  label: string;
  capacityKb: number;
  /** capacityKb in GiB; fractional for disks that are not a whole number of GiB. */
  capacityGb: number;
  /** The datastore the disk file lives on, e.g. `datastore1`. */
  datastore: string | null;
  fileName: string | null;
}

export interface HypervisorNic {
  key: number;
  label: string;
  /** Port group (network) name. */
  network: string | null;
  macAddress: string | null;
  ipAddresses: string[];
  adapter: string;
}

export interface HypervisorVm {
  instanceUuid: string;
  /** The BIOS UUID (what the guest sees); not unique across clones on every vCenter. */
  biosUuid: string | null;
  name: string;
  template: boolean;
  powerState: HypervisorPowerState;
  vcpuCount: number;
  memoryMib: number;
  guestId: string | null;
  guestFullName: string | null;
  /** The primary IP the guest reports, then every other it reports. */
  ipAddresses: string[];
  host: string | null;
  datastores: string[];
  /** `guestToolsRunning`, `guestToolsNotRunning`, … as vCenter reports; null when unknown. */
  toolsRunningStatus: string | null;
  toolsStatus: string | null;
  toolsVersionStatus: string | null;
  disks: HypervisorDisk[];
  nics: HypervisorNic[];
  createdAt: Date | null;
  /** When the configuration last changed (vCenter's `changeVersion`), when it is a timestamp. */
  changedAt: Date | null;
  changeVersion: string | null;
  folderId: string | null;
  resourcePoolId: string | null;
  uptimeSeconds: number | null;
  /** The operation marker given at creation, if this platform created the VM. */
  marker: string | null;
}

export interface HypervisorFolder {
  id: string;
  name: string;
  parentId: string | null;
}

export type NicAdapter = "vmxnet3" | "e1000";

export interface NewDisk {
  capacityGb: number;
  /** Defaults to the VM's own datastore. */
  datastore?: string;
}

export interface NewNic {
  network: string;
  adapter?: NicAdapter;
}

/** Where a new VM lands; each field defaults to the first one the hypervisor offers. */
export interface Placement {
  folderId?: string;
  resourcePoolId?: string;
  datastore?: string;
}

export interface CreateVmSpec extends Placement {
  /** A UUID chosen by the caller (e.g. the operation's id), kept on the VM so a retry finds it. */
  marker: string;
  name: string;
  guestId: string;
  vcpuCount: number;
  memoryMib: number;
  disks: NewDisk[];
  nics: NewNic[];
}

export interface CloneVmSpec extends Placement {
  marker: string;
  name: string;
  /** Instance UUID of the template (or VM) to clone. */
  sourceInstanceUuid: string;
  powerOn?: boolean;
  /** Make the clone a template instead of a VM. */
  asTemplate?: boolean;
}

export interface ReconfigureSpec {
  vcpuCount?: number;
  memoryMib?: number;
  addDisks?: NewDisk[];
  /** Grow existing disks (never shrink) to a new capacity. */
  growDisks?: { key: number; capacityGb: number }[];
  addNics?: NewNic[];
}

/** A started create: either a task to await, or the VM the marker shows already exists. */
export type CreateVmStart = { status: "started"; task: TaskRef } | { status: "exists"; vm: HypervisorVm };

/** A handle that survives a restart: persist `id` and await it again later. */
export interface TaskRef {
  id: string;
}

export type TaskState = "queued" | "running" | "success" | "error";

export interface TaskInfo {
  id: string;
  state: TaskState;
  progress: number | null;
  /** What the task made, e.g. the new VM's instance UUID for a create or clone. */
  resultInstanceUuid: string | null;
  error: { code: string; message: string; faultName: string | null } | null;
  descriptionId: string | null;
  queuedAt: Date | null;
  startedAt: Date | null;
  completedAt: Date | null;
}

export interface AwaitTaskOptions {
  timeoutMs: number;
  onProgress?: (info: TaskInfo) => void;
}

export interface PerfQuery {
  instanceUuids: string[];
  /** Counter names as `group.name.rollup`, e.g. `cpu.usage.average`. */
  counters: string[];
  /** 20 (real time) or 300 (past day). */
  intervalSeconds: 20 | 300;
  start?: Date;
  end?: Date;
  maxSamples: number;
}

export interface PerfSeries {
  counter: string;
  /** The device instance ("" for the whole VM). */
  instance: string;
  /** One value per timestamp, in the counter's unit; null where vCenter has no sample (it sends -1 or nothing). */
  values: (number | null)[];
}

export interface VmPerformance {
  instanceUuid: string;
  /** Oldest first. */
  timestamps: Date[];
  intervalSeconds: number;
  series: PerfSeries[];
}

/** A file system inside the guest, as VMware Tools report it (`guest.disk`), in whole MiB (rounded down). */
export interface HypervisorGuestDisk {
  /** Where the guest mounts it: `C:\`, `/`, `/data`. */
  path: string;
  capacityMb: number;
  freeMb: number;
}

export interface VmGuestDisks {
  instanceUuid: string;
  /** Empty while VMware Tools do not run (or the hypervisor does not report them). */
  disks: HypervisorGuestDisk[];
}

export interface Hypervisor {
  /** Every VM and template, fetched in pages of `pageSize` (default 500) to bound each answer. */
  listVms(options?: { pageSize?: number }): Promise<HypervisorVm[]>;
  findVmByInstanceUuid(instanceUuid: string): Promise<HypervisorVm | null>;
  findVmByMarker(marker: string): Promise<HypervisorVm | null>;

  /** Never creates a VM twice for one marker: a VM that carries it is returned instead. */
  createVm(spec: CreateVmSpec): Promise<CreateVmStart>;
  cloneVm(spec: CloneVmSpec): Promise<CreateVmStart>;
  reconfigureVm(instanceUuid: string, spec: ReconfigureSpec): Promise<TaskRef>;
  powerOn(instanceUuid: string): Promise<TaskRef>;
  powerOff(instanceUuid: string): Promise<TaskRef>;
  reset(instanceUuid: string): Promise<TaskRef>;
  suspend(instanceUuid: string): Promise<TaskRef>;
  destroy(instanceUuid: string): Promise<TaskRef>;
  /** Asks the guest (VMware Tools) to shut down / reboot; the guest acts on its own time. */
  shutdownGuest(instanceUuid: string): Promise<void>;
  rebootGuest(instanceUuid: string): Promise<void>;

  taskInfo(task: TaskRef): Promise<TaskInfo>;
  /** Resolves with the finished task; a task that ends in error throws its `HypervisorError`. */
  awaitTask(task: TaskRef, options: AwaitTaskOptions): Promise<TaskInfo>;

  queryPerformance(query: PerfQuery): Promise<VmPerformance[]>;
  /**
   * The guest file systems of many VMs in one property read (only `guest.disk` of just those VMs);
   * VMs that do not exist are left out.
   */
  readGuestDisks(instanceUuids: string[]): Promise<VmGuestDisks[]>;

  listFolders(): Promise<HypervisorFolder[]>;
  /** Under the datacenter's VM folder unless `parentId` is given. */
  createFolder(name: string, parentId?: string): Promise<HypervisorFolder>;
  /** Port group names VMs can be attached to. */
  listNetworks(): Promise<string[]>;
  /**
   * Makes a distributed port group of that name on the datacenter's distributed switch, so VMs
   * can attach to it; one that already has the name is success (safe to repeat).
   */
  createPortGroup(name: string): Promise<void>;
  /** Removes the port group of that name; a missing one is success. Refused while a VM uses it. */
  deletePortGroup(name: string): Promise<void>;

  close(): Promise<void>;
}
