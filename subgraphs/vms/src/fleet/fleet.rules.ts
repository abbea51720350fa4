import { formatScaled } from "@dcx/kit";
import { PowerState } from "../vm/vm.type";
import type { FleetRow } from "./fleet.store";
import type { Fleet } from "./fleet.type";

// 1/1024 = 0.0009765625: ten decimal places express any whole number divided by 1024 exactly.
const BINARY_SCALE = 10;

/** `value / 1024` as an exact decimal string without trailing zeros: 86016 → "84", 1536 → "1.5". */
export function per1024(value: bigint): string {
  const scaled = formatScaled((value * 10n ** BigInt(BINARY_SCALE)) / 1024n, BINARY_SCALE);
  return scaled.replace(/\.?0+$/, "");
}

/** Turns one organisation's per-power-state rows into its fleet. */
export function toFleet(organizationCount: number, rows: readonly FleetRow[]): Fleet {
  const sum = (pick: (row: FleetRow) => string) => rows.reduce((total, row) => total + BigInt(pick(row)), 0n);
  const vmCountIn = (state: PowerState) => Number(rows.find((row) => row.powerState === state)?.vmCount ?? 0);
  return {
    organizationCount,
    vmCount: Number(sum((row) => row.vmCount)),
    byPowerState: Object.values(PowerState).map((powerState) => ({ powerState, vmCount: vmCountIn(powerState) })),
    vcpuCount: Number(sum((row) => row.vcpuCount)),
    memoryGb: per1024(sum((row) => row.memoryMib)),
    diskTb: per1024(sum((row) => row.diskGb)),
  };
}
