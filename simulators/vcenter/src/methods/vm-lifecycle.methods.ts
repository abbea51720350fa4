import { randomUUID } from "node:crypto";
import { guestFullName } from "../inventory/guest-os";
import { bringUpGuestNetwork } from "../model/guest-network";
import type { InventoryState } from "../model/inventory.types";
import type { SimulatorContext } from "../model/simulator-context";
import { leastLoadedHost } from "../model/placement";
import { applyConfigChanges, invalidPowerState, setPowerState } from "../model/vm-state";
import { newDisk, newNic, newVmRecord } from "../model/vm-factory";
import { VimFault } from "../soap/envelope";
import { child, children, childText, moRef, xsiType } from "../soap/request-reader";
import { el } from "../soap/xml-node";
import type { OperationHandler, TaskOperation } from "../tasks/task-runner";
import { invalidArgument, LIMITS, readConfigSpec, type ConfigChanges } from "./config-spec.reader";
import type { Method, MethodTable } from "./method-types";
import { vmOf } from "./vm-power.methods";

function vmFolder(state: InventoryState, id: string) {
  const folder = state.folders[id];
  if (!folder) throw new VimFault("ManagedObjectNotFound", [el("obj", id, { attrs: { type: "Folder" } })]);
  if (!folder.childType.includes("VirtualMachine"))
    throw new VimFault("NotSupported", [], `${id} cannot hold virtual machines`);
  return folder;
}

/** vCenter refuses a second VM of the same name in one folder. */
function checkName(state: InventoryState, folder: string, name: string) {
  if (!name.trim() || name.length > LIMITS.maxNameLength) throw invalidArgument("name");
  if (Object.values(state.vms).some((vm) => vm.folder === folder && vm.name === name)) {
    throw new VimFault(
      "DuplicateName",
      [el("name", name), el("object", folder, { attrs: { type: "Folder" } })],
      `The name '${name}' already exists.`,
    );
  }
}

function createVm(context: SimulatorContext, operation: TaskOperation) {
  const { state } = context;
  const changes = operation.changes as ConfigChanges;
  vmFolder(state, operation.folder as string);
  checkName(state, operation.folder as string, changes.name ?? "");
  const vm = newVmRecord(state, {
    name: changes.name!,
    folder: operation.folder as string,
    host: leastLoadedHost(state),
    guestId: changes.guestId || "otherGuest",
    numCPU: changes.numCPUs ?? 1,
    memoryMB: changes.memoryMB ?? 32,
    powerState: "poweredOff",
    now: context.now(),
    seed: randomUUID(),
    instanceUuid: changes.instanceUuid,
  });
  // Disks without a datastore of their own go where the VM's files go (`files.vmPathName`).
  const deviceChanges = changes.deviceChanges.map((change) =>
    change.operation === "add" && change.device === "disk"
      ? { ...change, datastore: change.datastore ?? changes.datastore }
      : change,
  );
  applyConfigChanges(state, vm, { deviceChanges, extraConfig: changes.extraConfig }, context.now());
  return vm;
}

const createHandler: OperationHandler = {
  lock: (operation) => `create:${String(operation.folder)}:${String((operation.changes as ConfigChanges).name)}`,
  durationMs: 8000,
  validate: (context, operation) => {
    vmFolder(context.state, operation.folder as string);
    checkName(context.state, operation.folder as string, (operation.changes as ConfigChanges).name ?? "");
  },
  execute: (context, operation) => {
    const vm = createVm(context, operation);
    context.state.vms[vm.id] = vm;
    return { type: "VirtualMachine", value: vm.id };
  },
};

function cloneVm(context: SimulatorContext, operation: TaskOperation, commit: boolean) {
  const { state } = context;
  const source = vmOf(context, operation.source as string);
  if (!operation.pool && source.template) throw invalidArgument("spec.location.pool");
  const vm = createVm(context, {
    kind: "createVm",
    folder: operation.folder,
    changes: {
      name: operation.name,
      guestId: source.guestId,
      numCPUs: source.numCPU,
      memoryMB: source.memoryMB,
      // A clone may be given its instance UUID, as vSphere allows: the platform's marker.
      instanceUuid: (operation.changes as ConfigChanges).instanceUuid,
      deviceChanges: [],
      extraConfig: source.extraConfig,
    },
  });
  vm.guestFullName = guestFullName(vm.guestId);
  for (const disk of source.disks)
    vm.disks.push(newDisk(state, vm, disk.capacityKB, (operation.datastore as string | undefined) ?? disk.datastore));
  const staticIps = operation.staticIps as (string | null)[];
  for (const [index, nic] of source.nics.entries())
    vm.nics.push(newNic(vm, nic.kind, nic.network, staticIps[index] ?? null));
  applyConfigChanges(state, vm, operation.changes as ConfigChanges, context.now());
  vm.nics.forEach((nic, index) => (nic.staticIp = staticIps[index] ?? nic.staticIp));
  if (operation.template) vm.template = true;
  if (commit) state.vms[vm.id] = vm;
  if (operation.powerOn) setPowerState(state, vm, "poweredOn", context.now());
  if (vm.powerState === "poweredOn") bringUpGuestNetwork(state, vm);
  return vm;
}

