import { randomUUID } from "node:crypto";
import { printSubgraphSchema } from "@apollo/subgraph";
import { customerUser, providerStaff, startTestSubgraph, testServiceKeys, type TestSubgraph } from "@dcx/kit/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type catalogTables, productPrices, products, vatRates } from "../db/schema";
import { seedTestCatalog, TEST_PRODUCTS } from "../estimate/test-catalog";
import { catalogSubgraph } from "../index";
import { createProduct } from "../product/product.service";
import { ProductCategory, ProductUnit } from "../product/product.type";
import { formatUnitPrice, parseUnitPrice } from "../product/unit-price";
import { buildCatalogSchema } from "../schema";

const SCHEDULE = `query($since: DateTimeISO!, $until: DateTimeISO!) { priceSchedule(since: $since, until: $until) {
  prices { sku name unit unitPrice effectiveFrom } vatRates { rate effectiveFrom } } }`;

interface Schedule {
  priceSchedule: {
    prices: { sku: string; name: string; unit: string; unitPrice: string; effectiveFrom: string }[];
    vatRates: { rate: string; effectiveFrom: string }[];
  };
}

const SINCE = "2025-03-01T00:00:00.000Z";
const UNTIL = "2025-04-01T00:00:00.000Z";
const SEEDED = "2025-01-01T00:00:00.000Z";
/** The migration's 15 % from 2018-04-01 00:00 SAST. */
const VAT_2018 = "2018-03-31T22:00:00.000Z";

