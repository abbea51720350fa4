import { divideRoundHalfUp } from "@dcx/kit";

/**
 * A VM's estimated monthly cost, computed exactly. Prices are micro-units (scale 6) of a
 * currency; every line is computed in bigint and rounded half away from zero to the cent ONCE;
 * the monthly total is the sum of the rounded lines; amounts exclude VAT.
 */

/** The billing month: 730 hours (8 760 hours a year / 12). */
export const HOURS_PER_MONTH = 730n;
const MIB_PER_GB = 1024n;
/** From micro-units (scale 6) to cents (scale 2). */
const MICROS_PER_CENT = 10_000n;

export type DiskTier = "performance" | "standard" | "archive";

export const VCPU_SKU = "compute.vcpu";
export const RAM_SKU = "compute.ram-gb";
export const storageSku = (tier: DiskTier) => `storage.${tier}`;
/** Every SKU an estimate may need, so that one lookup serves any VM. */
export const VM_PRICE_SKUS = [VCPU_SKU, RAM_SKU, ...(["performance", "standard", "archive"] as const).map(storageSku)];

export interface VmSpec {
  vcpuCount: number;
  memoryMib: number;
  disks: readonly { capacityGb: number; tier: DiskTier }[];
}

export interface UnitPrice {
  /** Price per unit in micro-units of `currency`. */
  micros: bigint;
  currency: string;
}

export interface CostLineItem {
  description: string;
  sku: string;
  /** Exact decimal count of the units the price is per (vCPU-hours, GB-hours, GB-months). */
  quantity: string;
  unitPriceMicros: bigint;
  amountCents: bigint;
}

export interface VmCostBreakdown {
  currency: string;
  lines: CostLineItem[];
  monthlyTotalCents: bigint;
  /** The monthly total over 730 hours, rounded half away from zero to the cent. */
  hourlyRateCents: bigint;
}

export class MissingPriceError extends Error {
  constructor(readonly sku: string) {
    super(`No price is in force for ${sku}, so the cost cannot be estimated`);
    this.name = "MissingPriceError";
  }
}

export function estimateVmMonthlyCost(
  spec: VmSpec,
  priceOf: (sku: string) => UnitPrice | null | undefined,
): VmCostBreakdown {
  const currencies = new Set<string>();
  const line = (description: string, sku: string, numerator: bigint, denominator: bigint) =>
    priceLine(priceOf, currencies, { description, sku, numerator, denominator });

  const vcpus = count(spec.vcpuCount, "vcpuCount");
  const mib = count(spec.memoryMib, "memoryMib");
  const lines = [
    // quantity = vCPUs × 730 vCPU-hours
    line(`${vcpus} vCPU × ${HOURS_PER_MONTH} h`, VCPU_SKU, vcpus * HOURS_PER_MONTH, 1n),
    // quantity = MiB × 730 / 1024 GB-hours: the division comes last, so the fraction stays exact.
    line(
      `${formatQuotient(mib, MIB_PER_GB)} GB RAM × ${HOURS_PER_MONTH} h`,
      RAM_SKU,
      mib * HOURS_PER_MONTH,
      MIB_PER_GB,
    ),
    ...spec.disks.map((disk, index) => {
      const capacity = count(disk.capacityGb, `disks[${index}].capacityGb`);
      return line(`Disk ${index + 1}: ${capacity} GB ${disk.tier} storage`, storageSku(disk.tier), capacity, 1n);
    }),
  ];
  // Catalog data, not the caller's input, is at fault here: a plain (internal) error.
  if (currencies.size > 1) throw new Error(`Prices are in different currencies: ${[...currencies].join(", ")}`);

  const monthlyTotalCents = lines.reduce((total, item) => total + item.amountCents, 0n);
  return {
    currency: [...currencies][0]!,
    lines,
    monthlyTotalCents,
    hourlyRateCents: divideRoundHalfUp(monthlyTotalCents, HOURS_PER_MONTH),
  };
}

/** One line of quantity (numerator / denominator) at the SKU's price, rounded to the cent once. */
export function priceLine(
  priceOf: (sku: string) => UnitPrice | null | undefined,
  currencies: Set<string>,
  item: { description: string; sku: string; numerator: bigint; denominator: bigint },
): CostLineItem {
  const price = priceOf(item.sku);
  if (!price) throw new MissingPriceError(item.sku);
  currencies.add(price.currency);
  return {
    description: item.description,
    sku: item.sku,
    quantity: formatQuotient(item.numerator, item.denominator),
    unitPriceMicros: price.micros,
    amountCents: divideRoundHalfUp(item.numerator * price.micros, item.denominator * MICROS_PER_CENT),
  };
}

export function count(value: number, field: string): bigint {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${field} must be a whole number ≥ 0, got ${value}`);
  }
  return BigInt(value);
}

/** numerator / denominator as an exact decimal without trailing zeros; the denominator must be 2^a·5^b. */
export function formatQuotient(numerator: bigint, denominator: bigint): string {
  for (let scale = 0; scale <= 30; scale += 1) {
    const scaled = numerator * 10n ** BigInt(scale);
    if (scaled % denominator !== 0n) continue;
    const digits = (scaled / denominator).toString().padStart(scale + 1, "0");
    return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  }
  throw new RangeError(`${numerator}/${denominator} has no short exact decimal form`);
}
