import { sumMoney, type MoneyValue } from "./money";

/** The fields of a VM the organisation roll-up needs. */
export interface RollupVm {
  vcpuCount: number;
  memoryMib: number;
  disks: ReadonlyArray<{ capacityGb: number }>;
}

export interface Rollup {
  vmCount: number;
  vcpuCount: number;
  /** Total memory in GiB ("GB" in the dashboard), exact to 1/1024. */
  memoryGb: number;
  diskGb: number;
}

/** Sums the capacity of a VM list. Memory is summed in MiB (integers) and converted once. */
export function computeRollup(vms: readonly RollupVm[]): Rollup {
  let vcpuCount = 0;
  let memoryMib = 0;
  let diskGb = 0;
  for (const vm of vms) {
    vcpuCount += vm.vcpuCount;
    memoryMib += vm.memoryMib;
    for (const disk of vm.disks) diskGb += disk.capacityGb;
  }
  return { vmCount: vms.length, vcpuCount, memoryGb: memoryMib / 1024, diskGb };
}

export type MonthlyTotal =
  { status: "complete"; totals: MoneyValue[] } | { status: "incomplete"; missing: number; of: number };

/**
 * Total estimated monthly cost. If any VM's estimate is missing (its part of
 * the graph failed), there is no total: a partial sum would understate the bill.
 */
export function computeMonthlyTotal(estimates: ReadonlyArray<MoneyValue | null | undefined>): MonthlyTotal {
  const present = estimates.filter((estimate): estimate is MoneyValue => estimate != null);
  if (present.length < estimates.length) {
    return { status: "incomplete", missing: estimates.length - present.length, of: estimates.length };
  }
  return { status: "complete", totals: sumMoney(present) };
}
