import { HypervisorError } from "../hypervisor.error";
import type { HypervisorFolder, Placement } from "../hypervisor.port";
import type { PropertyCollector } from "./property-collector";
import { children, readMoRef, text, type MoRef } from "./soap-xml";

/** Where VMs go by default: the first datacenter's VM folder, its first cluster's pool, a datastore. */
export interface Defaults {
  datacenter: MoRef;
  vmFolder: MoRef;
  resourcePool: MoRef;
  datastore: string;
  networks: string[];
  /** Distributed port groups by name: a NIC on one is backed by its switch and key. */
  distributedPorts: Map<string, DistributedPort>;
}

/** Where a NIC on a distributed port group connects: `VirtualEthernetCardDistributedVirtualPortBackingInfo.port`. */
export interface DistributedPort {
  switchUuid: string;
  portgroupKey: string;
}

export interface ResolvedPlacement {
  folder: MoRef;
  pool: MoRef;
  datastore: string;
}

export async function readDefaults(collector: PropertyCollector, root: MoRef): Promise<Defaults> {
  const [datacenter] = await collector.retrieveAll(root, "Datacenter", ["vmFolder", "datastore", "network"]);
  const vmFolder = readMoRef(datacenter?.props.get("vmFolder"));
  if (!datacenter || !vmFolder) throw new HypervisorError("NOT_FOUND", "vCenter has no datacenter with a VM folder");
  const refs = (path: string) =>
    children(datacenter.props.get(path), "ManagedObjectReference").flatMap((node) => readMoRef(node) ?? []);
  const datastores = await names(collector, refs("datastore"));
  const { networks, distributedPorts } = await readNetworks(collector, refs("network"));
  const pools = await collector.retrieveAll(datacenter.obj, "ResourcePool", ["parent"]);
  const clusterPool = pools.find((pool) => readMoRef(pool.props.get("parent"))?.type === "ClusterComputeResource");
  const pool = clusterPool ?? pools[0];
  if (!pool || datastores.length === 0) {
    throw new HypervisorError("NOT_FOUND", "vCenter's datacenter has no resource pool or no datastore");
  }
  return {
    datacenter: datacenter.obj,
    vmFolder,
    resourcePool: pool.obj,
    datastore: datastores[0]!,
    networks,
    distributedPorts,
  };
}

/**
 * The datacenter's networks VMs can attach to: standard and distributed port groups (vcsim also
 * lists the distributed switch itself there, which is no network).
 */
async function readNetworks(collector: PropertyCollector, refs: MoRef[]) {
  const attachable = refs.filter((ref) => !ref.type.endsWith("DistributedVirtualSwitch"));
  const networks = await names(collector, attachable);
  const distributed = await collector.retrieveObjects(
    attachable.filter((ref) => ref.type === "DistributedVirtualPortgroup"),
    ["name", "key", "config.distributedVirtualSwitch"],
  );
  const switches = [
    ...new Map(
      distributed
        .flatMap((pg) => readMoRef(pg.props.get("config.distributedVirtualSwitch")) ?? [])
        .map((ref) => [ref.value, ref]),
    ).values(),
  ];
  const uuids = new Map<string, string>();
  for (const type of new Set(switches.map((ref) => ref.type))) {
    for (const dvs of await collector.retrieveObjects(
      switches.filter((ref) => ref.type === type),
      ["uuid"],
    )) {
      uuids.set(dvs.obj.value, text(dvs.props.get("uuid")) ?? "");
    }
  }
  const distributedPorts = new Map<string, DistributedPort>();
  for (const pg of distributed) {
    const name = text(pg.props.get("name"));
    const switchUuid = uuids.get(readMoRef(pg.props.get("config.distributedVirtualSwitch"))?.value ?? "");
    if (name && switchUuid) {
      distributedPorts.set(name, { switchUuid, portgroupKey: text(pg.props.get("key")) ?? pg.obj.value });
    }
  }
  return { networks: [...new Set(networks)], distributedPorts };
}

/** Names of objects that may be of several types (networks and distributed port groups). */
async function names(collector: PropertyCollector, refs: MoRef[]): Promise<string[]> {
  const types = [...new Set(refs.map((r) => r.type))];
  const found = await Promise.all(
    types.map((type) =>
      collector.retrieveObjects(
        refs.filter((r) => r.type === type),
        ["name"],
      ),
    ),
  );
  return found.flat().map((content) => text(content.props.get("name")) ?? content.obj.value);
}

export function resolvePlacement(defaults: Defaults, placement: Placement): ResolvedPlacement {
  return {
    folder: placement.folderId ? { type: "Folder", value: placement.folderId } : defaults.vmFolder,
    pool: placement.resourcePoolId ? { type: "ResourcePool", value: placement.resourcePoolId } : defaults.resourcePool,
    datastore: placement.datastore ?? defaults.datastore,
  };
}

/** Folders that can hold VMs. */
export async function readVmFolders(collector: PropertyCollector, root: MoRef): Promise<HypervisorFolder[]> {
  const folders = await collector.retrieveAll(root, "Folder", ["name", "parent", "childType"]);
  return folders
    .filter((folder) =>
      children(folder.props.get("childType"), "string").some((type) => text(type) === "VirtualMachine"),
    )
    .map((folder) => ({
      id: folder.obj.value,
      name: text(folder.props.get("name")) ?? folder.obj.value,
      parentId: readMoRef(folder.props.get("parent"))?.value ?? null,
    }));
}
