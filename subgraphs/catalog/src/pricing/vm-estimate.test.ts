import { describe, expect, it } from "vitest";
import { EstimateInputError, estimateVm, type PricedProduct, type VmEstimateSpec, withVat } from "./vm-estimate";

/** The demo catalog's prices in micro-rand. */
const PRODUCTS: Record<string, PricedProduct> = {
  "compute.vcpu": { micros: 420_000n, currency: "ZAR", category: "compute", unit: "vcpu_hour" },
  "compute.ram-gb": { micros: 185_000n, currency: "ZAR", category: "compute", unit: "gb_ram_hour" },
  "storage.performance": { micros: 2_450_000n, currency: "ZAR", category: "storage", unit: "gb_month" },
  "storage.standard": { micros: 1_150_000n, currency: "ZAR", category: "storage", unit: "gb_month" },
  "storage.archive": { micros: 380_000n, currency: "ZAR", category: "storage", unit: "gb_month" },
  "network.public-ip": { micros: 95_000_000n, currency: "ZAR", category: "network", unit: "ip_month" },
  "licence.windows-server": { micros: 95_000n, currency: "ZAR", category: "licence", unit: "vcpu_hour" },
  "licence.sql-server-standard": { micros: 2_250_000n, currency: "ZAR", category: "licence", unit: "core_pack_hour" },
  "licence.rhel": { micros: 980_000_000n, currency: "ZAR", category: "licence", unit: "instance_month" },
  "backup.vm-daily": { micros: 149_000_000n, currency: "ZAR", category: "backup", unit: "instance_month" },
};
const productOf = (sku: string) => PRODUCTS[sku];
const VAT_15 = 1500n;
const base: VmEstimateSpec = { vcpuCount: 1, memoryGb: 1, disks: [], licences: [], publicIpCount: 0 };
const amounts = (spec: VmEstimateSpec, rate = VAT_15) => {
  const e = estimateVm(spec, productOf, rate);
  return {
    lines: e.lines.map((line) => [line.sku, line.quantity, line.amountCents]),
    subtotal: e.monthlySubtotalCents,
    hourly: e.hourlyRateCents,
    vat: e.vatCents,
    total: e.monthlyTotalCents,
  };
};

