import { describe, expect, it } from "vitest";
import { computeMonthlyTotal, computeRollup } from "./rollup";

const vm = (vcpuCount: number, memoryMib: number, disks: number[]) => ({
  vcpuCount,
  memoryMib,
  disks: disks.map((capacityGb) => ({ capacityGb })),
});

describe("computeRollup", () => {
  it("sums vCPU, memory and disk over all VMs", () => {
    const rollup = computeRollup([vm(2, 4096, [100, 500]), vm(4, 8192, [200]), vm(1, 512, [])]);
    expect(rollup).toEqual({ vmCount: 3, vcpuCount: 7, memoryGb: 12.5, diskGb: 800 });
  });

  it("matches the customer roll-up from the original platform (5 VMs, 30 cores, 84 GB)", () => {
    const vms = [
      vm(8, 24576, [200]),
      vm(8, 24576, [200]),
      vm(6, 16384, [200]),
      vm(4, 12288, [200]),
      vm(4, 8192, [224]),
    ];
    expect(computeRollup(vms)).toEqual({ vmCount: 5, vcpuCount: 30, memoryGb: 84, diskGb: 1024 });
  });

  it("is all zeros for an organisation without VMs", () => {
    expect(computeRollup([])).toEqual({ vmCount: 0, vcpuCount: 0, memoryGb: 0, diskGb: 0 });
  });
});

describe("computeMonthlyTotal", () => {
  it("sums the estimates exactly", () => {
    expect(
      computeMonthlyTotal([
        { amount: "1234.56", currency: "ZAR" },
        { amount: "0.44", currency: "ZAR" },
        { amount: "98765.10", currency: "ZAR" },
      ]),
    ).toEqual({ status: "complete", totals: [{ amount: "100000.10", currency: "ZAR" }] });
  });

  it("refuses to total when an estimate is missing instead of counting it as zero", () => {
    expect(computeMonthlyTotal([{ amount: "100.00", currency: "ZAR" }, null, undefined])).toEqual({
      status: "incomplete",
      missing: 2,
      of: 3,
    });
  });

  it("has no totals for no VMs", () => {
    expect(computeMonthlyTotal([])).toEqual({ status: "complete", totals: [] });
  });
});
