import type { MoRef } from "../soap/request-reader";
import type { InventoryState } from "./inventory.types";

/** Singletons of the service content, by managed object type → id. */
export const SERVICE_OBJECTS: Record<string, string> = {
  ServiceInstance: "ServiceInstance",
  SessionManager: "SessionManager",
  PropertyCollector: "propertyCollector",
  ViewManager: "ViewManager",
  PerformanceManager: "PerfMgr",
  CustomFieldsManager: "CustomFieldsManager",
  SearchIndex: "SearchIndex",
  TaskManager: "TaskManager",
};

/** Managed object types and the types they extend, as a reference or a view may name either. */
export const SUPERTYPES: Record<string, string[]> = {
  DistributedVirtualPortgroup: ["Network"],
};

/** Whether an object of `type` is a `wanted` (the same type or one it extends). */
export const isOfType = (type: string, wanted: string) =>
  type === wanted || SUPERTYPES[type]?.includes(wanted) === true;

const ref = (type: string, value: string): MoRef => ({ type, value });

/** The managed object type of an inventory id, or undefined when nothing has that id. */
export function entityType(state: InventoryState, id: string): string | undefined {
  if (state.vms[id]) return "VirtualMachine";
  if (state.folders[id]) return "Folder";
  if (state.hosts[id]) return "HostSystem";
  if (state.datastores[id]) return "Datastore";
  if (state.networks[id]) return state.networks[id].distributedSwitch ? "DistributedVirtualPortgroup" : "Network";
  // vcsim's type; a real vCenter says VmwareDistributedVirtualSwitch, a subtype.
  if (id === state.distributedSwitch.id) return "DistributedVirtualSwitch";
  if (state.tasks[id]) return "Task";
  if (id === state.datacenter.id) return "Datacenter";
  if (id === state.cluster.id) return "ClusterComputeResource";
  if (id === state.cluster.resourcePool) return "ResourcePool";
  return undefined;
}

/** Whether `target` names an existing object of that type (the type must match, as in vSphere). */
export function exists(state: InventoryState, target: MoRef): boolean {
  if (SERVICE_OBJECTS[target.type] === target.value) return true;
  const type = entityType(state, target.value);
  return type !== undefined && isOfType(type, target.type);
}

export function toRef(state: InventoryState, id: string): MoRef {
  return ref(entityType(state, id) ?? "ManagedEntity", id);
}

export function entityName(state: InventoryState, id: string): string {
  return (
    state.vms[id]?.name ??
    state.folders[id]?.name ??
    state.hosts[id]?.name ??
    state.datastores[id]?.name ??
    state.networks[id]?.name ??
    (id === state.distributedSwitch.id ? state.distributedSwitch.name : undefined) ??
    (id === state.datacenter.id
      ? state.datacenter.name
      : id === state.cluster.id
        ? state.cluster.name
        : id === state.cluster.resourcePool
          ? "Resources"
          : id)
  );
}

export function parentOf(state: InventoryState, id: string): string | null {
  const { datacenter, cluster } = state;
  if (state.vms[id]) return state.vms[id].folder;
  if (state.folders[id]) return state.folders[id].parent;
  if (state.hosts[id] || id === cluster.resourcePool) return cluster.id;
  if (state.datastores[id]) return datacenter.datastoreFolder;
  if (state.networks[id] || id === state.distributedSwitch.id) return datacenter.networkFolder;
  if (id === datacenter.id) return "group-d1";
  if (id === cluster.id) return datacenter.hostFolder;
  return null;
}

/** Folders by parent and VMs by folder, so a walk of the tree reads each record once. */
export interface TreeIndex {
  folders: Map<string, string[]>;
  vms: Map<string, string[]>;
}

export function treeIndex(state: InventoryState): TreeIndex {
  const index: TreeIndex = { folders: new Map(), vms: new Map() };
  const add = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const folder of Object.values(state.folders)) if (folder.parent) add(index.folders, folder.parent, folder.id);
  for (const vm of Object.values(state.vms)) add(index.vms, vm.folder, vm.id);
  return index;
}

/** The direct children of an entity in the inventory tree. */
export function childrenOf(state: InventoryState, id: string, index: TreeIndex = treeIndex(state)): string[] {
  const { datacenter, cluster } = state;
  if (id === datacenter.id)
    return [datacenter.vmFolder, datacenter.hostFolder, datacenter.datastoreFolder, datacenter.networkFolder];
  if (id === cluster.id) return [...Object.keys(state.hosts), cluster.resourcePool];
  if (!state.folders[id]) return [];
  const found = [...(index.folders.get(id) ?? [])];
  if (id === "group-d1") found.push(datacenter.id);
  if (id === datacenter.hostFolder) found.push(cluster.id);
  if (id === datacenter.datastoreFolder) found.push(...Object.keys(state.datastores));
  if (id === datacenter.networkFolder) found.push(state.distributedSwitch.id, ...Object.keys(state.networks));
  found.push(...(index.vms.get(id) ?? []));
  return found;
}

/** Children (or all descendants) of `container` whose type is in `types` (all types when empty). */
export function containedEntities(
  state: InventoryState,
  container: string,
  types: string[],
  recursive: boolean,
): MoRef[] {
  const found: MoRef[] = [];
  const index = treeIndex(state);
  const visit = (id: string) => {
    for (const childId of childrenOf(state, id, index)) {
      const child = toRef(state, childId);
      if (types.length === 0 || types.some((type) => isOfType(child.type, type))) found.push(child);
      if (recursive) visit(childId);
    }
  };
  visit(container);
  return found;
}
