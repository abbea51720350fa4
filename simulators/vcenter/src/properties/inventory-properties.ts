import { childrenOf, containedEntities, entityName, parentOf, toRef } from "../model/entity-tree";
import type { InventoryState } from "../model/inventory.types";
import type { Session, SimulatorContext } from "../model/simulator-context";
import { userSessionMembers } from "../methods/service.methods";
import { el } from "../soap/xml-node";
import type { MoRef } from "../soap/request-reader";
import { perfCounterInfos } from "../perf/counter-info";
import { taskInfo } from "../tasks/task-info";
import { SWITCH_PROPERTIES } from "./switch-properties";
import { customFieldDefs, VM_PROPERTIES } from "./vm-properties";
import { arrayOf, boolean, dataObject, int, long, moRefValue, moRefs, string, strings, type VimValue } from "./values";

type Property = (id: string, state: InventoryState, context: SimulatorContext) => VimValue | undefined;

const refsOf = (state: InventoryState, ids: string[]) => moRefs(ids.map((id) => toRef(state, id)));
const vmsWhere = (state: InventoryState, test: (vm: InventoryState["vms"][string]) => boolean) =>
  moRefs(
    Object.values(state.vms)
      .filter(test)
      .map((vm) => ({ type: "VirtualMachine", value: vm.id })),
  );

const ENTITY: Record<string, Property> = {
  name: (id, state) => string(entityName(state, id)),
  parent: (id, state) => {
    const parent = parentOf(state, id);
    return parent ? moRefValue(toRef(state, parent)) : undefined;
  },
};

const NETWORK: Record<string, Property> = {
  ...ENTITY,
  vm: (id, state) => vmsWhere(state, (vm) => vm.nics.some((nic) => nic.network === id)),
  host: (_id, state) => refsOf(state, Object.keys(state.hosts)),
};

const TYPES: Record<string, Record<string, Property>> = {
  Folder: {
    ...ENTITY,
    childEntity: (id, state) => refsOf(state, childrenOf(state, id)),
    childType: (id, state) => strings(state.folders[id]!.childType),
  },
  Datacenter: {
    ...ENTITY,
    vmFolder: (_id, state) => moRefValue({ type: "Folder", value: state.datacenter.vmFolder }),
    hostFolder: (_id, state) => moRefValue({ type: "Folder", value: state.datacenter.hostFolder }),
    datastoreFolder: (_id, state) => moRefValue({ type: "Folder", value: state.datacenter.datastoreFolder }),
    networkFolder: (_id, state) => moRefValue({ type: "Folder", value: state.datacenter.networkFolder }),
    datastore: (_id, state) => refsOf(state, Object.keys(state.datastores)),
    network: (_id, state) => refsOf(state, Object.keys(state.networks)),
  },
  ClusterComputeResource: {
    ...ENTITY,
    host: (_id, state) => refsOf(state, Object.keys(state.hosts)),
    resourcePool: (_id, state) => moRefValue({ type: "ResourcePool", value: state.cluster.resourcePool }),
    datastore: (_id, state) => refsOf(state, Object.keys(state.datastores)),
    network: (_id, state) => refsOf(state, Object.keys(state.networks)),
  },
  ResourcePool: {
    ...ENTITY,
    owner: (_id, state) => moRefValue({ type: "ClusterComputeResource", value: state.cluster.id }),
    vm: (_id, state) => vmsWhere(state, (vm) => !vm.template),
  },
  HostSystem: {
    ...ENTITY,
    vm: (id, state) => vmsWhere(state, (vm) => vm.host === id),
    datastore: (_id, state) => refsOf(state, Object.keys(state.datastores)),
    network: (_id, state) => refsOf(state, Object.keys(state.networks)),
    "summary.hardware.numCpuCores": (id, state) => ({ xsiType: "xsd:short", text: String(state.hosts[id]!.cpuCores) }),
    "summary.hardware.cpuMhz": (id, state) => int(state.hosts[id]!.cpuMhz),
    "summary.hardware.memorySize": (id, state) => long(state.hosts[id]!.memoryMB * 1024 * 1024),
    "hardware.memorySize": (id, state) => long(state.hosts[id]!.memoryMB * 1024 * 1024),
  },
  Datastore: {
    ...ENTITY,
    vm: (id, state) => vmsWhere(state, (vm) => vm.disks.some((disk) => disk.datastore === id)),
    "summary.name": (id, state) => string(state.datastores[id]!.name),
    "summary.type": () => string("VMFS"),
    "summary.accessible": () => boolean(true),
    "summary.capacity": (id, state) => long(state.datastores[id]!.capacityBytes),
    "summary.freeSpace": (id, state) => {
      const used = Object.values(state.vms).reduce(
        (sum, vm) =>
          sum +
          vm.disks.filter((disk) => disk.datastore === id).reduce((total, disk) => total + disk.capacityKB * 1024, 0),
        0,
      );
      return long(Math.max(0, state.datastores[id]!.capacityBytes - used));
    },
  },
  Network: NETWORK,
  DistributedVirtualPortgroup: { ...NETWORK, ...SWITCH_PROPERTIES.DistributedVirtualPortgroup },
  DistributedVirtualSwitch: { ...ENTITY, ...SWITCH_PROPERTIES.DistributedVirtualSwitch },
  Task: {
    info: (id, state) => taskInfo(state.tasks[id]!),
    "info.state": (id, state) => ({ xsiType: "TaskInfoState", text: state.tasks[id]!.state }),
    "info.progress": (id, state) => (state.tasks[id]!.progress === null ? undefined : int(state.tasks[id]!.progress!)),
  },
  PerformanceManager: {
    perfCounter: () => perfCounterInfos(),
  },
  CustomFieldsManager: {
    field: (_id, state) => customFieldDefs(state),
  },
  ContainerView: {
    container: (id, _state, context) => {
      const view = context.findView(id);
      return view ? moRefValue(toRef(context.state, view.container)) : undefined;
    },
    type: (id, _state, context) => strings(context.findView(id)?.types ?? []),
    recursive: (id, _state, context) => boolean(context.findView(id)?.recursive ?? false),
    view: (id, _state, context) => moRefs(viewContents(context, id) ?? []),
  },
};

