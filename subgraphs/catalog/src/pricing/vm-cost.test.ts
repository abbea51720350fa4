import { describe, expect, it } from "vitest";
import { estimateVmMonthlyCost, formatQuotient, MissingPriceError, type UnitPrice, type VmSpec } from "./vm-cost";

/** Rand prices per unit, as the catalog would hold them (micro-rand). */
const PRICES: Record<string, UnitPrice> = {
  "compute.vcpu": { micros: 152_300n, currency: "ZAR" }, // R0.152300 per vCPU-hour
  "compute.ram-gb": { micros: 61_250n, currency: "ZAR" }, // R0.061250 per GB-hour
  "storage.performance": { micros: 2_450_000n, currency: "ZAR" }, // R2.45 per GB-month
  "storage.standard": { micros: 1_200_000n, currency: "ZAR" }, // R1.20 per GB-month
  "storage.archive": { micros: 5_000n, currency: "ZAR" }, // R0.005 per GB-month
};
const priceOf = (sku: string) => PRICES[sku];

describe("estimateVmMonthlyCost", () => {
  it("prices vCPU, RAM and each disk for a 730-hour month", () => {
    const spec: VmSpec = {
      vcpuCount: 4,
      memoryMib: 8192,
      disks: [
        { capacityGb: 100, tier: "performance" },
        { capacityGb: 500, tier: "standard" },
      ],
    };
    const estimate = estimateVmMonthlyCost(spec, priceOf);
    expect(estimate.lines).toEqual([
      // 4 × 730 = 2920 vCPU-hours × R0.1523 = R444.716 → R444.72
      {
        description: "4 vCPU × 730 h",
        sku: "compute.vcpu",
        quantity: "2920",
        unitPriceMicros: 152_300n,
        amountCents: 44_472n,
      },
      // 8 GB × 730 = 5840 GB-hours × R0.06125 = R357.70
      {
        description: "8 GB RAM × 730 h",
        sku: "compute.ram-gb",
        quantity: "5840",
        unitPriceMicros: 61_250n,
        amountCents: 35_770n,
      },
      // 100 GB × R2.45 = R245.00; 500 GB × R1.20 = R600.00
      {
        description: "Disk 1: 100 GB performance storage",
        sku: "storage.performance",
        quantity: "100",
        unitPriceMicros: 2_450_000n,
        amountCents: 24_500n,
      },
      {
        description: "Disk 2: 500 GB standard storage",
        sku: "storage.standard",
        quantity: "500",
        unitPriceMicros: 1_200_000n,
        amountCents: 60_000n,
      },
    ]);
    // R444.72 + R357.70 + R245.00 + R600.00 = R1 647.42; / 730 = R2.25674 → R2.26 an hour
    expect(estimate).toMatchObject({ currency: "ZAR", monthlyTotalCents: 164_742n, hourlyRateCents: 226n });
  });

  it("keeps fractions of a GB of RAM exact by multiplying before dividing", () => {
    // 1536 MiB = 1.5 GB; × 730 = 1095 GB-hours × R0.06125 = R67.06875 → R67.07
    const ram15 = estimateVmMonthlyCost({ vcpuCount: 1, memoryMib: 1536, disks: [] }, priceOf).lines[1];
    expect(ram15).toMatchObject({ description: "1.5 GB RAM × 730 h", quantity: "1095", amountCents: 6_707n });
    // 1000 MiB = 0.9765625 GB; × 730 = 712.890625 GB-hours × R0.06125 = R43.66455078125 → R43.66
    const ram1000 = estimateVmMonthlyCost({ vcpuCount: 1, memoryMib: 1000, disks: [] }, priceOf).lines[1];
    expect(ram1000).toMatchObject({
      description: "0.9765625 GB RAM × 730 h",
      quantity: "712.890625",
      amountCents: 4_366n,
    });
  });

  it("rounds each line half away from zero once, then sums the rounded lines", () => {
    const tinyDisks = [
      { capacityGb: 1, tier: "archive" as const },
      { capacityGb: 1, tier: "archive" as const },
    ];
    const estimate = estimateVmMonthlyCost({ vcpuCount: 0, memoryMib: 0, disks: tinyDisks }, priceOf);
    // Each disk costs exactly R0.005 → R0.01; the total is R0.02, not round(R0.010) = R0.01.
    expect(estimate.lines.map((line) => line.amountCents)).toEqual([0n, 0n, 1n, 1n]);
    expect(estimate.monthlyTotalCents).toBe(2n);
    // R0.02 / 730 = R0.0000274 → R0.00
    expect(estimate.hourlyRateCents).toBe(0n);
  });

  it("rounds the hourly rate half up: R3.65 a month is R0.005 an hour → R0.01", () => {
    // 1 vCPU: 730 h × R0.005 = R3.65; no RAM, no disks; R3.65 / 730 = R0.005 exactly
    const halfCentVcpu = (sku: string) => (sku === "compute.vcpu" ? { micros: 5_000n, currency: "ZAR" } : PRICES[sku]);
    const estimate = estimateVmMonthlyCost({ vcpuCount: 1, memoryMib: 0, disks: [] }, halfCentVcpu);
    expect(estimate.monthlyTotalCents).toBe(365n);
    expect(estimate.hourlyRateCents).toBe(1n);
  });

  it("fails with the missing SKU instead of pricing it at zero", () => {
    const withoutArchive = (sku: string) => (sku === "storage.archive" ? undefined : PRICES[sku]);
    const spec: VmSpec = { vcpuCount: 2, memoryMib: 4096, disks: [{ capacityGb: 50, tier: "archive" }] };
    expect(() => estimateVmMonthlyCost(spec, withoutArchive)).toThrow(MissingPriceError);
    expect(() => estimateVmMonthlyCost(spec, withoutArchive)).toThrow(/storage\.archive/);
    // A VM without archive disks does not need that price.
    expect(estimateVmMonthlyCost({ ...spec, disks: [] }, withoutArchive).lines).toHaveLength(2);
  });

  it("refuses a mix of currencies and sizes that are not whole numbers", () => {
    const usdRam = (sku: string) => (sku === "compute.ram-gb" ? { micros: 1n, currency: "USD" } : PRICES[sku]);
    expect(() => estimateVmMonthlyCost({ vcpuCount: 1, memoryMib: 1024, disks: [] }, usdRam)).toThrow(
      /different currencies/,
    );
    expect(() => estimateVmMonthlyCost({ vcpuCount: 1.5, memoryMib: 1024, disks: [] }, priceOf)).toThrow(RangeError);
    expect(() => estimateVmMonthlyCost({ vcpuCount: 1, memoryMib: -1, disks: [] }, priceOf)).toThrow(RangeError);
  });
});

describe("formatQuotient", () => {
  it("writes exact decimals without trailing zeros", () => {
    expect(formatQuotient(2048n, 1024n)).toBe("2");
    expect(formatQuotient(1n, 1024n)).toBe("0.0009765625");
    expect(formatQuotient(730n * 1536n, 1024n)).toBe("1095");
  });
});
