import type { HostRecord, InventoryState, VmRecord } from "./inventory.types";

/** vCPUs a host may run per physical core before it refuses to power on more. */
export const VCPU_PER_CORE = 4;

export interface HostLoad {
  memoryMB: number;
  vcpus: number;
}

/** What the powered-on VMs (other than `except`) use on each host. */
export function hostLoads(state: InventoryState, except?: string): Map<string, HostLoad> {
  const loads = new Map<string, HostLoad>(Object.keys(state.hosts).map((id) => [id, { memoryMB: 0, vcpus: 0 }]));
  for (const vm of Object.values(state.vms)) {
    if (vm.powerState !== "poweredOn" || vm.id === except) continue;
    const load = loads.get(vm.host);
    if (!load) continue;
    load.memoryMB += vm.memoryMB;
    load.vcpus += vm.numCPU;
  }
  return loads;
}

export function fits(host: HostRecord, load: HostLoad, numCPU: number, memoryMB: number): boolean {
  return load.memoryMB + memoryMB <= host.memoryMB && load.vcpus + numCPU <= host.cpuCores * VCPU_PER_CORE;
}

/** The host with the most free memory: where a new VM is registered. */
export function leastLoadedHost(state: InventoryState): string {
  const loads = hostLoads(state);
  let best: { id: string; free: number } | undefined;
  for (const host of Object.values(state.hosts)) {
    const free = host.memoryMB - (loads.get(host.id)?.memoryMB ?? 0);
    if (!best || free > best.free) best = { id: host.id, free };
  }
  if (!best) throw new Error("the inventory has no host");
  return best.id;
}

/**
 * Where `vm` can run with `numCPU`/`memoryMB`: its own host if that fits, else (as DRS would) the
 * host with the most free memory that fits; undefined when no host can hold it.
 */
export function hostFor(
  state: InventoryState,
  vm: VmRecord,
  numCPU = vm.numCPU,
  memoryMB = vm.memoryMB,
): string | undefined {
  const loads = hostLoads(state, vm.id);
  const own = state.hosts[vm.host];
  if (own && fits(own, loads.get(own.id)!, numCPU, memoryMB)) return own.id;
  const candidates = Object.values(state.hosts)
    .filter((host) => fits(host, loads.get(host.id)!, numCPU, memoryMB))
    .sort((a, b) => b.memoryMB - loads.get(b.id)!.memoryMB - (a.memoryMB - loads.get(a.id)!.memoryMB));
  return candidates[0]?.id;
}
