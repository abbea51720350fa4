import type { HypervisorVm } from "../hypervisor";
import type { KnownVm, SyncBaseline } from "./sync.reads";
import { type SyncedVm, toSyncedVm } from "./vcenter-vm";

/** What one look at vCenter means for the `vms` rows, before any disk or NIC is compared. */
export interface SyncPlan {
  /** Unknown to the platform (or deleted here and back in vCenter): to be inserted. */
  appeared: SyncedVm[];
  /** Known ready VMs where vCenter differs in something (configuration, power, name, folder, IPs, Tools, host). */
  differing: { row: KnownVm; next: SyncedVm }[];
  /** Ready VMs vCenter no longer has. */
  vanished: KnownVm[];
  unchanged: number;
  /** Templates and VMs outside every organisation's folder. */
  unassigned: number;
  /** Left to an operation: being created under its marker, or changed by an active one. */
  deferred: number;
  /** VMs that cannot be recorded as vCenter has them, and why. */
  skipped: { name: string; instanceUuid: string; reason: string }[];
}

const nameKey = (organizationId: string, name: string) => `${organizationId}/${name.toLowerCase()}`;

/** Cheap first comparison: a VM whose change version, power, name, folder and volatile fields match costs nothing. */
function differs(row: KnownVm, next: SyncedVm): boolean {
  return (
    row.changeVersion !== next.changeVersion ||
    row.powerState !== next.powerState ||
    row.name !== next.name ||
    row.organizationId !== next.organizationId ||
    row.host !== next.host ||
    row.toolsStatus !== next.toolsStatus ||
    row.ipAddresses.join(",") !== next.ipAddresses.join(",")
  );
}

/**
 * Sorts every listed VM into what to do with it. `operationIds` holds the listed markers (and
 * instance UUIDs) that are operation ids: such a VM is the platform's own, still being created.
 */
export function planSync(
  listed: readonly HypervisorVm[],
  baseline: SyncBaseline,
  operationIds: Set<string>,
  listedAt: Date,
): SyncPlan {
  const plan: SyncPlan = {
    appeared: [],
    differing: [],
    vanished: [],
    unchanged: 0,
    unassigned: 0,
    deferred: 0,
    skipped: [],
  };
  const byUuid = new Map(baseline.known.filter((row) => row.instanceUuid).map((row) => [row.instanceUuid!, row]));
  const listedUuids = new Set<string>();
  // Written after this listing was taken: what it says about the row may be older than the row.
  const newer = (row: KnownVm) => row.updatedAt.getTime() > listedAt.getTime();

  for (const vm of listed) {
    const uuid = vm.instanceUuid.toLowerCase();
    listedUuids.add(uuid);
    const organizationId = vm.folderId ? baseline.organizationOfFolder.get(vm.folderId) : undefined;
    if (vm.template || !organizationId) {
      plan.unassigned += 1;
      continue;
    }
    const row = byUuid.get(uuid);
    const next = toSyncedVm(vm, organizationId);
    if (row?.lifecycle === "deleted" && newer(row)) {
      plan.deferred += 1;
    } else if (!row || row.lifecycle === "deleted") {
      const creating = operationIds.has(uuid) || (vm.marker !== null && operationIds.has(vm.marker.toLowerCase()));
      if (creating) plan.deferred += 1;
      else if (vm.vcpuCount < 1 || vm.memoryMib < 1) plan.skipped.push(skip(vm, "vCenter reports no vCPU or memory"));
      else plan.appeared.push(next);
    } else if (row.lifecycle !== "ready" || baseline.busyVmIds.has(row.id) || newer(row)) {
      plan.deferred += 1;
    } else if (differs(row, next)) {
      plan.differing.push({ row, next });
    } else {
      plan.unchanged += 1;
    }
  }

  plan.vanished = baseline.known.filter(
    (row) =>
      row.lifecycle === "ready" &&
      row.instanceUuid !== null &&
      !listedUuids.has(row.instanceUuid) &&
      !baseline.busyVmIds.has(row.id) &&
      !newer(row),
  );
  keepNamesUnique(plan, baseline.known);
  return plan;
}

const skip = (vm: { name: string; instanceUuid: string }, reason: string) => ({
  name: vm.name,
  instanceUuid: vm.instanceUuid,
  reason,
});

/**
 * Names are unique per organisation ignoring case among live VMs. Renames are placed first (two
 * VMs may swap names), then new VMs; whatever would take a name another VM keeps is skipped. A
 * refused rename keeps its old name, which may refuse another rename: repeat until none is new.
 */
function keepNamesUnique(plan: SyncPlan, known: readonly KnownVm[]): void {
  const vanished = new Set(plan.vanished.map((row) => row.id));
  const renames = plan.differing.filter(
    ({ row, next }) => nameKey(row.organizationId, row.name) !== nameKey(next.organizationId, next.name),
  );
  const refused = new Set<string>();
  let holder = new Map<string, string>();
  const claim = (key: string, id: string) => {
    const taken = holder.get(key);
    if (taken !== undefined && taken !== id) return false;
    holder.set(key, id);
    return true;
  };
  for (let settled = false; !settled;) {
    holder = new Map();
    const moving = new Set(renames.filter(({ row }) => !refused.has(row.id)).map(({ row }) => row.id));
    for (const row of known) {
      if (row.lifecycle !== "deleted" && !vanished.has(row.id) && !moving.has(row.id)) {
        holder.set(nameKey(row.organizationId, row.name), row.id);
      }
    }
    settled = true;
    for (const { row, next } of renames) {
      if (moving.has(row.id) && !claim(nameKey(next.organizationId, next.name), row.id)) {
        refused.add(row.id);
        settled = false;
      }
    }
  }
  for (const { next, row } of renames) {
    if (refused.has(row.id))
      plan.skipped.push(skip(next, `the name "${next.name}" is used by another VM of the organisation`));
  }
  plan.differing = plan.differing.filter(({ row }) => !refused.has(row.id));
  plan.appeared = plan.appeared.filter((vm) => {
    if (claim(nameKey(vm.organizationId, vm.name), vm.instanceUuid)) return true;
    plan.skipped.push(skip(vm, `the name "${vm.name}" is used by another VM of the organisation`));
    return false;
  });
}
