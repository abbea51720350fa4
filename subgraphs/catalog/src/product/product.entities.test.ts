import { startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { catalogTables } from "../db/schema";
import { catalogSubgraph } from "../index";
import { createProduct } from "./product.service";
import { ProductCategory, ProductUnit } from "./product.type";

describe("catalog products over HTTP", () => {
  let subgraph: TestSubgraph<typeof catalogTables>;
  let ids: string[];

  beforeAll(async () => {
    subgraph = await startTestSubgraph(catalogSubgraph);
    ids = [];
    for (let n = 1; n <= 20; n += 1) {
      const product = await createProduct(subgraph.database.db, {
        sku: `licence.os-${String(n).padStart(2, "0")}`,
        name: `Operating system licence ${n}`,
        category: ProductCategory.LICENCE,
        unit: ProductUnit.INSTANCE_MONTH,
        unitPrice: `${n}.5`,
        effectiveFrom: new Date("2024-01-01T00:00:00Z"),
      });
      ids.push(product.id);
    }
    await createProduct(subgraph.database.db, {
      sku: "compute.vcpu",
      name: "vCPU",
      category: ProductCategory.COMPUTE,
      unit: ProductUnit.VCPU_HOUR,
      unitPrice: "0.1523",
    });
  });
  afterAll(() => subgraph.close());

  const resolveProducts = (productIds: string[]) =>
    subgraph.request(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Product { id sku unitPrice { amount currency } } } }`,
      { reps: productIds.map((id) => ({ __typename: "Product", id })) },
    );

  it("resolves Product references with their current price, unknown ids as null", async () => {
    const result = await resolveProducts([ids[1]!, "00000000-0000-4000-8000-000000000000", "not-a-uuid"]);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: ids[1], sku: "licence.os-02", unitPrice: { amount: "2.500000", currency: "ZAR" } },
      null,
      null,
    ]);
  });

  it("costs one query for 2 references and for 20", async () => {
    subgraph.database.resetQueryCount();
    expect((await resolveProducts(ids.slice(0, 2))).errors).toBeUndefined();
    const forTwo = subgraph.database.queryCount();

    subgraph.database.resetQueryCount();
    const twenty = await resolveProducts(ids);
    expect(twenty.errors).toBeUndefined();
    expect(twenty.data?._entities).toHaveLength(20);
    expect(subgraph.database.queryCount()).toBe(forTwo);
    expect(forTwo).toBe(1);
  });

  it("lists products of one category with their prices in force", async () => {
    const result = await subgraph.request(
      `query { products(category: COMPUTE) { sku name description category unit unitPrice { amount currency } priceEffectiveFrom } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.products).toEqual([
      {
        sku: "compute.vcpu",
        name: "vCPU",
        description: null,
        category: "COMPUTE",
        unit: "VCPU_HOUR",
        unitPrice: { amount: "0.152300", currency: "ZAR" },
        priceEffectiveFrom: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    const all = await subgraph.request<{ products: unknown[] }>(`{ products { sku } }`);
    expect(all.data?.products).toHaveLength(21);
  });
});
