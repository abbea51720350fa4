import { startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { catalogTables } from "../db/schema";
import { catalogSubgraph } from "../index";
import { createProduct } from "../product/product.service";
import { ProductCategory, ProductUnit } from "../product/product.type";

const ESTIMATE = `query($reps: [_Any!]!) {
  _entities(representations: $reps) {
    ... on Vm { id estimatedMonthlyCost {
      lines { description sku quantity unitPrice { amount currency } amount { amount currency } }
      monthlyTotal { amount currency } hourlyRate { amount currency } } }
  }
}`;

const ORGANIZATION = "0b7e6d5c-4a3b-4c2d-8e1f-9a8b7c6d5e4f";

/** A representation exactly as the gateway sends it for `@requires`: enum values by name. */
const vm = (id: string, vcpuCount: number, memoryMib: number, disks: [number, string][] = []) => ({
  __typename: "Vm",
  id,
  vcpuCount,
  memoryMib,
  disks: disks.map(([capacityGb, tier]) => ({ capacityGb, tier })),
  organization: { id: ORGANIZATION },
});

describe("Vm.estimatedMonthlyCost through _entities over HTTP", () => {
  let subgraph: TestSubgraph<typeof catalogTables>;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(catalogSubgraph);
    const db = subgraph.database.db;
    const effectiveFrom = new Date("2024-01-01T00:00:00Z");
    const price = (sku: string, unit: ProductUnit, unitPrice: string, category = ProductCategory.STORAGE) =>
      createProduct(db, { sku, name: sku, category, unit, unitPrice, effectiveFrom });
    await price("compute.vcpu", ProductUnit.VCPU_HOUR, "0.1523", ProductCategory.COMPUTE);
    await price("compute.ram-gb", ProductUnit.GB_RAM_HOUR, "0.06125", ProductCategory.COMPUTE);
    await price("storage.performance", ProductUnit.GB_MONTH, "2.45");
    await price("storage.standard", ProductUnit.GB_MONTH, "1.20");
    // No archive price: estimates that need one must fail, not cost R0.00.
  });
  afterAll(() => subgraph.close());

  it("prices each line, rounds it once and sums the rounded lines", async () => {
    const reps = [
      vm("vm-1", 4, 8192, [
        [100, "PERFORMANCE"],
        [500, "STANDARD"],
      ]),
    ];
    const result = await subgraph.request(ESTIMATE, { reps });
    expect(result.errors).toBeUndefined();
    const zar = (amount: string) => ({ amount, currency: "ZAR" });
    expect(result.data?._entities).toEqual([
      {
        id: "vm-1",
        estimatedMonthlyCost: {
          lines: [
            {
              description: "4 vCPU × 730 h",
              sku: "compute.vcpu",
              quantity: "2920",
              unitPrice: zar("0.152300"),
              amount: zar("444.72"),
            },
            {
              description: "8 GB RAM × 730 h",
              sku: "compute.ram-gb",
              quantity: "5840",
              unitPrice: zar("0.061250"),
              amount: zar("357.70"),
            },
            {
              description: "Disk 1: 100 GB performance storage",
              sku: "storage.performance",
              quantity: "100",
              unitPrice: zar("2.450000"),
              amount: zar("245.00"),
            },
            {
              description: "Disk 2: 500 GB standard storage",
              sku: "storage.standard",
              quantity: "500",
              unitPrice: zar("1.200000"),
              amount: zar("600.00"),
            },
          ],
          monthlyTotal: zar("1647.42"),
          hourlyRate: zar("2.26"),
        },
      },
    ]);
  });

  it("loads the prices once per request: 2 VMs and 20 VMs cost the same single query", async () => {
    const reps = (count: number) =>
      Array.from({ length: count }, (_, n) =>
        vm(`vm-${n}`, 1 + (n % 8), 1024 * (1 + n), [[20 + n, n % 2 ? "STANDARD" : "PERFORMANCE"]]),
      );
    subgraph.database.resetQueryCount();
    expect((await subgraph.request(ESTIMATE, { reps: reps(2) })).errors).toBeUndefined();
    const forTwo = subgraph.database.queryCount();

    subgraph.database.resetQueryCount();
    const twenty = await subgraph.request<{ _entities: unknown[] }>(ESTIMATE, {
      reps: reps(20),
    });
    expect(twenty.errors).toBeUndefined();
    expect(twenty.data?._entities).toHaveLength(20);
    expect(subgraph.database.queryCount()).toBe(forTwo);
    expect(forTwo).toBe(1);
  });

  it("errors with the missing SKU when a needed price is missing, and still prices the other VMs", async () => {
    const reps = [vm("cold", 2, 2048, [[1000, "ARCHIVE"]]), vm("warm", 1, 1536)];
    const result = await subgraph.request<{ _entities: unknown[] }>(ESTIMATE, { reps });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining("storage.archive"),
        path: ["_entities", 0, "estimatedMonthlyCost"],
        extensions: expect.objectContaining({ code: "NOT_FOUND", sku: "storage.archive" }),
      }),
    ]);
    expect(result.data?._entities[0]).toEqual({ id: "cold", estimatedMonthlyCost: null });
    // 730 × R0.1523 = R111.179 → R111.18; 1095 GB-hours × R0.06125 = R67.06875 → R67.07
    expect(result.data?._entities[1]).toMatchObject({ estimatedMonthlyCost: { monthlyTotal: { amount: "178.25" } } });
  });

  it("refuses representations without the sizes or the organisation it requires", async () => {
    const reps = [
      { __typename: "Vm", id: "vm-x", organization: { id: ORGANIZATION } },
      vm("vm-y", 1, 1024, [[10, "FAST"]]),
      { ...vm("vm-z", 1, 1024), organization: undefined },
      { ...vm("vm-w", 1, 1024), organization: { id: "vodacom" } },
    ];
    const result = await subgraph.request<{ _entities: unknown[] }>(ESTIMATE, { reps });
    expect(result.data?._entities).toEqual([null, null, null, null]);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(Array(4).fill("BAD_USER_INPUT"));
    expect(result.errors?.slice(2).map((error) => error.extensions?.field)).toEqual([
      "organization.id",
      "organization.id",
    ]);
  });
});
