import { customerUser, providerStaff, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { catalogTables } from "../db/schema";
import { createCatalogContext } from "../context";
import { catalogSubgraph } from "../index";

const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { sku } }`;
const SET_PRICE = `mutation($sku: String!, $price: Decimal!, $from: DateTimeISO!) {
  setProductPrice(sku: $sku, unitPrice: $price, effectiveFrom: $from) { sku } }`;
const SET_VAT = `mutation($rate: Decimal!, $from: DateTimeISO!) { setVatRate(rate: $rate, effectiveFrom: $from) { rate } }`;
const UPCOMING = `{ products(category: LICENCE) { sku unitPrice { amount } upcomingPrices { sku unitPrice { amount } effectiveFrom } }
  upcomingVatRates { rate effectiveFrom } }`;

interface Upcoming {
  products: { sku: string; unitPrice: { amount: string }; upcomingPrices: unknown[] }[];
  upcomingVatRates: { rate: string; effectiveFrom: string }[];
}

describe("scheduled price and VAT changes", () => {
  let subgraph: TestSubgraph<typeof catalogTables>;
  /** The request's "now": the real one unless a test moves it. */
  const clock: { now: Date | null } = { now: null };
  const staff = providerStaff({ role: "owner" });
  const days = (count: number) => new Date(Date.now() + count * 86_400_000).toISOString();
  const [inAWeek, inAMonth, inTwoMonths] = [days(7), days(30), days(60)];

  beforeAll(async () => {
    subgraph = await startTestSubgraph({
      ...catalogSubgraph,
      createContext: (db, identity) => createCatalogContext(db, identity, () => clock.now ?? new Date()),
    });
    for (const sku of ["licence.changing", "licence.steady"]) {
      const input = { sku, name: sku, category: "LICENCE", unit: "CORE_PACK_HOUR", unitPrice: "0.16" };
      expect((await subgraph.request(CREATE, { input }, { as: staff })).errors).toBeUndefined();
    }
    for (const [price, from] of [
      ["0.175", inAMonth],
      ["0.19", inTwoMonths],
    ]) {
      const scheduled = await subgraph.request(SET_PRICE, { sku: "licence.changing", price, from }, { as: staff });
      expect(scheduled.errors).toBeUndefined();
    }
    expect((await subgraph.request(SET_VAT, { rate: "0.16", from: inAWeek }, { as: staff })).errors).toBeUndefined();
  });
  afterAll(() => subgraph.close());

  it("shows any signed-in customer the prices to come beside the one in force, the soonest first", async () => {
    const result = await subgraph.request<Upcoming>(UPCOMING, {}, { as: customerUser(randomUUID(), "read_only") });
    expect(result.errors).toBeUndefined();
    const bySku = new Map(result.data!.products.map((product) => [product.sku, product]));
    expect(bySku.get("licence.changing")).toEqual({
      sku: "licence.changing",
      unitPrice: { amount: "0.160000" },
      upcomingPrices: [
        { sku: "licence.changing", unitPrice: { amount: "0.175000" }, effectiveFrom: inAMonth },
        { sku: "licence.changing", unitPrice: { amount: "0.190000" }, effectiveFrom: inTwoMonths },
      ],
    });
    expect(bySku.get("licence.steady")!.upcomingPrices).toEqual([]);
    expect(result.data!.upcomingVatRates).toEqual([{ rate: "0.1600", effectiveFrom: inAWeek }]);
  });

  it("drops a change from the list once it is in force", async () => {
    clock.now = new Date(inAMonth);
    try {
      const result = await subgraph.request<Upcoming>(UPCOMING, {}, { as: customerUser(randomUUID()) });
      const changing = result.data!.products.find((product) => product.sku === "licence.changing");
      expect(changing).toEqual({
        sku: "licence.changing",
        unitPrice: { amount: "0.175000" },
        upcomingPrices: [{ sku: "licence.changing", unitPrice: { amount: "0.190000" }, effectiveFrom: inTwoMonths }],
      });
      expect(result.data!.upcomingVatRates).toEqual([]);
    } finally {
      clock.now = null;
    }
  });

  it("refuses a caller that has not signed in", async () => {
    const result = await subgraph.request(UPCOMING, {}, { as: null });
    expect(result.errors?.map((error) => error.extensions?.code)).toContain("UNAUTHENTICATED");
  });
});
