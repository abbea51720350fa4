import { guestRootPath } from "../inventory/guest-os";
import { unit } from "../inventory/identity";
import type { DiskRecord, VmRecord } from "../model/inventory.types";

/** One file system as VMware Tools report it in `guest.disk` (`GuestDiskInfo`), in bytes. */
export interface GuestDiskUsage {
  diskPath: string;
  capacity: number;
  freeSpace: number;
}

/** About one guest file system in eight runs nearly full (86–97 % used), as on any real estate. */
export const FULL_SHARE = 0.125;
const MIB = 1024 * 1024;
const WEEK_MS = 7 * 86_400_000;
/** How far use drifts either way over a week (files written, logs rotated, backups pruned). */
const DRIFT = 0.015;

/** `C:\`, `D:\`… on Windows; `/`, `/data`, `/data2`… on Linux. */
function mountPoint(root: string, index: number): string {
  if (index === 0) return root;
  if (root !== "/") return `${String.fromCharCode(root.charCodeAt(0) + index)}:\\`;
  return index === 1 ? "/data" : `/data${index}`;
}

/**
 * The file system on a virtual disk: a little smaller than the disk (partition table, file-system
 * metadata; on the first disk also the boot partition), in whole MiB, with a share used that is
 * fixed by the VM and disk and drifts slowly with time.
 */
export function guestDiskUsage(vm: VmRecord, disk: DiskRecord, index: number, now: Date): GuestDiskUsage {
  const bytes = disk.capacityKB * 1024;
  const overhead = Math.max(16 * MIB, Math.round(bytes * 0.015)) + (index === 0 ? 512 * MIB : 0);
  const capacity = Math.max(MIB, Math.floor((bytes - overhead) / MIB) * MIB);
  const id = vm.instanceUuid;
  const full = unit(id, disk.key, "full") < FULL_SHARE;
  const base = full ? 0.88 + 0.08 * unit(id, disk.key, "full-level") : 0.15 + 0.55 * unit(id, disk.key, "used");
  const phase = unit(id, disk.key, "phase");
  const drift = DRIFT * Math.sin(2 * Math.PI * (now.getTime() / WEEK_MS + phase));
  const used = Math.floor(capacity * (base + drift));
  return { diskPath: mountPoint(guestRootPath(vm.guestId), index), capacity, freeSpace: capacity - used };
}

/** What the guest reports while VMware Tools run: one file system per virtual disk; nothing otherwise. */
export function guestDisks(vm: VmRecord, now: Date): GuestDiskUsage[] {
  if (vm.powerState !== "poweredOn" || !vm.toolsInstalled) return [];
  return vm.disks.map((disk, index) => guestDiskUsage(vm, disk, index, now));
}
