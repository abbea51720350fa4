import { describe, expect, it } from "vitest";
import type { CreateVmSpec } from "./hypervisor.port";
import { checkCloneSpec, checkCreateSpec, checkReconfigureSpec, HYPERVISOR_LIMITS } from "./hypervisor.limits";

const valid: CreateVmSpec = {
  marker: "6f1c3a52-2b7e-4d0c-9a51-3c1de0b7a001",
  name: "web-01",
  guestId: "ubuntu64Guest",
  vcpuCount: 2,
  memoryMib: 4096,
  disks: [{ capacityGb: 40 }],
  nics: [{ network: "VM Network" }],
};

const refuses = (change: Partial<CreateVmSpec>, field: RegExp) =>
  expect(() => checkCreateSpec({ ...valid, ...change })).toThrow(
    expect.objectContaining({ code: "INVALID_ARGUMENT", message: expect.stringMatching(field) }),
  );
const accepts = (change: Partial<CreateVmSpec>) => expect(() => checkCreateSpec({ ...valid, ...change })).not.toThrow();

describe("what a VM spec may ask of vSphere, checked before anything is sent", () => {
  it("takes names of 1 to 80 characters without surrounding spaces", () => {
    accepts({ name: "a" });
    accepts({ name: "a".repeat(80) });
    refuses({ name: "" }, /name/);
    refuses({ name: "a".repeat(81) }, /name/);
    refuses({ name: " web" }, /name/);
  });

  it("takes 1 to 768 whole vCPUs", () => {
    accepts({ vcpuCount: 1 });
    accepts({ vcpuCount: 768 });
    refuses({ vcpuCount: 0 }, /vcpuCount/);
    refuses({ vcpuCount: 769 }, /vcpuCount/);
    refuses({ vcpuCount: 1.5 }, /vcpuCount/);
  });

  it("takes 4 MiB to 24 TiB of memory in multiples of 4 MiB", () => {
    accepts({ memoryMib: 4 });
    accepts({ memoryMib: HYPERVISOR_LIMITS.memoryMib.max });
    refuses({ memoryMib: 0 }, /memoryMib/);
    refuses({ memoryMib: 3 }, /memoryMib/);
    refuses({ memoryMib: HYPERVISOR_LIMITS.memoryMib.max + 4 }, /memoryMib/);
    refuses({ memoryMib: 1026 }, /multiple of 4/);
  });

  it("takes disks of 1 to 63,488 whole GB, at most 15 of them", () => {
    accepts({ disks: [{ capacityGb: 1 }, { capacityGb: 63_488 }] });
    refuses({ disks: [{ capacityGb: 0 }] }, /disks\[0\]\.capacityGb/);
    refuses({ disks: [{ capacityGb: 10 }, { capacityGb: 63_489 }] }, /disks\[1\]\.capacityGb/);
    refuses({ disks: [{ capacityGb: 2.5 }] }, /capacityGb/);
    accepts({ disks: Array.from({ length: 15 }, () => ({ capacityGb: 1 })) });
    refuses({ disks: Array.from({ length: 16 }, () => ({ capacityGb: 1 })) }, /at most 15 disks/);
  });

  it("needs a UUID as the operation marker and a guest OS", () => {
    refuses({ marker: "op-42" }, /marker must be a UUID/);
    refuses({ guestId: "" }, /guestId/);
    expect(() => checkCloneSpec({ marker: "x", name: "a", sourceInstanceUuid: valid.marker })).toThrow(/marker/);
  });

  it("refuses a reconfiguration that changes nothing or grows a disk past the limit", () => {
    expect(() => checkReconfigureSpec({})).toThrow(/changes nothing/);
    expect(() => checkReconfigureSpec({ addDisks: [] })).toThrow(/changes nothing/);
    expect(() => checkReconfigureSpec({ growDisks: [{ key: 2000, capacityGb: 63_488 }] })).not.toThrow();
    expect(() => checkReconfigureSpec({ growDisks: [{ key: 2000, capacityGb: 63_489 }] })).toThrow(/growDisks\[0\]/);
    expect(() => checkReconfigureSpec({ vcpuCount: 769 })).toThrow(/vcpuCount/);
  });
});
