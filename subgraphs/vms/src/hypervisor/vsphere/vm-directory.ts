import { HypervisorError, isHypervisorError } from "../hypervisor.error";
import type { HypervisorVm } from "../hypervisor.port";
import type { ObjectContent, PropertyCollector } from "./property-collector";
import type { VSphereSession } from "./session";
import { child, children, moRef, readMoRef, text, type MoRef } from "./soap-xml";
import { readMarker, toHypervisorVm, VM_PATHS, type InventoryNames } from "./vm-mapping";

/**
 * Finds VMs: instance UUID → reference (cached: references never change for a VM's life), whole
 * VMs with the names of their host, datastores and port groups, and VMs by operation marker.
 */
export class VmDirectory {
  private readonly refs = new Map<string, MoRef>();

  constructor(
    private readonly session: VSphereSession,
    private readonly collector: PropertyCollector,
  ) {}

  async list(pageSize?: number): Promise<HypervisorVm[]> {
    const { rootFolder } = await this.session.serviceContent();
    const contents = await this.collector.retrieveAll(rootFolder, "VirtualMachine", VM_PATHS, { pageSize });
    const vms = await this.toVms(contents);
    for (let i = 0; i < vms.length; i += 1) this.refs.set(vms[i]!.instanceUuid, contents[i]!.obj);
    return vms;
  }

  async find(instanceUuid: string): Promise<HypervisorVm | null> {
    const ref = await this.lookUp(instanceUuid);
    const content = ref && (await this.collector.retrieveOne(ref, VM_PATHS));
    if (!content) return null;
    const [vm] = await this.toVms([content]);
    return vm ?? null;
  }

  /**
   * By instance UUID first (this platform creates VMs with instanceUuid = marker), else by the
   * marker in `extraConfig` among the VMs of `within` (one folder), or of the whole inventory.
   */
  async findByMarker(marker: string, within?: { folder: MoRef; name: string }): Promise<HypervisorVm | null> {
    const direct = await this.find(marker);
    if (direct && (direct.marker === marker || direct.instanceUuid === marker)) return direct;
    const { rootFolder } = await this.session.serviceContent();
    const candidates = within
      ? (
          await this.collector.retrieveAll(within.folder, "VirtualMachine", ["name", "config.extraConfig"], {
            recursive: false,
          })
        ).filter((content) => text(content.props.get("name")) === within.name)
      : await this.collector.retrieveAll(rootFolder, "VirtualMachine", ["config.extraConfig"]);
    const match = candidates.find((content) => readMarker(content.props.get("config.extraConfig")) === marker);
    if (within && candidates.length > 0 && !match) {
      throw new HypervisorError(
        "DUPLICATE_NAME",
        `a VM named "${within.name}" already exists in folder ${within.folder.value}`,
        {
          faultName: "DuplicateName",
        },
      );
    }
    return match ? this.load(match.obj) : null;
  }

  async load(ref: MoRef): Promise<HypervisorVm | null> {
    const content = await this.collector.retrieveOne(ref, VM_PATHS);
    return content ? ((await this.toVms([content]))[0] ?? null) : null;
  }

  /** The VM's reference, or NOT_FOUND. */
  async ref(instanceUuid: string): Promise<MoRef> {
    const ref = await this.lookUp(instanceUuid);
    if (!ref) throw new HypervisorError("NOT_FOUND", `no VM with instance UUID ${instanceUuid}`);
    return ref;
  }

  /** Runs `work` on the VM's reference; a stale cached reference is looked up again once. */
  async withVm<T>(instanceUuid: string, work: (ref: MoRef) => Promise<T>): Promise<T> {
    const cached = this.refs.has(instanceUuid);
    const ref = await this.ref(instanceUuid);
    try {
      return await work(ref);
    } catch (error) {
      if (!cached || !isHypervisorError(error, "NOT_FOUND") || error.faultName !== "ManagedObjectNotFound") throw error;
      this.refs.delete(instanceUuid);
      return work(await this.ref(instanceUuid));
    }
  }

  /** References for many VMs; those that do not exist are left out. */
  async refsFor(instanceUuids: string[]): Promise<{ instanceUuid: string; ref: MoRef }[]> {
    const missing = instanceUuids.filter((uuid) => !this.refs.has(uuid));
    if (missing.length > 10) {
      const { rootFolder } = await this.session.serviceContent();
      for (const content of await this.collector.retrieveAll(rootFolder, "VirtualMachine", ["config.instanceUuid"])) {
        const uuid = text(content.props.get("config.instanceUuid"));
        if (uuid) this.refs.set(uuid, content.obj);
      }
    } else {
      await Promise.all(missing.map((uuid) => this.lookUp(uuid)));
    }
    return instanceUuids.flatMap((instanceUuid) => {
      const ref = this.refs.get(instanceUuid);
      return ref ? [{ instanceUuid, ref }] : [];
    });
  }

  forget(instanceUuid: string) {
    this.refs.delete(instanceUuid);
  }

  async instanceUuidOf(ref: MoRef): Promise<string | null> {
    const content = await this.collector.retrieveOne(ref, ["config.instanceUuid"]);
    const uuid = text(content?.props.get("config.instanceUuid")) ?? null;
    if (uuid) this.refs.set(uuid, ref);
    return uuid;
  }

  private async lookUp(instanceUuid: string): Promise<MoRef | undefined> {
    const cached = this.refs.get(instanceUuid);
    if (cached) return cached;
    const { searchIndex } = await this.session.serviceContent();
    const found = await this.session.invoke("FindByUuid", {
      _this: moRef(searchIndex),
      uuid: instanceUuid,
      vmSearch: true,
      instanceUuid: true,
    });
    const ref = readMoRef(child(found, "returnval"));
    if (ref) this.refs.set(instanceUuid, ref);
    return ref;
  }

  /** Maps contents to VMs, naming hosts, datastores and distributed port groups in a few calls. */
  private async toVms(contents: ObjectContent[]): Promise<HypervisorVm[]> {
    const names = await this.namesFor(contents);
    return contents.map((content) => toHypervisorVm(content, names));
  }

  private async namesFor(contents: ObjectContent[]): Promise<InventoryNames> {
    const wanted = new Map<string, MoRef>();
    for (const content of contents) {
      const host = readMoRef(content.props.get("runtime.host"));
      if (host) wanted.set(`${host.type}:${host.value}`, host);
      const datastores = content.props.get("datastore");
      for (const node of children(datastores, "ManagedObjectReference")) {
        const ds = readMoRef(node);
        if (ds) wanted.set(`${ds.type}:${ds.value}`, ds);
      }
    }
    for (const content of contents) {
      for (const device of children(content.props.get("config.hardware.device"), "VirtualDevice")) {
        const portgroup = text(child(child(device, "backing"), "port"), "portgroupKey");
        if (portgroup) wanted.set(`portgroup:${portgroup}`, { type: "DistributedVirtualPortgroup", value: portgroup });
      }
    }
    const byType = new Map<string, MoRef[]>();
    for (const ref of wanted.values()) byType.set(ref.type, [...(byType.get(ref.type) ?? []), ref]);
    const names: InventoryNames = { hosts: new Map(), datastores: new Map(), networks: new Map() };
    for (const [type, refs] of byType) {
      const target =
        type === "HostSystem"
          ? names.hosts
          : type === "DistributedVirtualPortgroup"
            ? names.networks
            : names.datastores;
      for (const content of await this.collector.retrieveObjects(refs, ["name"])) {
        target.set(content.obj.value, text(content.props.get("name")) ?? content.obj.value);
      }
    }
    return names;
  }
}
