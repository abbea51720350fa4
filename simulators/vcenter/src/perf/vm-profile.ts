import { unit } from "../inventory/identity";
import type { PowerState, VmRecord } from "../model/inventory.types";

/** What kind of load a VM carries: fixed by its instance UUID, so every query agrees. */
export interface VmProfile {
  hot: boolean;
  cpuPercent: number;
  memoryPercent: number;
  diskKBps: number;
  networkKBps: number;
}

/** About one VM in eight runs hot: high CPU and memory most of the day. */
export const HOT_SHARE = 0.125;

export function vmProfile(vm: VmRecord): VmProfile {
  const id = vm.instanceUuid;
  const hot = unit(id, "hot") < HOT_SHARE;
  return {
    hot,
    cpuPercent: hot ? 72 + 18 * unit(id, "cpu") : 6 + 34 * unit(id, "cpu"),
    memoryPercent: hot ? 80 + 12 * unit(id, "memory") : 25 + 40 * unit(id, "memory"),
    diskKBps: 40 + 2000 * unit(id, "disk") ** 2,
    networkKBps: 10 + 4000 * unit(id, "net") ** 2,
  };
}

/** The VM's power state at a past moment; undefined before the VM existed. */
export function powerStateAt(vm: VmRecord, at: number): PowerState | undefined {
  if (at < Date.parse(vm.createDate)) return undefined;
  let state: PowerState | undefined;
  for (const change of vm.powerHistory) {
    if (Date.parse(change.at) > at) break;
    state = change.state;
  }
  return state ?? vm.powerHistory[0]?.state;
}

/** When the VM last started before `at` (for sys.uptime), or undefined when it was not running. */
export function bootedAt(vm: VmRecord, at: number): number | undefined {
  let booted: number | undefined;
  for (const change of vm.powerHistory) {
    const changedAt = Date.parse(change.at);
    if (changedAt > at) break;
    if (change.state === "poweredOn" && booted === undefined) booted = changedAt;
    if (change.state === "poweredOff") booted = undefined;
  }
  return booted;
}

const SAST_OFFSET_HOURS = 2;

/**
 * The business-day rhythm in South African time: quiet at night, rising from 07:00 to a peak
 * after lunch, falling into the evening; weekends run at about two thirds.
 */
export function dailyRhythm(at: number): number {
  const local = new Date(at + SAST_OFFSET_HOURS * 3_600_000);
  const hour = local.getUTCHours() + local.getUTCMinutes() / 60;
  const day = Math.max(0, Math.sin((Math.PI * (hour - 7)) / 13));
  const weekend = local.getUTCDay() === 0 || local.getUTCDay() === 6 ? 0.65 : 1;
  return (0.35 + 0.65 * day) * weekend;
}
