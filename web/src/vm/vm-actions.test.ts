import { describe, expect, it } from "vitest";
import {
  canChangeDisks,
  canResize,
  checkGrowDisk,
  isActive,
  isFinished,
  permissionNote,
  powerActionsFor,
  vmPermissions,
} from "./vm-actions";

describe("powerActionsFor", () => {
  it("offers power-on only to a VM that is off or suspended", () => {
    expect(powerActionsFor("POWERED_OFF", "READY", false)).toEqual(["powerOnVm"]);
    expect(powerActionsFor("SUSPENDED", "READY", false)).toEqual(["powerOnVm"]);
  });

  it("offers shut down, power off, reboot and suspend to a running VM", () => {
    expect(powerActionsFor("POWERED_ON", "READY", false)).toEqual([
      "shutdownVm",
      "powerOffVm",
      "rebootVm",
      "suspendVm",
    ]);
  });

  it("offers nothing while an operation runs or the VM is being made or removed", () => {
    expect(powerActionsFor("POWERED_ON", "READY", true)).toEqual([]);
    expect(powerActionsFor("POWERED_OFF", "PROVISIONING", false)).toEqual([]);
    expect(powerActionsFor("POWERED_ON", "DELETING", false)).toEqual([]);
  });
});

describe("canResize and the operation states", () => {
  it("resizes only a ready VM that is off and not busy", () => {
    expect(canResize("POWERED_OFF", "READY", false)).toBe(true);
    expect(canResize("POWERED_ON", "READY", false)).toBe(false);
    expect(canResize("POWERED_OFF", "READY", true)).toBe(false);
    expect(canResize("POWERED_OFF", "PROVISIONING", false)).toBe(false);
  });

  it("tells active from finished", () => {
    expect([isActive("QUEUED"), isActive("RUNNING"), isActive("SUCCEEDED"), isActive("FAILED")]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([isFinished("QUEUED"), isFinished("SUCCEEDED"), isFinished("FAILED")]).toEqual([false, true, true]);
  });
});

describe("vmPermissions", () => {
  it("lets owners and admins do everything, members only power, billing and read-only users nothing", () => {
    expect(vmPermissions("OWNER")).toEqual({ power: true, change: true });
    expect(vmPermissions("ADMIN")).toEqual({ power: true, change: true });
    expect(vmPermissions("MEMBER")).toEqual({ power: true, change: false });
    expect(vmPermissions("BILLING")).toEqual({ power: false, change: false });
    expect(vmPermissions("READ_ONLY")).toEqual({ power: false, change: false });
  });

  it("explains the missing actions to everyone but owners and admins", () => {
    expect(permissionNote("OWNER")).toBeNull();
    expect(permissionNote("ADMIN")).toBeNull();
    expect(permissionNote("MEMBER")).toMatch(/^Members may power/);
    expect(permissionNote("READ_ONLY")).toBe("Read-only users see VMs but cannot change them.");
  });
});

describe("disks", () => {
  it("are added and grown while the VM runs or is off, not while suspended or busy", () => {
    expect(canChangeDisks("POWERED_ON", "READY", false)).toBe(true);
    expect(canChangeDisks("POWERED_OFF", "READY", false)).toBe(true);
    expect(canChangeDisks("SUSPENDED", "READY", false)).toBe(false);
    expect(canChangeDisks("POWERED_ON", "READY", true)).toBe(false);
  });

  it("only grow, by whole GB, up to the limit", () => {
    expect(checkGrowDisk(" 120 ", 80)).toEqual({ capacityGb: 120 });
    expect(checkGrowDisk("80", 80)).toEqual({ problem: "Disks only grow: enter more than 80 GB" });
    expect(checkGrowDisk("12.5", 8)).toEqual({ problem: "Enter a whole number of GB" });
    expect(checkGrowDisk("", 8)).toEqual({ problem: "Enter a whole number of GB" });
    expect(checkGrowDisk("70000", 8)).toEqual({ problem: "A disk holds at most 65536 GB" });
  });
});
