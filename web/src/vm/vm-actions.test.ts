import { describe, expect, it } from "vitest";
import { canResize, isActive, isFinished, powerActionsFor } from "./vm-actions";

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
