import { HypervisorError } from "../hypervisor.error";
import {
  checkCloneSpec,
  checkCreateSpec,
  checkPortGroupName,
  checkReconfigureSpec,
  checkUuid,
} from "../hypervisor.limits";
import type {
  AwaitTaskOptions,
  CloneVmSpec,
  CreateVmSpec,
  CreateVmStart,
  Hypervisor,
  HypervisorFolder,
  PerfQuery,
  ReconfigureSpec,
  TaskInfo,
  TaskRef,
  VmGuestDisks,
  VmPerformance,
} from "../hypervisor.port";
import { readGuestDisks } from "./guest-disks";
import { queryPerf, readCounterCatalogue, type CounterCatalogue } from "./perf";
import { readDefaults, readVmFolders, type Defaults } from "./placement";
import { PropertyCollector } from "./property-collector";
import { VSphereSession } from "./session";
import { SoapTransport } from "./soap-transport";
import { child, moRef, readMoRef, text, type MoRef, type XmlInputNode } from "./soap-xml";
import { pollTask, readTask } from "./tasks";
import { VmDirectory } from "./vm-directory";
import { PortGroups } from "./port-groups";
import { networksFor, toTaskRef, VmProvisioner } from "./vm-provisioning";
import { devicesOf, reconfigureDeviceChanges } from "./vm-specs";

export interface VSphereClientOptions {
  /** `https://vcenter.example/sdk`. */
  url: string;
  user: string;
  password: string;
  /** PEM text of the CA that signed vCenter's certificate. */
  caPem?: string;
  /** Per call (default 30 s). */
  callTimeoutMs?: number;
  /** Further attempts for transient failures of calls safe to repeat (default 3). */
  retries?: number;
  backoffMs?: number;
  onCall?: (method: string) => void;
}

/** The hypervisor port over vCenter's vim25 SOAP API. */
export class VSphereClient implements Hypervisor {
  private readonly transport: SoapTransport;
  private readonly session: VSphereSession;
  private readonly collector: PropertyCollector;
  private readonly directory: VmDirectory;
  private readonly provisioner: VmProvisioner;
  private readonly portGroups: PortGroups;
  private defaults: Promise<Defaults> | undefined;
  private catalogue: Promise<CounterCatalogue> | undefined;

  constructor(options: VSphereClientOptions) {
    this.transport = new SoapTransport({
      url: options.url,
      caPem: options.caPem,
      callTimeoutMs: options.callTimeoutMs ?? 30_000,
      onCall: options.onCall,
    });
    this.session = new VSphereSession(
      this.transport,
      { user: options.user, password: options.password },
      { retries: options.retries ?? 3, backoffMs: options.backoffMs ?? 250 },
    );
    this.collector = new PropertyCollector(this.session);
    this.directory = new VmDirectory(this.session, this.collector);
    this.provisioner = new VmProvisioner(this.session, this.collector, this.directory, (options) =>
      this.loadDefaults(options),
    );
    this.portGroups = new PortGroups(this.session, this.collector, () => this.loadDefaults());
  }

  listVms(options: { pageSize?: number } = {}) {
    return this.session.run(() => this.directory.list(options.pageSize));
  }

  findVmByInstanceUuid(instanceUuid: string) {
    return this.session.run(() => this.directory.find(instanceUuid));
  }

  findVmByMarker(marker: string) {
    checkUuid(marker, "marker");
    return this.session.run(() => this.directory.findByMarker(marker));
  }

  createVm(spec: CreateVmSpec): Promise<CreateVmStart> {
    checkCreateSpec(spec);
    return this.session.run(() => this.provisioner.create(spec));
  }

  cloneVm(spec: CloneVmSpec): Promise<CreateVmStart> {
    checkCloneSpec(spec);
    return this.session.run(() => this.provisioner.clone(spec));
  }

