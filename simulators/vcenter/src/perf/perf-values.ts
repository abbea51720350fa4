import { unit } from "../inventory/identity";
import type { VmRecord } from "../model/inventory.types";
import type { PerfCounter } from "./counter-info";
import { bootedAt, dailyRhythm, powerStateAt, vmProfile } from "./vm-profile";

/** A spike lasts one 15-minute window; about one window in sixty has one. */
const SPIKE_WINDOW_MS = 15 * 60_000;
const SPIKE_CHANCE = 1 / 60;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * One sample of a counter for a VM at a timestamp over an interval: the same inputs always give
 * the same value, so past intervals can be asked for again. Undefined before the VM existed.
 */
export function sampleValue(
  vm: VmRecord,
  counter: PerfCounter,
  at: number,
  intervalSeconds: number,
  instance: string,
): number | undefined {
  const state = powerStateAt(vm, at);
  if (state === undefined) return undefined;
  if (counter.fullName === "sys.uptime.latest" || counter.fullName === "sys.osUptime.latest") {
    const booted = state === "poweredOn" ? bootedAt(vm, at) : undefined;
    return booted === undefined ? 0 : Math.floor((at - booted) / 1000);
  }
  // A VM that is off or suspended does no work: no CPU, memory, disk or network activity.
  if (state !== "poweredOn") return 0;
  const id = vm.instanceUuid;
  const profile = vmProfile(vm);
  const rhythm = profile.hot ? 0.85 + 0.15 * dailyRhythm(at) : dailyRhythm(at);
  const noise = 0.85 + 0.3 * unit(id, counter.key, instance, at);
  const spike = unit(id, "spike", Math.floor(at / SPIKE_WINDOW_MS)) < SPIKE_CHANCE;
  const cpuPercent = spike
    ? 92 + 8 * unit(id, "spike-level", at)
    : clamp(profile.cpuPercent * rhythm * noise, 0.5, 100);
  const memoryPercent = clamp(
    profile.memoryPercent * (0.8 + 0.2 * rhythm) * (0.97 + 0.06 * unit(id, "mem", at)),
    1,
    100,
  );
  const load = rhythm * noise * (spike ? 3 : 1);
  switch (counter.fullName) {
    case "cpu.usage.average":
      return Math.round(cpuPercent * 100);
    case "cpu.usagemhz.average":
      return Math.round((cpuPercent / 100) * vm.numCPU * 2600);
    case "cpu.ready.summation":
      // Milliseconds of the interval spent ready but not scheduled, per vCPU summed.
      return Math.round(intervalSeconds * 1000 * vm.numCPU * (profile.hot ? 0.05 : 0.008) * noise * (spike ? 4 : 1));
    case "mem.usage.average":
      return Math.round(memoryPercent * 100);
    case "mem.active.average":
      return Math.round(vm.memoryMB * 1024 * (memoryPercent / 100) * 0.6 * noise);
    case "mem.consumed.average":
      return Math.round(vm.memoryMB * 1024 * (memoryPercent / 100));
    case "disk.read.average":
    case "virtualDisk.read.average":
      return Math.round(profile.diskKBps * 0.6 * load);
    case "disk.write.average":
    case "virtualDisk.write.average":
      return Math.round(profile.diskKBps * 0.4 * load);
    case "disk.numberReadAveraged.average":
      return Math.round((profile.diskKBps * 0.6 * load) / 16);
    case "disk.numberWriteAveraged.average":
      return Math.round((profile.diskKBps * 0.4 * load) / 16);
    case "disk.maxTotalLatency.latest":
    case "virtualDisk.totalReadLatency.average":
    case "virtualDisk.totalWriteLatency.average":
      return Math.round((1 + 4 * unit(id, "latency", at)) * (spike ? 8 : 1));
    case "net.received.average":
      return Math.round(profile.networkKBps * 0.7 * load);
    case "net.transmitted.average":
      return Math.round(profile.networkKBps * 0.3 * load);
    case "net.usage.average":
      return Math.round(profile.networkKBps * load);
    default:
      return counter.unit === "percent" ? Math.round(cpuPercent * 50 * noise) : Math.round(100 * load);
  }
}
