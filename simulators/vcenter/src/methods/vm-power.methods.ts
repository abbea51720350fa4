import type { PowerState, VmRecord } from "../model/inventory.types";
import type { SimulatorContext } from "../model/simulator-context";
import { bringUpGuestNetwork } from "../model/guest-network";
import { invalidPowerState, setPowerState } from "../model/vm-state";
import { VimFault } from "../soap/envelope";
import { el } from "../soap/xml-node";
import type { OperationHandler, TaskOperation } from "../tasks/task-runner";
import type { Method, MethodCall, MethodTable } from "./method-types";

export function vmOf(context: SimulatorContext, id: string): VmRecord {
  const vm = context.state.vms[id];
  if (!vm)
    throw new VimFault(
      "ManagedObjectNotFound",
      [el("obj", id, { attrs: { type: "VirtualMachine" } })],
      `managed object not found: VirtualMachine:${id}`,
    );
  return vm;
}

/** Which states each power operation accepts, and where it leads. */
const POWER_RULES: Record<string, { from: PowerState[]; to: PowerState; requested: PowerState }> = {
  powerOn: { from: ["poweredOff", "suspended"], to: "poweredOn", requested: "poweredOn" },
  powerOff: { from: ["poweredOn", "suspended"], to: "poweredOff", requested: "poweredOff" },
  suspend: { from: ["poweredOn"], to: "suspended", requested: "suspended" },
  reset: { from: ["poweredOn"], to: "poweredOn", requested: "poweredOn" },
};

const checkPower = (context: SimulatorContext, operation: TaskOperation) => {
  const vm = vmOf(context, operation.vm as string);
  const rule = POWER_RULES[operation.kind]!;
  if (!rule.from.includes(vm.powerState)) throw invalidPowerState(rule.requested, vm.powerState);
  return vm;
};

const powerHandler = (durationMs: number): OperationHandler => ({
  lock: (operation) => operation.vm as string,
  durationMs,
  validate: (context, operation) => void checkPower(context, operation),
  execute: (context, operation) => {
    const vm = checkPower(context, operation);
    const now = context.now();
    if (operation.kind === "reset") {
      vm.bootTime = now.toISOString();
      bringUpGuestNetwork(context.state, vm);
    } else {
      setPowerState(context.state, vm, POWER_RULES[operation.kind]!.to, now);
    }
    return null;
  },
});

export const POWER_HANDLERS: Record<string, OperationHandler> = {
  powerOn: powerHandler(3000),
  powerOff: powerHandler(2000),
  suspend: powerHandler(3000),
  reset: powerHandler(3000),
};

const TASK_NAMES: Record<string, string> = {
  powerOn: "PowerOn",
  powerOff: "PowerOff",
  suspend: "Suspend",
  reset: "Reset",
};

const powerTask =
  (kind: string): Method =>
  ({ context, tasks, self }: MethodCall) => {
    const vm = vmOf(context, self.value);
    if (kind === "powerOn" && vm.template) throw new VimFault("InvalidState", [], "cannot powerOn a template");
    const task = tasks.start({
      name: TASK_NAMES[kind]!,
      descriptionId: `VirtualMachine.${kind}`,
      entity: { type: "VirtualMachine", value: vm.id },
      entityName: vm.name,
      operation: { kind, vm: vm.id },
    });
    return [el("returnval", task.value, { attrs: { type: "Task" } })];
  };

/** Guest operations go through VMware Tools: the VM must run and its Tools must answer. */
const guestOperation =
  (kind: "shutdown" | "reboot"): Method =>
  ({ context, self }: MethodCall) => {
    const vm = vmOf(context, self.value);
    if (vm.powerState !== "poweredOn") throw invalidPowerState("poweredOn", vm.powerState);
    if (!vm.toolsInstalled)
      throw new VimFault(
        "ToolsUnavailable",
        [],
        "Cannot complete operation because VMware Tools is not running in this virtual machine.",
      );
    const now = context.now();
    if (kind === "shutdown") setPowerState(context.state, vm, "poweredOff", now);
    else vm.bootTime = now.toISOString();
    context.changed();
    return [];
  };

export const POWER_METHODS: MethodTable = {
  VirtualMachine: {
    PowerOnVM_Task: powerTask("powerOn"),
    PowerOffVM_Task: powerTask("powerOff"),
    SuspendVM_Task: powerTask("suspend"),
    ResetVM_Task: powerTask("reset"),
    ShutdownGuest: guestOperation("shutdown"),
    RebootGuest: guestOperation("reboot"),
  },
};