/** The caller's own session and every live session, so an operator can end the others. */
function sessionManagerProperty(context: SimulatorContext, path: string, session: Session | undefined) {
  if (path === "currentSession") return session ? dataObject("UserSession", userSessionMembers(session)) : undefined;
  if (path === "sessionList") {
    return arrayOf(
      "UserSession",
      [...context.sessions.values()].map((item) => el("UserSession", userSessionMembers(item))),
    );
  }
  return UNKNOWN_PROPERTY;
}

/** What a container view holds now: views follow the inventory as it changes. */
export function viewContents(context: SimulatorContext, id: string): MoRef[] | undefined {
  const view = context.findView(id);
  return view && containedEntities(context.state, view.container, view.types, view.recursive);
}

/** The types whose properties a `ManagedEntity` property spec also selects. */
export const ENTITY_TYPES = [
  "Folder",
  "Datacenter",
  "ClusterComputeResource",
  "ResourcePool",
  "HostSystem",
  "Datastore",
  "Network",
  "DistributedVirtualPortgroup",
  "DistributedVirtualSwitch",
  "VirtualMachine",
];

export const UNKNOWN_PROPERTY = Symbol("unknown property");

/** A property's value: undefined when unset (omitted, as vcsim omits it), UNKNOWN_PROPERTY for a path it does not have. */
export function propertyValue(
  context: SimulatorContext,
  ref: MoRef,
  path: string,
  session?: Session,
): VimValue | undefined | typeof UNKNOWN_PROPERTY {
  const { state } = context;
  if (ref.type === "SessionManager") return sessionManagerProperty(context, path, session);
  if (ref.type === "VirtualMachine") {
    const vm = state.vms[ref.value];
    const property = VM_PROPERTIES[path];
    if (!vm || !property) return UNKNOWN_PROPERTY;
    return property(vm, state, context.now());
  }
  const property = TYPES[ref.type]?.[path];
  if (!property) return UNKNOWN_PROPERTY;
  return property(ref.value, state, context);
}

export function knownProperties(type: string): string[] {
  return type === "VirtualMachine" ? Object.keys(VM_PROPERTIES) : Object.keys(TYPES[type] ?? {});
}