describe("estimateVm", () => {
  it("prices a small VM with a public IP; VAT 205.635 rounds half up to 205.64", () => {
    expect(
      amounts({
        ...base,
        vcpuCount: 2,
        memoryGb: 4,
        disks: [{ tier: "performance", capacityGb: 50 }],
        publicIpCount: 1,
      }),
    ).toEqual({
      lines: [
        ["compute.vcpu", "1460", 61_320n], // 2 × 730 × 0.42
        ["compute.ram-gb", "2920", 54_020n], // 4 × 730 × 0.185
        ["storage.performance", "50", 12_250n], // 50 × 2.45
        ["network.public-ip", "1", 9_500n],
      ],
      subtotal: 137_090n,
      hourly: 188n, // 1370.90 / 730 = 1.8779…
      vat: 20_564n, // 1370.90 × 0.15 = 205.635
      total: 157_654n,
    });
  });

  it("prices RAM given in MiB exactly: 1536 MiB is 1.5 GB, 1095 GB-hours", () => {
    expect(amounts({ vcpuCount: 1, memoryMib: 1536, disks: [], licences: [], publicIpCount: 0 })).toEqual({
      lines: [
        ["compute.vcpu", "730", 30_660n],
        ["compute.ram-gb", "1095", 20_258n], // 1095 × 0.185 = 202.575, half up
      ],
      subtotal: 50_918n,
      hourly: 70n, // 509.18 / 730 = 0.6975…
      vat: 7_638n, // 76.377
      total: 58_556n,
    });
    // The same VM in whole GB and in MiB costs the same.
    expect(amounts({ ...base, memoryGb: 4 })).toEqual(
      amounts({ vcpuCount: 1, memoryMib: 4096, disks: [], licences: [], publicIpCount: 0 }),
    );
  });

  it("prices disks of every tier, hourly licences and two IPs", () => {
    const spec: VmEstimateSpec = {
      vcpuCount: 4,
      memoryGb: 16,
      disks: [
        { tier: "performance", capacityGb: 100 },
        { tier: "standard", capacityGb: 500 },
        { tier: "archive", capacityGb: 1000 },
      ],
      licences: [
        { sku: "licence.windows-server", quantity: 4 },
        { sku: "licence.sql-server-standard", quantity: 2 },
      ],
      publicIpCount: 2,
    };
    expect(amounts(spec)).toEqual({
      lines: [
        ["compute.vcpu", "2920", 122_640n],
        ["compute.ram-gb", "11680", 216_080n],
        ["storage.performance", "100", 24_500n],
        ["storage.standard", "500", 57_500n],
        ["storage.archive", "1000", 38_000n],
        ["licence.windows-server", "2920", 27_740n], // 4 × 730 × 0.095
        ["licence.sql-server-standard", "1460", 328_500n], // 2 packs × 730 × 2.25
        ["network.public-ip", "2", 19_000n],
      ],
      subtotal: 833_960n,
      hourly: 1_142n, // 8339.60 / 730 = 11.424…
      vat: 125_094n, // exactly 1250.94
      total: 959_054n,
    });
  });

  it("prices a per-VM licence by the month; VAT 213.2475 rounds to 213.25", () => {
    expect(amounts({ ...base, licences: [{ sku: "licence.rhel", quantity: 1 }] })).toMatchObject({
      lines: [
        ["compute.vcpu", "730", 30_660n],
        ["compute.ram-gb", "730", 13_505n],
        ["licence.rhel", "1", 98_000n],
      ],
      subtotal: 142_165n,
      hourly: 195n,
      vat: 21_325n,
      total: 163_490n,
    });
  });

  it("rounds VAT half away from zero to the cent: 1.5 c → 2 c, 0.45 c → 0 c, at another rate", () => {
    const line = (cents: bigint) => [
      { description: "", sku: "x", quantity: "1", unitPriceMicros: 0n, amountCents: cents },
    ];
    expect(withVat("ZAR", line(10n), VAT_15).vatCents).toBe(2n);
    expect(withVat("ZAR", line(3n), VAT_15).vatCents).toBe(0n);
    expect(withVat("ZAR", line(137_090n), 1600n)).toMatchObject({ vatCents: 21_934n, monthlyTotalCents: 159_024n });
  });

  it.each([
    ["vcpuCount", { vcpuCount: 0 }],
    ["vcpuCount", { vcpuCount: 129 }],
    ["memoryGb", { memoryGb: -1 }],
    ["memoryGb", { memoryGb: 1.5 }],
    ["memoryMib", { memoryGb: undefined, memoryMib: 0 }],
    ["memoryMib", { memoryGb: undefined, memoryMib: 4 * 1024 * 1024 + 1 }],
    ["disks[0].capacityGb", { disks: [{ tier: "standard", capacityGb: 0 }] }],
    ["licences[0].quantity", { licences: [{ sku: "licence.rhel", quantity: -2 }] }],
    ["publicIpCount", { publicIpCount: -1 }],
    ["publicIpCount", { publicIpCount: 17 }],
    ["licences[0].sku", { licences: [{ sku: "licence.unknown", quantity: 1 }] }],
    ["licences[0].sku", { licences: [{ sku: "backup.vm-daily", quantity: 1 }] }],
  ] as [string, Partial<VmEstimateSpec>][])("rejects a bad %s", (field, change) => {
    const attempt = () => estimateVm({ ...base, ...change } as VmEstimateSpec, productOf, VAT_15);
    expect(attempt).toThrow(EstimateInputError);
    try {
      attempt();
    } catch (error) {
      expect((error as EstimateInputError).field).toBe(field);
    }
  });
});
