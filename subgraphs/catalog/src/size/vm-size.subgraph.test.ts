import { customerUser, providerStaff, resellerUser, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type catalogTables, vmSizes } from "../db/schema";
import { seedTestCatalog } from "../estimate/test-catalog";
import { catalogSubgraph } from "../index";
import { insertPrice } from "../product/product-price.store";
import { findProductRowBySku } from "../product/product.store";

const TOTALS =
  "monthlySubtotal { amount } hourlyRate { amount } vat { rate amount { amount } } monthlyTotal { amount }";
const SIZES = `{ vmSizes { name description vcpuCount memoryGb bootDisk { tier capacityGb }
  estimate { lines { sku quantity amount { amount } } ${TOTALS} } } }`;
const ESTIMATE = `query($input: VmEstimateInput!) { estimateVm(input: $input) {
  lines { description sku quantity amount { amount } } ${TOTALS} } }`;
const CREATE = `mutation($input: CreateVmSizeInput!) { createVmSize(input: $input) {
  name description vcpuCount memoryGb bootDisk { tier capacityGb } estimate { monthlyTotal { amount } } } }`;
const RETIRE = `mutation($name: String!) { retireVmSize(name: $name) { name } }`;

interface SizeAnswer {
  name: string;
  vcpuCount: number;
  memoryGb: number;
  bootDisk: { tier: string; capacityGb: number };
  estimate: { lines: { sku: string; quantity: string; amount: { amount: string } }[] } & Record<string, unknown>;
}

const NEW_SIZE = {
  name: "general.tiny",
  description: "One vCPU and 1 GB for a jump host",
  vcpuCount: 1,
  memoryGb: 1,
  bootDisk: { tier: "ARCHIVE", capacityGb: 20 },
};

