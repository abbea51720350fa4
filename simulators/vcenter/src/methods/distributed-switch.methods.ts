import type { SimulatorContext } from "../model/simulator-context";
import { allocateId } from "../model/vm-factory";
import { VimFault } from "../soap/envelope";
import { child, children, childText } from "../soap/request-reader";
import { el } from "../soap/xml-node";
import type { OperationHandler, TaskOperation } from "../tasks/task-runner";
import { invalidArgument } from "./config-spec.reader";
import type { Method, MethodTable } from "./method-types";

interface NewPortGroup {
  name: string;
  numPorts: number;
  vlanId: number;
}

/** vCenter refuses a second network of one name in the network folder. */
function checkFree(context: SimulatorContext, name: string) {
  const { state } = context;
  const taken = Object.values(state.networks).find((network) => network.name === name);
  if (taken || state.distributedSwitch.name === name) {
    const id = taken?.id ?? state.distributedSwitch.id;
    const type = taken
      ? taken.distributedSwitch
        ? "DistributedVirtualPortgroup"
        : "Network"
      : "DistributedVirtualSwitch";
    throw new VimFault(
      "DuplicateName",
      [el("name", name), el("object", id, { attrs: { type } })],
      `The name '${name}' already exists.`,
    );
  }
}

/** A port group no NIC uses; vCenter refuses to remove one in use. */
function portGroupOf(context: SimulatorContext, id: string) {
  const network = context.state.networks[id];
  if (!network?.distributedSwitch) {
    throw new VimFault("ManagedObjectNotFound", [el("obj", id, { attrs: { type: "DistributedVirtualPortgroup" } })]);
  }
  return network;
}

const addHandler: OperationHandler = {
  lock: () => "network-folder",
  durationMs: 1500,
  validate: (context, operation) => {
    for (const spec of operation.specs as NewPortGroup[]) checkFree(context, spec.name);
  },
  execute: (context, operation) => {
    addHandler.validate(context, operation);
    const { state } = context;
    for (const spec of operation.specs as NewPortGroup[]) {
      const id = allocateId(state, "dvportgroup");
      state.networks[id] = {
        id,
        name: spec.name,
        // No DHCP behind a customer network: the platform hands out its addresses.
        subnet: "",
        distributedSwitch: state.distributedSwitch.id,
        numPorts: spec.numPorts,
        vlanId: spec.vlanId,
      };
    }
    return null;
  },
};

const destroyHandler: OperationHandler = {
  lock: () => "network-folder",
  durationMs: 1000,
  validate: (context, operation) => {
    const portGroup = portGroupOf(context, operation.portGroup as string);
    const user = Object.values(context.state.vms).find((vm) => vm.nics.some((nic) => nic.network === portGroup.id));
    if (user) {
      throw new VimFault(
        "ResourceInUse",
        [el("type", "DistributedVirtualPortgroup"), el("name", portGroup.name)],
        `The resource '${portGroup.name}' is in use by ${user.name}.`,
      );
    }
  },
  execute: (context, operation) => {
    destroyHandler.validate(context, operation);
    delete context.state.networks[operation.portGroup as string];
    return null;
  },
};

export const SWITCH_HANDLERS: Record<string, OperationHandler> = {
  addDVPortgroup: addHandler,
  destroyDVPortgroup: destroyHandler,
};

const addDVPortgroupTask: Method = ({ context, tasks, body }) => {
  const specs: NewPortGroup[] = children(body, "spec").map((spec) => {
    const name = childText(spec, "name") ?? "";
    if (!name.trim() || name.length > 80) throw invalidArgument("spec.name");
    const numPorts = Number(childText(spec, "numPorts") ?? 0);
    const vlanId = Number(childText(child(child(spec, "defaultPortConfig"), "vlan"), "vlanId") ?? 0);
    if (!Number.isInteger(numPorts) || numPorts < 0) throw invalidArgument("spec.numPorts");
    if (!Number.isInteger(vlanId) || vlanId < 0 || vlanId > 4094)
      throw invalidArgument("spec.defaultPortConfig.vlan.vlanId");
    return { name, numPorts, vlanId };
  });
  const operation: TaskOperation = { kind: "addDVPortgroup", specs };
  const { distributedSwitch } = context.state;
  const task = tasks.start({
    name: "AddDVPortgroup_Task",
    descriptionId: "DistributedVirtualSwitch.addPortgroups",
    entity: { type: "DistributedVirtualSwitch", value: distributedSwitch.id },
    entityName: distributedSwitch.name,
    operation,
  });
  return [el("returnval", task.value, { attrs: { type: "Task" } })];
};

const destroyPortGroupTask: Method = ({ context, tasks, self }) => {
  const portGroup = portGroupOf(context, self.value);
  const task = tasks.start({
    name: "Destroy_Task",
    descriptionId: "DistributedVirtualPortgroup.destroy",
    entity: { type: "DistributedVirtualPortgroup", value: portGroup.id },
    entityName: portGroup.name,
    operation: { kind: "destroyDVPortgroup", portGroup: portGroup.id },
  });
  return [el("returnval", task.value, { attrs: { type: "Task" } })];
};

export const SWITCH_METHODS: MethodTable = {
  DistributedVirtualSwitch: { AddDVPortgroup_Task: addDVPortgroupTask },
  DistributedVirtualPortgroup: { Destroy_Task: destroyPortGroupTask },
};