/** The catalog over real HTTP, trusting `telemetry-billing` (may read the schedule) and `vms` (may not). */
describe("the price schedule for the billing service", () => {
  const billing = testServiceKeys("telemetry-billing");
  const vms = testServiceKeys("vms");
  let subgraph: TestSubgraph<typeof catalogTables>;
  const ask = (as: typeof billing, variables: Record<string, unknown> = { since: SINCE, until: UNTIL }) =>
    as.client({ catalog: subgraph.server.graphqlUrl }).request<Schedule>("catalog", SCHEDULE, variables);

  beforeAll(async () => {
    subgraph = await startTestSubgraph(catalogSubgraph, undefined, {
      trustedServices: new Map([
        [billing.service, billing.publicKey],
        [vms.service, vms.publicKey],
      ]),
    });
    const db = subgraph.database.db;
    await seedTestCatalog(db);
    // Past prices go straight into the table: setProductPrice only schedules future ones.
    const price = async (sku: string, unitPrice: string, effectiveFrom: string) => {
      const [product] = await db.select().from(products).where(eq(products.sku, sku));
      await db
        .insert(productPrices)
        .values({ productId: product!.id, unitPrice, effectiveFrom: new Date(effectiveFrom) });
    };
    await price("compute.vcpu", "0.40", "2025-02-01T00:00:00Z"); // before the period: in force at its start
    await price("compute.vcpu", "0.43", "2025-03-10T00:00:00Z");
    await price("compute.vcpu", "0.45", "2025-03-20T12:30:00Z");
    await price("compute.vcpu", "0.50", UNTIL); // at the end: not in the period
    await price("compute.vcpu", "0.55", "2025-05-01T00:00:00Z");
    await price("compute.ram-gb", "0.2", SINCE); // exactly at the start: replaces the older one
    // First priced within the period (and, like any product, still billed once no longer sold).
    await createProduct(db, {
      sku: "licence.legacy-os",
      name: "Legacy OS",
      category: ProductCategory.LICENCE,
      unit: ProductUnit.INSTANCE_MONTH,
      unitPrice: "12.5",
      effectiveFrom: new Date("2025-03-15T00:00:00Z"),
    });
    // First priced at the end: not in the period.
    await createProduct(db, {
      sku: "support.later",
      name: "Later support",
      category: ProductCategory.SUPPORT,
      unit: ProductUnit.MONTH,
      unitPrice: "1",
      effectiveFrom: new Date(UNTIL),
    });
    await db.insert(vatRates).values([
      { rate: "0.16", effectiveFrom: new Date("2025-03-15T00:00:00Z") },
      { rate: "0.17", effectiveFrom: new Date(UNTIL) },
    ]);
  });
  afterAll(() => subgraph.close());

  it("holds every product's price in force at `since` and each change before `until`, oldest first", async () => {
    const result = await ask(billing);
    expect(result.errors).toBeUndefined();
    const { prices, vatRates: rates } = result.data!.priceSchedule;

    expect(prices.filter((price) => price.sku === "compute.vcpu")).toEqual([
      {
        sku: "compute.vcpu",
        name: "compute.vcpu",
        unit: "vcpu_hour",
        unitPrice: "0.400000",
        effectiveFrom: "2025-02-01T00:00:00.000Z",
      },
      {
        sku: "compute.vcpu",
        name: "compute.vcpu",
        unit: "vcpu_hour",
        unitPrice: "0.430000",
        effectiveFrom: "2025-03-10T00:00:00.000Z",
      },
      {
        sku: "compute.vcpu",
        name: "compute.vcpu",
        unit: "vcpu_hour",
        unitPrice: "0.450000",
        effectiveFrom: "2025-03-20T12:30:00.000Z",
      },
    ]);
    expect(rates).toEqual([
      { rate: "0.1500", effectiveFrom: VAT_2018 },
      { rate: "0.1600", effectiveFrom: "2025-03-15T00:00:00.000Z" },
    ]);

    // The whole answer: by SKU, and every other product at its one price from the seed.
    const unchanged = TEST_PRODUCTS.filter(([sku]) => sku !== "compute.vcpu" && sku !== "compute.ram-gb");
    const expected = [
      ...prices.filter((price) => price.sku === "compute.vcpu"),
      {
        sku: "compute.ram-gb",
        name: "compute.ram-gb",
        unit: "gb_ram_hour",
        unitPrice: "0.200000",
        effectiveFrom: SINCE,
      },
      {
        sku: "licence.legacy-os",
        name: "Legacy OS",
        unit: "instance_month",
        unitPrice: "12.500000",
        effectiveFrom: "2025-03-15T00:00:00.000Z",
      },
      ...unchanged.map(([sku, , unit, unitPrice]) => ({
        sku,
        name: sku,
        unit: unit as string,
        unitPrice: formatUnitPrice(parseUnitPrice(unitPrice)),
        effectiveFrom: SEEDED,
      })),
    ].sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : a.effectiveFrom < b.effectiveFrom ? -1 : 1));
    expect(prices).toEqual(expected);
    expect(prices.find((price) => price.sku === "network.public-ip")?.unitPrice).toBe("95.000000");
    expect(prices.find((price) => price.sku === "licence.sql-server-standard")?.unit).toBe("core_pack_hour");
  });

  it("answers only the price in force for a period without changes, and a change at `since` alone", async () => {
    const quiet = await ask(billing, { since: "2025-03-21T00:00:00Z", until: "2025-03-22T00:00:00Z" });
    expect(quiet.data!.priceSchedule.vatRates).toEqual([{ rate: "0.1600", effectiveFrom: "2025-03-15T00:00:00.000Z" }]);
    expect(quiet.data!.priceSchedule.prices.filter((price) => price.sku === "compute.vcpu")).toMatchObject([
      { unitPrice: "0.450000", effectiveFrom: "2025-03-20T12:30:00.000Z" },
    ]);
    const atChange = await ask(billing, { since: UNTIL, until: "2025-04-02T00:00:00Z" });
    expect(atChange.data!.priceSchedule.vatRates).toEqual([{ rate: "0.1700", effectiveFrom: UNTIL }]);
    expect(atChange.data!.priceSchedule.prices.find((price) => price.sku === "support.later")).toMatchObject({
      unitPrice: "1.000000",
      effectiveFrom: UNTIL,
    });
  });

  it("refuses an empty or reversed period and one over 400 days, naming the argument", async () => {
    for (const variables of [
      { since: SINCE, until: SINCE },
      { since: UNTIL, until: SINCE },
      { since: "2025-01-01T00:00:00Z", until: "2026-02-05T00:00:01Z" },
    ]) {
      const result = await ask(billing, variables);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "until" });
    }
    // 400 days exactly is allowed.
    const longest = await ask(billing, { since: "2025-01-01T00:00:00Z", until: "2026-02-05T00:00:00Z" });
    expect(longest.errors).toBeUndefined();
  });

  it("lets only telemetry-billing read it: FORBIDDEN for the VMs service and any person, UNAUTHENTICATED without a caller", async () => {
    const fromVms = await ask(vms);
    expect(fromVms.data).toBeNull();
    expect(fromVms.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", service: "vms" });
    for (const person of [providerStaff(), customerUser(randomUUID(), "owner")]) {
      const result = await subgraph.request(SCHEDULE, { since: SINCE, until: UNTIL }, { as: person });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const anonymous = await subgraph.request(SCHEDULE, { since: SINCE, until: UNTIL }, { as: null });
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("keeps the query and its types out of the public graph (@inaccessible)", async () => {
    const text = printSubgraphSchema(await buildCatalogSchema());
    expect(text).toMatch(
      /priceSchedule\((since|until): DateTimeISO!, (since|until): DateTimeISO!\): PriceSchedule! @inaccessible/,
    );
    for (const type of ["PriceSchedule", "ScheduledPrice", "ScheduledVatRate"]) {
      expect(text).toMatch(new RegExp(`type ${type} @inaccessible`));
    }
  });
});

describe("the price schedule's cost", () => {
  const billing = testServiceKeys("telemetry-billing");
  let subgraph: TestSubgraph<typeof catalogTables>;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(catalogSubgraph, undefined, {
      trustedServices: new Map([[billing.service, billing.publicKey]]),
    });
  });
  afterAll(() => subgraph.close());

  const addProducts = async (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      await createProduct(subgraph.database.db, {
        sku: `compute.part-${i}`,
        name: `Part ${i}`,
        category: ProductCategory.COMPUTE,
        unit: ProductUnit.VCPU_HOUR,
        unitPrice: "0.1",
        effectiveFrom: new Date("2025-01-01T00:00:00Z"),
      });
      // A change within the period too, so every product brings two rows.
      const [product] = await subgraph.database.db
        .select()
        .from(products)
        .where(eq(products.sku, `compute.part-${i}`));
      await subgraph.database.db
        .insert(productPrices)
        .values({ productId: product!.id, unitPrice: "0.2", effectiveFrom: new Date("2025-03-10T00:00:00Z") });
    }
  };
  const count = async (expectedRows: number) => {
    const client = billing.client({ catalog: subgraph.server.graphqlUrl });
    subgraph.database.resetQueryCount();
    const result = await client.request<Schedule>("catalog", SCHEDULE, { since: SINCE, until: UNTIL });
    expect(result.data?.priceSchedule.prices).toHaveLength(expectedRows);
    return subgraph.database.queryCount();
  };

  it("costs the same two queries for 3 products and for 30", async () => {
    await addProducts(0, 3);
    const few = await count(6);
    expect(few).toBe(2); // prices, VAT rates
    await addProducts(3, 30);
    expect(await count(60)).toBe(few);
  });
});