  async reconfigureVm(instanceUuid: string, spec: ReconfigureSpec): Promise<TaskRef> {
    checkReconfigureSpec(spec);
    return this.session.run(() =>
      this.directory.withVm(instanceUuid, async (ref) => {
        const defaults = await networksFor(spec.addNics ?? [], await this.loadDefaults(), (options) =>
          this.loadDefaults(options),
        );
        const current = await this.collector.retrieveOne(ref, ["config.hardware.device", "config.files.vmPathName"]);
        if (!current) throw new HypervisorError("NOT_FOUND", `no VM with instance UUID ${instanceUuid}`);
        const vmPath = text(current.props.get("config.files.vmPathName")) ?? "";
        const datastore = vmPath.match(/^\[([^\]]+)\]/)?.[1] ?? defaults.datastore;
        const devices = devicesOf(current.props.get("config.hardware.device"));
        const deviceChange = reconfigureDeviceChanges(devices, spec, datastore, defaults.distributedPorts);
        const adds = (spec.addDisks?.length ?? 0) + (spec.addNics?.length ?? 0) > 0;
        return this.startTask("ReconfigVM_Task", ref, {
          spec: { numCPUs: spec.vcpuCount, memoryMB: spec.memoryMib, deviceChange },
          idempotent: !adds,
        });
      }),
    );
  }

  powerOn = (uuid: string) => this.vmTask(uuid, "PowerOnVM_Task");
  powerOff = (uuid: string) => this.vmTask(uuid, "PowerOffVM_Task");
  reset = (uuid: string) => this.vmTask(uuid, "ResetVM_Task");
  suspend = (uuid: string) => this.vmTask(uuid, "SuspendVM_Task");

  async destroy(instanceUuid: string): Promise<TaskRef> {
    const task = await this.vmTask(instanceUuid, "Destroy_Task");
    this.directory.forget(instanceUuid);
    return task;
  }

  shutdownGuest = (uuid: string) => this.guestCall(uuid, "ShutdownGuest");
  rebootGuest = (uuid: string) => this.guestCall(uuid, "RebootGuest");

  taskInfo(task: TaskRef): Promise<TaskInfo> {
    return this.session.run(async () => this.named(await readTask(this.collector, task)));
  }

  awaitTask(task: TaskRef, options: AwaitTaskOptions): Promise<TaskInfo> {
    return this.session.run(async () =>
      this.named(await pollTask(() => readTask(this.collector, task), task, options)),
    );
  }

  queryPerformance(query: PerfQuery): Promise<VmPerformance[]> {
    return this.session.run(async () => {
      this.catalogue ??= readCounterCatalogue(this.session, this.collector);
      const catalogue = await this.catalogue.catch((error: unknown) => {
        this.catalogue = undefined;
        throw error;
      });
      return queryPerf(this.session, catalogue, await this.directory.refsFor(query.instanceUuids), query);
    });
  }

  readGuestDisks(instanceUuids: string[]): Promise<VmGuestDisks[]> {
    return this.session.run(async () => readGuestDisks(this.collector, await this.directory.refsFor(instanceUuids)));
  }

  listFolders(): Promise<HypervisorFolder[]> {
    return this.session.run(async () =>
      readVmFolders(this.collector, (await this.session.serviceContent()).rootFolder),
    );
  }

  createFolder(name: string, parentId?: string): Promise<HypervisorFolder> {
    return this.session.run(async () => {
      const parent = parentId ? { type: "Folder", value: parentId } : (await this.loadDefaults()).vmFolder;
      const created = await this.session.invoke("CreateFolder", { _this: moRef(parent), name }, { idempotent: false });
      const folder = readMoRef(child(created, "returnval"));
      if (!folder) throw new HypervisorError("FAULT", "CreateFolder answered no folder");
      return { id: folder.value, name, parentId: parent.value };
    });
  }

  listNetworks(): Promise<string[]> {
    return this.session.run(async () => (await this.loadDefaults()).networks);
  }

  async createPortGroup(name: string): Promise<void> {
    checkPortGroupName(name);
    try {
      await this.session.run(() => this.portGroups.create(name));
    } finally {
      // The network list changed (or may have): read it again next time.
      this.defaults = undefined;
    }
  }

  async deletePortGroup(name: string): Promise<void> {
    checkPortGroupName(name);
    try {
      await this.session.run(() => this.portGroups.delete(name));
    } finally {
      this.defaults = undefined;
    }
  }

  async close() {
    try {
      await this.session.logout();
    } finally {
      await this.transport.close();
    }
  }

  private loadDefaults(options: { fresh?: boolean } = {}): Promise<Defaults> {
    if (options.fresh) this.defaults = undefined;
    this.defaults ??= this.session
      .serviceContent()
      .then(({ rootFolder }) => readDefaults(this.collector, rootFolder))
      .catch((error: unknown) => {
        this.defaults = undefined;
        throw error;
      });
    return this.defaults;
  }

  private async startTask(method: string, ref: MoRef, options: { spec?: XmlInputNode; idempotent: boolean }) {
    const body: XmlInputNode = { _this: moRef(ref) };
    if (options.spec) body.spec = options.spec;
    const response = await this.session.invoke(method, body, { idempotent: options.idempotent });
    return toTaskRef(response, method);
  }

  private vmTask(instanceUuid: string, method: string): Promise<TaskRef> {
    return this.session.run(() =>
      this.directory.withVm(instanceUuid, (ref) => this.startTask(method, ref, { idempotent: false })),
    );
  }

  private async guestCall(instanceUuid: string, method: string): Promise<void> {
    await this.session.run(() =>
      this.directory.withVm(instanceUuid, (ref) =>
        this.session.invoke(method, { _this: moRef(ref) }, { idempotent: false }),
      ),
    );
  }

  /** A created or cloned VM is reported by its instance UUID, never by vCenter's internal id. */
  private async named(raw: Awaited<ReturnType<typeof readTask>>): Promise<TaskInfo> {
    if (raw.result?.type !== "VirtualMachine") return raw.info;
    return { ...raw.info, resultInstanceUuid: await this.directory.instanceUuidOf(raw.result) };
  }
}
