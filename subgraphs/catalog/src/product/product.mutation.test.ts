import { customerUser, providerStaff, resellerUser, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type catalogTables, productPrices, products } from "../db/schema";
import { catalogSubgraph } from "../index";

const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { sku unit unitPrice { amount } } }`;
const SET_PRICE = `mutation($sku: String!, $price: Decimal!, $from: DateTimeISO!) {
  setProductPrice(sku: $sku, unitPrice: $price, effectiveFrom: $from) { sku unitPrice { amount } effectiveFrom } }`;
const LICENCE = {
  sku: "licence.sql-server-web",
  name: "SQL Server Web",
  category: "LICENCE",
  unit: "CORE_PACK_HOUR",
  unitPrice: "0.16",
};

describe("catalog mutations", () => {
  let subgraph: TestSubgraph<typeof catalogTables>;
  const counts = async () => ({
    products: (await subgraph.database.db.select().from(products)).length,
    prices: (await subgraph.database.db.select().from(productPrices)).length,
  });

  beforeAll(async () => {
    subgraph = await startTestSubgraph(catalogSubgraph);
  });
  afterAll(() => subgraph.close());

  it("lets provider owners and admins create products and schedule future prices", async () => {
    const created = await subgraph.request(CREATE, { input: LICENCE }, { as: providerStaff({ role: "owner" }) });
    expect(created.data).toEqual({
      createProduct: { sku: "licence.sql-server-web", unit: "CORE_PACK_HOUR", unitPrice: { amount: "0.160000" } },
    });
    const from = new Date(Date.now() + 86_400_000).toISOString();
    const priced = await subgraph.request(SET_PRICE, { sku: LICENCE.sku, price: "0.175", from });
    expect(priced.data).toEqual({
      setProductPrice: { sku: LICENCE.sku, unitPrice: { amount: "0.175000" }, effectiveFrom: from },
    });
  });

  it.each([
    ["a customer owner", customerUser(randomUUID(), "owner")],
    ["a reseller owner", resellerUser(randomUUID(), [], "owner")],
    ["a provider member", providerStaff({ role: "member" })],
    ["a provider read-only key", providerStaff({ readOnly: true })],
  ])("refuses %s with FORBIDDEN and writes nothing", async (_, as) => {
    const before = await counts();
    const created = await subgraph.request(CREATE, { input: { ...LICENCE, sku: "licence.other" } }, { as });
    const from = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const priced = await subgraph.request(SET_PRICE, { sku: LICENCE.sku, price: "9", from }, { as });
    for (const result of [created, priced]) {
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses the unauthenticated with UNAUTHENTICATED", async () => {
    const result = await subgraph.request(CREATE, { input: LICENCE }, { as: null });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
  });

  it.each([
    ["a bad SKU", CREATE, { input: { ...LICENCE, sku: "Bad SKU" } }, "BAD_USER_INPUT"],
    ["a negative price", CREATE, { input: { ...LICENCE, sku: "licence.x", unitPrice: "-1" } }, "BAD_USER_INPUT"],
    ["a taken SKU", CREATE, { input: LICENCE }, "CONFLICT"],
    ["a past price", SET_PRICE, { sku: LICENCE.sku, price: "1", from: "2020-01-01T00:00:00Z" }, "BAD_USER_INPUT"],
    [
      "an unknown SKU's price",
      SET_PRICE,
      { sku: "licence.none", price: "1", from: new Date(Date.now() + 9e7).toISOString() },
      "NOT_FOUND",
    ],
  ])("refuses %s and writes nothing", async (_, query, variables, code) => {
    const before = await counts();
    const result = await subgraph.request(query, variables);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual([code]);
    expect(await counts()).toEqual(before);
  });
});
