import { HypervisorError, isHypervisorError } from "../hypervisor.error";
import type { Defaults } from "./placement";
import type { PropertyCollector } from "./property-collector";
import type { VSphereSession } from "./session";
import { moRef, text } from "./soap-xml";
import { pollTask, readTask } from "./tasks";
import { toTaskRef } from "./vm-provisioning";

/** Ports a new port group starts with; `autoExpand` lets vCenter add more as VMs attach. */
const INITIAL_PORTS = 8;
const TASK_TIMEOUT_MS = 60_000;

/**
 * Customer networks as distributed port groups on the datacenter's first distributed switch.
 * Both calls are idempotent, so a retry after a lost answer is safe: a port group that already
 * has the name counts as created, and one that is gone counts as deleted.
 */
export class PortGroups {
  constructor(
    private readonly session: VSphereSession,
    private readonly collector: PropertyCollector,
    private readonly defaults: () => Promise<Defaults>,
  ) {}

  async create(name: string): Promise<void> {
    const { datacenter } = await this.defaults();
    const [dvs] = await this.collector.retrieveAll(datacenter, "DistributedVirtualSwitch", ["name"]);
    if (!dvs) throw new HypervisorError("NOT_FOUND", "vCenter's datacenter has no distributed switch");
    const spec = { name, numPorts: INITIAL_PORTS, type: "earlyBinding", autoExpand: true };
    try {
      await this.runTask("AddDVPortgroup_Task", () =>
        this.session.invoke("AddDVPortgroup_Task", { _this: moRef(dvs.obj), spec }, { idempotent: true }),
      );
    } catch (error) {
      if (!isHypervisorError(error, "DUPLICATE_NAME")) throw error;
    }
  }

  async delete(name: string): Promise<void> {
    const { datacenter } = await this.defaults();
    const portGroups = await this.collector.retrieveAll(datacenter, "DistributedVirtualPortgroup", ["name"]);
    const found = portGroups.find((portGroup) => text(portGroup.props.get("name")) === name);
    if (!found) return;
    try {
      await this.runTask("Destroy_Task", () =>
        this.session.invoke("Destroy_Task", { _this: moRef(found.obj) }, { idempotent: true }),
      );
    } catch (error) {
      // Removed by someone else meanwhile: what was asked for holds.
      if (!(isHypervisorError(error, "NOT_FOUND") && error.faultName === "ManagedObjectNotFound")) throw error;
    }
  }

  private async runTask(method: string, start: () => Promise<Parameters<typeof toTaskRef>[0]>) {
    const task = toTaskRef(await start(), method);
    await pollTask(() => readTask(this.collector, task), task, { timeoutMs: TASK_TIMEOUT_MS });
  }
}