const cloneHandler: OperationHandler = {
  lock: (operation) => `create:${String(operation.folder)}:${String(operation.name)}`,
  durationMs: 10000,
  validate: (context, operation) => void cloneVm(context, operation, false),
  execute: (context, operation) => ({ type: "VirtualMachine", value: cloneVm(context, operation, true).id }),
};

const reconfigureHandler: OperationHandler = {
  lock: (operation) => operation.vm as string,
  durationMs: 2000,
  validate: (context, operation) => {
    const vm = vmOf(context, operation.vm as string);
    const changes = operation.changes as ConfigChanges;
    if (
      vm.template &&
      (changes.numCPUs !== undefined || changes.memoryMB !== undefined || changes.deviceChanges.length > 0)
    ) {
      throw new VimFault("NotSupported", [], "template reconfigure only allows name and annotation change");
    }
    applyConfigChanges(context.state, structuredClone(vm), changes, context.now());
  },
  execute: (context, operation) => {
    reconfigureHandler.validate(context, operation);
    applyConfigChanges(
      context.state,
      vmOf(context, operation.vm as string),
      operation.changes as ConfigChanges,
      context.now(),
    );
    return null;
  },
};

const destroyHandler: OperationHandler = {
  lock: (operation) => operation.vm as string,
  durationMs: 2000,
  validate: (context, operation) => {
    const vm = vmOf(context, operation.vm as string);
    if (vm.powerState === "poweredOn") throw invalidPowerState("poweredOff", "poweredOn");
  },
  execute: (context, operation) => {
    destroyHandler.validate(context, operation);
    delete context.state.vms[operation.vm as string];
    return null;
  },
};

export const LIFECYCLE_HANDLERS: Record<string, OperationHandler> = {
  createVm: createHandler,
  cloneVm: cloneHandler,
  reconfigure: reconfigureHandler,
  destroy: destroyHandler,
};

const taskReturn = (ref: { value: string }) => [el("returnval", ref.value, { attrs: { type: "Task" } })];

const createVmTask: Method = ({ context, tasks, self, body }) => {
  const folder = vmFolder(context.state, self.value);
  const changes = readConfigSpec(context.state, child(body, "config"));
  if (!changes.name) throw invalidArgument("configSpec.name");
  return taskReturn(
    tasks.start({
      name: "CreateVm",
      descriptionId: "Folder.createVm",
      entity: { type: "Folder", value: folder.id },
      entityName: folder.name,
      operation: { kind: "createVm", folder: folder.id, changes },
    }),
  );
};

const cloneVmTask: Method = ({ context, tasks, self, body }) => {
  const source = vmOf(context, self.value);
  const folder = moRef(child(body, "folder"));
  const spec = child(body, "spec");
  const location = child(spec, "location");
  const datastore = moRef(child(location, "datastore"))?.value;
  if (datastore && !context.state.datastores[datastore]) throw invalidArgument("spec.location.datastore");
  const staticIps = children(child(spec, "customization"), "nicSettingMap").map((setting) => {
    const ip = child(child(setting, "adapter"), "ip");
    return xsiType(ip) === "CustomizationFixedIp" ? (childText(ip, "ipAddress") ?? null) : null;
  });
  const operation = {
    kind: "cloneVm",
    source: source.id,
    folder: folder?.value,
    name: childText(body, "name") ?? "",
    pool: moRef(child(location, "pool"))?.value,
    datastore,
    powerOn: childText(spec, "powerOn") === "true",
    template: childText(spec, "template") === "true",
    staticIps,
    changes: readConfigSpec(context.state, child(spec, "config")),
  };
  return taskReturn(
    tasks.start({
      name: "CloneVm",
      descriptionId: "VirtualMachine.cloneVm",
      entity: { type: "VirtualMachine", value: source.id },
      entityName: source.name,
      operation,
    }),
  );
};

const vmTask =
  (kind: string, name: string, descriptionId: string): Method =>
  ({ context, tasks, self, body }) => {
    const vm = vmOf(context, self.value);
    const operation =
      kind === "reconfigure"
        ? { kind, vm: vm.id, changes: readConfigSpec(context.state, child(body, "spec")) }
        : { kind, vm: vm.id };
    return taskReturn(
      tasks.start({
        name,
        descriptionId,
        entity: { type: "VirtualMachine", value: vm.id },
        entityName: vm.name,
        operation,
      }),
    );
  };

export const LIFECYCLE_METHODS: MethodTable = {
  Folder: { CreateVM_Task: createVmTask },
  VirtualMachine: {
    CloneVM_Task: cloneVmTask,
    ReconfigVM_Task: vmTask("reconfigure", "ReconfigVm", "VirtualMachine.reconfigVm"),
    Destroy_Task: vmTask("destroy", "Destroy", "VirtualMachine.destroy"),
  },
};
