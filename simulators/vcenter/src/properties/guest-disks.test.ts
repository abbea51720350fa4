import { describe, expect, it } from "vitest";
import { demoInventory } from "../inventory/demo-inventory";
import { generatedInventory } from "../inventory/generated-inventory";
import type { VmRecord } from "../model/inventory.types";
import { FULL_SHARE, guestDisks } from "./guest-disks";

const NOW = new Date("2026-11-26T10:00:00Z");
const HOUR = 3_600_000;
const GIB = 1024 ** 3;

const usedShare = (disk: { capacity: number; freeSpace: number }) => 1 - disk.freeSpace / disk.capacity;

describe("guest disks (guest.disk)", () => {
  const state = demoInventory(NOW);
  const vm = (name: string) => Object.values(state.vms).find((item) => item.name === name)!;

  it("names one file system per virtual disk as the guest mounts it", () => {
    expect(guestDisks(vm("adk-sql-01"), NOW).map((disk) => disk.diskPath)).toEqual(["C:\\", "D:\\"]);
    expect(guestDisks(vm("vc-backup-01"), NOW).map((disk) => disk.diskPath)).toEqual(["/", "/data"]);
    const threeDisks: VmRecord = {
      ...vm("vc-backup-01"),
      disks: [...vm("vc-backup-01").disks, vm("adk-web-01").disks[0]!],
    };
    expect(guestDisks(threeDisks, NOW).map((disk) => disk.diskPath)).toEqual(["/", "/data", "/data2"]);
  });

  it("reports a capacity a little under the virtual disk, in whole MiB, and free space within it", () => {
    const [root, data] = guestDisks(vm("vc-backup-01"), NOW);
    // 100 GB boot disk: 1.5 % file-system overhead and a 512 MiB boot partition; 4 TiB data disk: 1.5 %.
    expect(root!.capacity).toBe(
      Math.floor((100 * GIB - Math.round(100 * GIB * 0.015) - 512 * 1024 ** 2) / 1024 ** 2) * 1024 ** 2,
    );
    expect(data!.capacity).toBeLessThan(4096 * GIB);
    expect(data!.capacity).toBeGreaterThan(4096 * GIB * 0.98);
    for (const disk of [root!, data!]) {
      expect(disk.capacity % 1024 ** 2).toBe(0);
      expect(disk.freeSpace).toBeGreaterThan(0);
      expect(disk.freeSpace).toBeLessThan(disk.capacity);
    }
  });

  it("answers the same for the same moment and drifts slowly: under two points in a day, more over days", () => {
    const web = vm("san-crm-01");
    expect(guestDisks(web, NOW)).toEqual(guestDisks(structuredClone(web), new Date(NOW)));
    const shares = Array.from({ length: 7 * 24 }, (_, hour) =>
      usedShare(guestDisks(web, new Date(NOW.getTime() + hour * HOUR))[0]!),
    );
    for (let hour = 24; hour < shares.length; hour++)
      expect(Math.abs(shares[hour]! - shares[hour - 24]!)).toBeLessThan(0.02);
    expect(Math.max(...shares) - Math.min(...shares)).toBeGreaterThan(0.01);
  });

  it("has adk-web-01's root file system over 85 % full all week, so the demo shows the disk-space alert", () => {
    for (let hour = 0; hour < 7 * 24; hour += 3) {
      const [root] = guestDisks(vm("adk-web-01"), new Date(NOW.getTime() + hour * HOUR));
      expect(root!.diskPath).toBe("/");
      expect(usedShare(root!)).toBeGreaterThan(0.85);
    }
    // The others of Adcock stay below it.
    for (const name of ["adk-sql-01", "adk-app-01", "adk-file-01"]) {
      for (const disk of guestDisks(vm(name), NOW)) expect(usedShare(disk)).toBeLessThan(0.75);
    }
  });

  it("reports nothing for a VM that is off, suspended or has no VMware Tools", () => {
    expect(guestDisks(vm("adk-jump-01"), NOW)).toEqual([]);
    expect(guestDisks(vm("pnp-pos-02"), NOW)).toEqual([]);
    expect(guestDisks({ ...vm("adk-web-01"), toolsInstalled: false }, NOW)).toEqual([]);
  });

  it("runs about one file system in eight nearly full across a large estate", () => {
    const large = generatedInventory({ organizations: 20, vmsPerOrganization: 30, seed: "guest-disks" });
    const disks = Object.values(large.vms).flatMap((item) => guestDisks(item, NOW));
    const full = disks.filter((disk) => usedShare(disk) > 0.85).length / disks.length;
    expect(full).toBeGreaterThan(FULL_SHARE * 0.6);
    expect(full).toBeLessThan(FULL_SHARE * 1.4);
  });
});