describe("named VM sizes", () => {
  let subgraph: TestSubgraph<typeof catalogTables>;
  const reader = () => customerUser(randomUUID(), "read_only");
  const sizes = async (as: ReturnType<typeof reader> | null = reader()) => {
    const result = await subgraph.request<{ vmSizes: SizeAnswer[] }>(SIZES, {}, { as });
    expect(result.errors).toBeUndefined();
    return result.data!.vmSizes;
  };
  const estimate = (input: Record<string, unknown>) =>
    subgraph.request<{ estimateVm: Record<string, unknown> }>(ESTIMATE, { input }, { as: reader() });
  const rowCount = async () => (await subgraph.database.db.select().from(vmSizes)).length;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(catalogSubgraph);
    await seedTestCatalog(subgraph.database.db);
  });
  afterAll(() => subgraph.close());

  it("lists the eight sizes from the migration by family, smallest first, for any signed-in caller", async () => {
    for (const as of [reader(), resellerUser(randomUUID(), []), providerStaff()]) {
      const listed = await sizes(as);
      expect(listed.map((size) => [size.name, size.vcpuCount, size.memoryGb, size.bootDisk])).toEqual([
        ["general.small", 1, 2, { tier: "STANDARD", capacityGb: 40 }],
        ["general.medium", 2, 4, { tier: "STANDARD", capacityGb: 60 }],
        ["general.large", 4, 8, { tier: "STANDARD", capacityGb: 80 }],
        ["general.xlarge", 8, 16, { tier: "STANDARD", capacityGb: 100 }],
        ["compute.large", 4, 4, { tier: "PERFORMANCE", capacityGb: 60 }],
        ["compute.xlarge", 8, 8, { tier: "PERFORMANCE", capacityGb: 80 }],
        ["memory.large", 4, 32, { tier: "PERFORMANCE", capacityGb: 80 }],
        ["memory.xlarge", 8, 64, { tier: "PERFORMANCE", capacityGb: 100 }],
      ]);
    }
  });

  it("prices each size alone to the cent, VAT included, like estimateVm", async () => {
    const listed = await sizes();
    const small = listed.find((size) => size.name === "general.small")!;
    // 1 × 730 × 0.42 = 306.60; 2 × 730 × 0.185 = 270.10; 40 × 1.15 = 46.00
    expect(small.estimate).toEqual({
      lines: [
        { sku: "compute.vcpu", quantity: "730", amount: { amount: "306.60" } },
        { sku: "compute.ram-gb", quantity: "1460", amount: { amount: "270.10" } },
        { sku: "storage.standard", quantity: "40", amount: { amount: "46.00" } },
      ],
      monthlySubtotal: { amount: "622.70" },
      hourlyRate: { amount: "0.85" }, // 0.853…
      vat: { rate: "0.1500", amount: { amount: "93.41" } }, // 93.405 rounds up
      monthlyTotal: { amount: "716.11" },
    });
    const memory = listed.find((size) => size.name === "memory.large")!;
    // 4 × 730 × 0.42 = 1226.40; 32 × 730 × 0.185 = 4321.60; 80 × 2.45 = 196.00
    expect(memory.estimate).toEqual({
      lines: [
        { sku: "compute.vcpu", quantity: "2920", amount: { amount: "1226.40" } },
        { sku: "compute.ram-gb", quantity: "23360", amount: { amount: "4321.60" } },
        { sku: "storage.performance", quantity: "80", amount: { amount: "196.00" } },
      ],
      monthlySubtotal: { amount: "5744.00" },
      hourlyRate: { amount: "7.87" }, // 7.868…
      vat: { rate: "0.1500", amount: { amount: "861.60" } },
      monthlyTotal: { amount: "6605.60" },
    });
    const direct = await estimate({ vcpuCount: 1, memoryGb: 2, disks: [{ tier: "STANDARD", capacityGb: 40 }] });
    expect(direct.data?.estimateVm).toMatchObject({ monthlyTotal: { amount: "716.11" } });
  });

  it("costs the same three queries (sizes, prices, VAT) for 8 sizes and for 12", async () => {
    subgraph.database.resetQueryCount();
    await sizes();
    const forEight = subgraph.database.queryCount();
    const extra = ["general.tiny-a", "general.tiny-b", "general.tiny-c", "general.tiny-d"];
    for (const name of extra) {
      const created = await subgraph.request(CREATE, { input: { ...NEW_SIZE, name } }, { as: providerStaff() });
      expect(created.errors).toBeUndefined();
    }
    subgraph.database.resetQueryCount();
    expect(await sizes()).toHaveLength(12);
    expect(subgraph.database.queryCount()).toBe(forEight);
    expect(forEight).toBe(3);
    for (const name of extra)
      expect((await subgraph.request(RETIRE, { name }, { as: providerStaff() })).errors).toBe(undefined);
  });

  it("estimates a size with extra disks, licences and IPs added to it", async () => {
    const result = await estimate({
      size: "general.medium",
      disks: [{ tier: "ARCHIVE", capacityGb: 500 }],
      licences: [{ sku: "licence.windows-server", quantity: 2 }],
      publicIpCount: 1,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.estimateVm).toEqual({
      lines: [
        { description: "2 vCPU × 730 h", sku: "compute.vcpu", quantity: "1460", amount: { amount: "613.20" } },
        { description: "4 GB RAM × 730 h", sku: "compute.ram-gb", quantity: "2920", amount: { amount: "540.20" } },
        {
          description: "Disk 1: 60 GB standard storage",
          sku: "storage.standard",
          quantity: "60",
          amount: { amount: "69.00" },
        },
        {
          description: "Disk 2: 500 GB archive storage",
          sku: "storage.archive",
          quantity: "500",
          amount: { amount: "190.00" },
        },
        {
          description: "2 × licence.windows-server × 730 h",
          sku: "licence.windows-server",
          quantity: "1460",
          amount: { amount: "138.70" },
        },
        { description: "1 public IPv4 address", sku: "network.public-ip", quantity: "1", amount: { amount: "95.00" } },
      ],
      monthlySubtotal: { amount: "1646.10" },
      hourlyRate: { amount: "2.25" }, // 2.254…
      vat: { rate: "0.1500", amount: { amount: "246.92" } }, // 246.915 rounds up
      monthlyTotal: { amount: "1893.02" },
    });
  });

  it.each([
    ["size", "Unknown VM size", { size: "general.huge" }],
    ["vcpuCount", "comes from the size", { size: "general.small", vcpuCount: 2 }],
    ["memoryGb", "comes from the size", { size: "general.small", memoryGb: 8 }],
    ["size", "either a size or both vcpuCount and memoryGb", {}],
    ["memoryGb", "memoryGb is required", { vcpuCount: 2 }],
    ["vcpuCount", "vcpuCount is required", { memoryGb: 2 }],
    [
      "disks[0].capacityGb",
      "disks[0].capacityGb must be",
      { size: "general.small", disks: [{ tier: "STANDARD", capacityGb: 0 }] },
    ],
    ["disks", "disks must be", { size: "general.small", disks: Array(16).fill({ tier: "STANDARD", capacityGb: 1 }) }],
    ["licences[0].sku", "Unknown SKU", { size: "general.small", licences: [{ sku: "licence.nope", quantity: 1 }] }],
  ])("answers a bad %s (%s) with BAD_USER_INPUT", async (field, message, input) => {
    const result = await estimate(input);
    expect(result.data).toBeNull();
    expect(result.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([
      ["BAD_USER_INPUT", field],
    ]);
    expect(result.errors?.[0]?.message).toContain(message);
  });

  it("lets provider staff add a size, priced at once; its name is unique", async () => {
    const created = await subgraph.request(CREATE, { input: NEW_SIZE }, { as: providerStaff({ role: "admin" }) });
    // 306.60 + 1 × 730 × 0.185 = 135.05 + 20 × 0.38 = 7.60 → 449.25; VAT 67.3875 → 67.39
    expect(created.data).toEqual({
      createVmSize: { ...NEW_SIZE, estimate: { monthlyTotal: { amount: "516.64" } } },
    });
    expect((await sizes()).map((size) => size.name)).toContain("general.tiny");
    const again = await subgraph.request(CREATE, { input: NEW_SIZE }, { as: providerStaff() });
    expect(again.errors?.map((error) => error.extensions?.code)).toEqual(["CONFLICT"]);
  });

  it.each([
    ["a bad name", { ...NEW_SIZE, name: "General Small" }, "name"],
    ["no description", { ...NEW_SIZE, name: "general.x1", description: "  " }, "description"],
    ["0 vCPUs", { ...NEW_SIZE, name: "general.x2", vcpuCount: 0 }, "vcpuCount"],
    ["too much RAM", { ...NEW_SIZE, name: "general.x3", memoryGb: 5000 }, "memoryGb"],
    [
      "an empty boot disk",
      { ...NEW_SIZE, name: "general.x4", bootDisk: { tier: "STANDARD", capacityGb: 0 } },
      "bootDisk.capacityGb",
    ],
  ])("refuses a size with %s and writes nothing", async (_, input, field) => {
    const before = await rowCount();
    const result = await subgraph.request(CREATE, { input }, { as: providerStaff() });
    expect(result.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([
      ["BAD_USER_INPUT", field],
    ]);
    expect(await rowCount()).toBe(before);
  });

  it.each([
    ["a customer owner", customerUser(randomUUID(), "owner")],
    ["a reseller owner", resellerUser(randomUUID(), [], "owner")],
    ["a provider member", providerStaff({ role: "member" })],
    ["a provider read-only key", providerStaff({ readOnly: true })],
  ])("refuses %s with FORBIDDEN and writes nothing", async (_, as) => {
    const before = await subgraph.database.db.select().from(vmSizes);
    const created = await subgraph.request(CREATE, { input: { ...NEW_SIZE, name: "general.intruder" } }, { as });
    const retired = await subgraph.request(RETIRE, { name: "general.small" }, { as });
    for (const result of [created, retired]) {
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
    }
    expect(await subgraph.database.db.select().from(vmSizes)).toEqual(before);
  });

  it("refuses the unauthenticated with UNAUTHENTICATED", async () => {
    for (const query of [SIZES, CREATE]) {
      const result = await subgraph.request(query, { input: NEW_SIZE }, { as: null });
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("lets provider staff retire a size: no longer listed nor estimated, and not retired twice", async () => {
    const retired = await subgraph.request(RETIRE, { name: "general.tiny" }, { as: providerStaff() });
    expect(retired.data).toEqual({ retireVmSize: { name: "general.tiny" } });
    expect((await sizes()).map((size) => size.name)).not.toContain("general.tiny");
    const priced = await estimate({ size: "general.tiny" });
    expect(priced.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([
      ["BAD_USER_INPUT", "size"],
    ]);
    const again = await subgraph.request(RETIRE, { name: "general.tiny" }, { as: providerStaff() });
    expect(again.errors?.map((error) => error.extensions?.code)).toEqual(["CONFLICT"]);
    const unknown = await subgraph.request(RETIRE, { name: "general.none" }, { as: providerStaff() });
    expect(unknown.errors?.map((error) => error.extensions?.code)).toEqual(["NOT_FOUND"]);
    const recreated = await subgraph.request(CREATE, { input: NEW_SIZE }, { as: providerStaff() });
    expect(recreated.errors?.map((error) => error.extensions?.code)).toEqual(["CONFLICT"]);
  });

  // Last: it changes the vCPU price for the rest of this database.
  it("prices sizes from the price in force when asked: a new price shows at once", async () => {
    const vcpu = await findProductRowBySku(subgraph.database.db, "compute.vcpu");
    await insertPrice(subgraph.database.db, {
      productId: vcpu!.id,
      micros: 500_000n,
      effectiveFrom: new Date(Date.now() - 1000),
    });
    const small = (await sizes()).find((size) => size.name === "general.small")!;
    // 730 × 0.50 = 365.00 + 270.10 + 46.00 = 681.10; VAT 102.165 → 102.17
    expect(small.estimate).toMatchObject({
      monthlySubtotal: { amount: "681.10" },
      vat: { amount: { amount: "102.17" } },
      monthlyTotal: { amount: "783.27" },
    });
  });
});
