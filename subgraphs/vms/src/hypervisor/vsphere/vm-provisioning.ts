import { HypervisorError } from "../hypervisor.error";
import type { CloneVmSpec, CreateVmSpec, CreateVmStart, NewNic, TaskRef } from "../hypervisor.port";
import type { Defaults } from "./placement";
import { resolvePlacement } from "./placement";
import type { PropertyCollector } from "./property-collector";
import type { VSphereSession } from "./session";
import { SoapCallError } from "./soap-transport";
import { child, moRef, readMoRef, text, type MoRef, type XmlInputNode, type XmlNode } from "./soap-xml";
import type { VmDirectory } from "./vm-directory";
import { markerConfig, newVmDeviceChanges } from "./vm-specs";

/**
 * Creating and cloning VMs so that one marker never makes two VMs: the marker becomes the VM's
 * instance UUID and an `extraConfig` entry (both set in the same call that creates the VM), every
 * create first looks for it — by instance UUID, then among the VMs of the target folder, where a
 * VM of the same name without the marker is a DUPLICATE_NAME, as vCenter itself would answer —
 * and a create whose answer was lost is never sent again blindly.
 */
export class VmProvisioner {
  constructor(
    private readonly session: VSphereSession,
    private readonly collector: PropertyCollector,
    private readonly directory: VmDirectory,
    private readonly defaults: (options?: { fresh?: boolean }) => Promise<Defaults>,
  ) {}

  async create(spec: CreateVmSpec): Promise<CreateVmStart> {
    let defaults = await this.defaults();
    const place = resolvePlacement(defaults, spec);
    const within = { folder: place.folder, name: spec.name };
    const existing = await this.directory.findByMarker(spec.marker, within);
    if (existing) return { status: "exists", vm: existing };
    defaults = await networksFor(spec.nics, defaults, this.defaults);
    const config = {
      name: spec.name,
      instanceUuid: spec.marker,
      guestId: spec.guestId,
      files: { vmPathName: `[${place.datastore}]` },
      numCPUs: spec.vcpuCount,
      memoryMB: spec.memoryMib,
      deviceChange: newVmDeviceChanges(spec.disks, spec.nics, place.datastore, defaults.distributedPorts),
      extraConfig: markerConfig(spec.marker),
    };
    return this.startOnce(spec.marker, within, "CreateVM_Task", {
      _this: moRef(place.folder),
      config,
      pool: moRef(place.pool),
    });
  }

  async clone(spec: CloneVmSpec): Promise<CreateVmStart> {
    const place = resolvePlacement(await this.defaults(), spec);
    const within = { folder: place.folder, name: spec.name };
    const existing = await this.directory.findByMarker(spec.marker, within);
    if (existing) return { status: "exists", vm: existing };
    const source = await this.directory.ref(spec.sourceInstanceUuid);
    const datastore = await this.datastoreRef(place.datastore);
    return this.startOnce(spec.marker, within, "CloneVM_Task", {
      _this: moRef(source),
      folder: moRef(place.folder),
      name: spec.name,
      spec: {
        // A template belongs to no resource pool.
        location: { datastore: datastore && moRef(datastore), pool: spec.asTemplate ? undefined : moRef(place.pool) },
        template: spec.asTemplate ?? false,
        config: { instanceUuid: spec.marker, extraConfig: markerConfig(spec.marker) },
        powerOn: spec.powerOn ?? false,
      },
    });
  }

  private async datastoreRef(name: string): Promise<MoRef | undefined> {
    const { datacenter } = await this.defaults();
    const all = await this.collector.retrieveAll(datacenter, "Datastore", ["name"]);
    return all.find((ds) => text(ds.props.get("name")) === name)?.obj;
  }

  /** Sends the create once. If its answer is lost, vCenter may still make the VM: look for the marker. */
  private async startOnce(
    marker: string,
    within: { folder: MoRef; name: string },
    method: string,
    body: XmlInputNode,
  ): Promise<CreateVmStart> {
    try {
      const response = await this.session.invoke(method, body, { idempotent: false });
      return { status: "started", task: toTaskRef(response, method) };
    } catch (error) {
      // A fault is vCenter's answer: the create did not happen. Only a lost answer is in doubt.
      const lost =
        error instanceof SoapCallError && error.mayHaveArrived && ["TIMEOUT", "UNAVAILABLE"].includes(error.code);
      if (!lost) throw error;
      const made = await this.directory.findByMarker(marker, within).catch(() => null);
      if (made) return { status: "exists", vm: made };
      throw new HypervisorError(
        error.code,
        `${method}: ${error.message}; vCenter may still create the VM: look it up by marker ${marker} before trying again`,
        { cause: error },
      );
    }
  }
}

const unknownNetworks = (defaults: Defaults, nics: NewNic[]) =>
  nics.map((nic) => nic.network).filter((name) => !defaults.networks.includes(name));

/**
 * Defaults that know every network the NICs name. Networks come and go (a port group made for a
 * new customer network), so a name the cached list lacks is looked up again once before NOT_FOUND.
 */
export async function networksFor(
  nics: NewNic[],
  cached: Defaults,
  load: (options?: { fresh?: boolean }) => Promise<Defaults>,
): Promise<Defaults> {
  if (unknownNetworks(cached, nics).length === 0) return cached;
  const fresh = await load({ fresh: true });
  const unknown = unknownNetworks(fresh, nics);
  if (unknown.length > 0) throw new HypervisorError("NOT_FOUND", `no port group named ${unknown.join(", ")}`);
  return fresh;
}

export function toTaskRef(response: XmlNode, method: string): TaskRef {
  const task = readMoRef(child(response, "returnval"));
  if (!task) throw new HypervisorError("FAULT", `${method} answered no task`);
  return { id: task.value };
}
