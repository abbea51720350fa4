import { startTestSubgraph, tenantCallers, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { catalogTables } from "../db/schema";
import { catalogSubgraph } from "../index";
import { createProduct } from "./product.service";
import { type Product, ProductCategory, ProductUnit } from "./product.type";

const PRODUCTS = `{ products { sku } }`;
const PRODUCT_ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Product { sku } } }`;

/** The catalog is the provider's price list: every signed-in caller may read it, nobody else. */
describe("catalog product isolation", () => {
  const { allowed, denied } = tenantCallers();
  const signedIn = [...allowed, ...denied.filter(([, caller]) => caller)];
  let subgraph: TestSubgraph<typeof catalogTables>;
  let product: Product;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(catalogSubgraph);
    product = await createProduct(subgraph.database.db, {
      sku: "compute.vcpu",
      name: "vCPU",
      category: ProductCategory.COMPUTE,
      unit: ProductUnit.VCPU_HOUR,
      unitPrice: "0.1523",
    });
  });
  afterAll(() => subgraph.close());

  const reps = () => ({ reps: [{ __typename: "Product", id: product.id }] });

  it.each(signedIn)("%s reads products and Product references", async (_, caller) => {
    expect(await subgraph.request(PRODUCTS, {}, { as: caller })).toEqual({
      data: { products: [{ sku: "compute.vcpu" }] },
    });
    expect(await subgraph.request(PRODUCT_ENTITIES, reps(), { as: caller })).toEqual({
      data: { _entities: [{ sku: "compute.vcpu" }] },
    });
  });

  it("refuses products to an unauthenticated caller with UNAUTHENTICATED and reads nothing", async () => {
    subgraph.database.resetQueryCount();
    const result = await subgraph.request(PRODUCTS, {}, { as: null });
    expect(result.data).toBeNull();
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    expect(subgraph.database.queryCount()).toBe(0);
  });

  it("answers a Product reference of an unauthenticated caller with null, without a query", async () => {
    subgraph.database.resetQueryCount();
    expect(await subgraph.request(PRODUCT_ENTITIES, reps(), { as: null })).toEqual({ data: { _entities: [null] } });
    expect(subgraph.database.queryCount()).toBe(0);
  });
});
