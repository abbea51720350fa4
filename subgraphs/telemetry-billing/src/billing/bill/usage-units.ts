import { STORAGE_TIERS } from "../metering/metering.sql";

/** A month of any product is billed as 730 hours, as the catalog's estimate prices it. */
export const BILLED_HOURS_PER_MONTH = 730n;
const SECONDS_PER_HOUR = 3600n;
const MIB_PER_GB = 1024n;
/** Units priced per hour; every other unit is priced per month. */
const HOURLY_UNITS = new Set(["vcpu_hour", "gb_ram_hour", "core_pack_hour"]);

/** Sums of one VM's metering records over a stretch of hours with constant prices. */
export interface UsageTotals {
  existsSeconds: bigint;
  poweredOnSeconds: bigint;
  vcpuSeconds: bigint;
  memoryMibSeconds: bigint;
  storageGbSeconds: Record<(typeof STORAGE_TIERS)[number], bigint>;
  publicIpSeconds: bigint;
  licences: { sku: string; quantity: number }[];
}

/** A billable quantity as unit-seconds over a divisor (MiB to GB), before the month's scaling. */
export interface UsageItem {
  sku: string;
  unitSeconds: bigint;
  divisor: bigint;
}

/** What a VM's usage totals bill, by catalog SKU. Licences need their unit: hourly ones count powered-on time. */
export function usageItems(totals: UsageTotals, unitOf: (sku: string) => string | undefined): UsageItem[] {
  const items: UsageItem[] = [
    { sku: "compute.vcpu", unitSeconds: totals.vcpuSeconds, divisor: 1n },
    { sku: "compute.ram-gb", unitSeconds: totals.memoryMibSeconds, divisor: MIB_PER_GB },
    ...STORAGE_TIERS.map((tier) => ({
      sku: `storage.${tier}`,
      unitSeconds: totals.storageGbSeconds[tier],
      divisor: 1n,
    })),
    { sku: "network.public-ip", unitSeconds: totals.publicIpSeconds, divisor: 1n },
    ...totals.licences.map((licence) => {
      const hourly = HOURLY_UNITS.has(unitOf(licence.sku) ?? "");
      const seconds = hourly ? totals.poweredOnSeconds : totals.existsSeconds;
      return { sku: licence.sku, unitSeconds: seconds * BigInt(licence.quantity), divisor: 1n };
    }),
  ];
  return items.filter((item) => item.unitSeconds !== 0n);
}

/**
 * Unit-seconds of `unit` → billed units, as a fraction. A calendar month of N hours bills 730 hours,
 * so each of its hours counts 730/N: an hourly unit used all month bills quantity × 730 hours and a
 * monthly unit bills one month, exactly the catalog's estimate, in February as in March.
 */
export function billedUnits(unit: string, monthHours: number): { numerator: bigint; denominator: bigint } {
  const secondsInMonth = BigInt(monthHours) * SECONDS_PER_HOUR;
  return HOURLY_UNITS.has(unit)
    ? { numerator: BILLED_HOURS_PER_MONTH, denominator: secondsInMonth }
    : { numerator: 1n, denominator: secondsInMonth };
}
