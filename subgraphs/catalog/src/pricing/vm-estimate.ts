import { divideRoundHalfUp } from "@dcx/kit";
import {
  count,
  type CostLineItem,
  estimateVmMonthlyCost,
  HOURS_PER_MONTH,
  priceLine,
  type UnitPrice,
  type VmSpec,
} from "./vm-cost";

/**
 * A full VM estimate: the VM's own lines (vCPU, RAM, disks, from `estimateVmMonthlyCost`), then
 * licences and public IPs, then VAT. Every line is rounded half away from zero to the cent once;
 * the subtotal is the sum of the lines; VAT is subtotal × rate rounded half away from zero to the
 * cent; the total is subtotal + VAT.
 */

export const PUBLIC_IP_SKU = "network.public-ip";
/** VAT rates are fractions at scale 4: 0.1500 is 1500n. */
export const VAT_RATE_SCALE = 4;
const VAT_RATE_ONE = 10n ** BigInt(VAT_RATE_SCALE);

/** Units priced per hour: a month of them is quantity × 730 hours. Others are per month. */
const HOURLY_UNITS = new Set(["vcpu_hour", "gb_ram_hour", "core_pack_hour"]);

export const LIMITS = {
  vcpuCount: [1, 128],
  memoryGb: [1, 4096],
  /** The same ceiling in MiB, for VMs whose memory is not a whole number of GB (e.g. 1536 MiB). */
  memoryMib: [1, 4096 * 1024],
  disks: [0, 16],
  capacityGb: [1, 65_536],
  licences: [0, 16],
  licenceQuantity: [1, 1024],
  publicIpCount: [0, 16],
} as const satisfies Record<string, readonly [number, number]>;

/** RAM in whole GB (sizes, people) or in MiB (a VM as vCenter has it): exactly one of the two. */
export type VmEstimateSpec = {
  vcpuCount: number;
  disks: VmSpec["disks"];
  licences: readonly { sku: string; quantity: number }[];
  publicIpCount: number;
} & ({ memoryGb: number; memoryMib?: undefined } | { memoryMib: number; memoryGb?: undefined });

export interface PricedProduct extends UnitPrice {
  category: string;
  unit: string;
}

export interface VmEstimateBreakdown {
  currency: string;
  lines: CostLineItem[];
  monthlySubtotalCents: bigint;
  hourlyRateCents: bigint;
  vatRate: bigint;
  vatCents: bigint;
  monthlyTotalCents: bigint;
}

/** The caller's specification is wrong; `field` names the offending input path. */
export class EstimateInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = "EstimateInputError";
  }
}

export function inRange(value: number, field: string, [min, max]: readonly [number, number]): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new EstimateInputError(`${field} must be a whole number from ${min} to ${max}, got ${value}`, field);
  }
  return value;
}

/** Checks the specification's counts and ranges; the SKUs are checked against the catalog later. */
export function checkVmEstimateSpec(spec: VmEstimateSpec): void {
  inRange(spec.vcpuCount, "vcpuCount", LIMITS.vcpuCount);
  if (spec.memoryMib !== undefined) inRange(spec.memoryMib, "memoryMib", LIMITS.memoryMib);
  else inRange(spec.memoryGb, "memoryGb", LIMITS.memoryGb);
  inRange(spec.disks.length, "disks", LIMITS.disks);
  spec.disks.forEach((disk, i) => inRange(disk.capacityGb, `disks[${i}].capacityGb`, LIMITS.capacityGb));
  inRange(spec.licences.length, "licences", LIMITS.licences);
  spec.licences.forEach((licence, i) => inRange(licence.quantity, `licences[${i}].quantity`, LIMITS.licenceQuantity));
  inRange(spec.publicIpCount, "publicIpCount", LIMITS.publicIpCount);
}

export function estimateVm(
  spec: VmEstimateSpec,
  productOf: (sku: string) => PricedProduct | null | undefined,
  vatRate: bigint,
): VmEstimateBreakdown {
  checkVmEstimateSpec(spec);
  const memoryMib = spec.memoryMib !== undefined ? spec.memoryMib : spec.memoryGb * 1024;
  const vm = estimateVmMonthlyCost({ vcpuCount: spec.vcpuCount, memoryMib, disks: spec.disks }, productOf);
  const currencies = new Set([vm.currency]);

  const licenceLines = spec.licences.map((licence, i) => {
    const product = productOf(licence.sku);
    if (!product) throw new EstimateInputError(`Unknown SKU ${licence.sku}`, `licences[${i}].sku`);
    if (product.category !== "licence") {
      throw new EstimateInputError(`${licence.sku} is not a licence`, `licences[${i}].sku`);
    }
    const quantity = count(licence.quantity, `licences[${i}].quantity`);
    const hourly = HOURLY_UNITS.has(product.unit);
    return priceLine(productOf, currencies, {
      description: hourly ? `${quantity} × ${licence.sku} × ${HOURS_PER_MONTH} h` : `${quantity} × ${licence.sku}`,
      sku: licence.sku,
      numerator: hourly ? quantity * HOURS_PER_MONTH : quantity,
      denominator: 1n,
    });
  });
  const ips = BigInt(spec.publicIpCount);
  const ipLines = ips > 0n ? [priceLine(productOf, currencies, ipLine(ips))] : [];
  if (currencies.size > 1) throw new Error(`Prices are in different currencies: ${[...currencies].join(", ")}`);

  const lines = [...vm.lines, ...licenceLines, ...ipLines];
  return withVat(vm.currency, lines, vatRate);
}

const ipLine = (ips: bigint) => ({
  description: `${ips} public IPv4 address${ips === 1n ? "" : "es"}`,
  sku: PUBLIC_IP_SKU,
  numerator: ips,
  denominator: 1n,
});

/** Subtotal = Σ lines; VAT = subtotal × rate rounded half away from zero; total = subtotal + VAT. */
export function withVat(currency: string, lines: CostLineItem[], vatRate: bigint): VmEstimateBreakdown {
  if (vatRate < 0n || vatRate >= VAT_RATE_ONE) throw new RangeError(`VAT rate out of range: ${vatRate}`);
  const monthlySubtotalCents = lines.reduce((total, line) => total + line.amountCents, 0n);
  const vatCents = divideRoundHalfUp(monthlySubtotalCents * vatRate, VAT_RATE_ONE);
  return {
    currency,
    lines,
    monthlySubtotalCents,
    hourlyRateCents: divideRoundHalfUp(monthlySubtotalCents, HOURS_PER_MONTH),
    vatRate,
    vatCents,
    monthlyTotalCents: monthlySubtotalCents + vatCents,
  };
}
