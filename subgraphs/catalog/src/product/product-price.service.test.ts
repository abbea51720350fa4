import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { catalogTables } from "../db/schema";
import { catalogSubgraph } from "../index";
import { setProductPrice } from "./product-price.service";
import { findPricesInForce } from "./product-price.store";
import { createProduct } from "./product.service";
import { listProducts } from "./product.store";
import { ProductCategory, ProductUnit } from "./product.type";

const DAY = 86_400_000;
const launched = new Date("2024-01-01T00:00:00Z");
const midway = new Date("2024-06-01T00:00:00Z");

describe("setProductPrice", () => {
  let database: Database<typeof catalogTables>;
  const priceAt = async (at: Date) => (await findPricesInForce(database.db, ["storage.archive"], at))[0]?.micros;

  beforeAll(async () => {
    database = await openTestDatabase(catalogSubgraph);
    await createProduct(database.db, {
      sku: "storage.archive",
      name: "Archive storage",
      category: ProductCategory.STORAGE,
      unit: ProductUnit.GB_MONTH,
      unitPrice: "0.35",
      effectiveFrom: launched,
    });
  });
  afterAll(() => database.close());

  it("schedules a price that applies from its date on and leaves earlier moments as they were", async () => {
    const nextWeek = new Date(Date.now() + 7 * DAY);
    const scheduled = await setProductPrice(database.db, {
      sku: "storage.archive",
      unitPrice: "0.4",
      effectiveFrom: nextWeek,
    });
    expect(scheduled).toEqual({
      sku: "storage.archive",
      unitPrice: "0.400000",
      currency: "ZAR",
      effectiveFrom: nextWeek,
    });

    expect(await priceAt(new Date(launched.getTime() - 1))).toBeUndefined();
    expect(await priceAt(launched)).toBe(350_000n);
    expect(await priceAt(midway)).toBe(350_000n);
    expect(await priceAt(new Date(nextWeek.getTime() - 1))).toBe(350_000n);
    expect(await priceAt(nextWeek)).toBe(400_000n);
    // Until next week the catalog still sells at the first price.
    expect((await listProducts(database.db))[0]?.unitPrice.amount).toBe("0.350000");
    expect((await listProducts(database.db, undefined, nextWeek))[0]?.unitPrice.amount).toBe("0.400000");
  });

  it.each([
    ["a date in the past", { effectiveFrom: midway }, "BAD_USER_INPUT"],
    ["a date before the latest price", { effectiveFrom: new Date(Date.now() + DAY) }, "BAD_USER_INPUT"],
    ["the latest price's own date", { effectiveFrom: "latest" }, "BAD_USER_INPUT"],
    ["a bad price", { unitPrice: "0.1234567", effectiveFrom: new Date(Date.now() + 30 * DAY) }, "BAD_USER_INPUT"],
    ["a negative price", { unitPrice: "-1", effectiveFrom: new Date(Date.now() + 30 * DAY) }, "BAD_USER_INPUT"],
    ["an unknown SKU", { sku: "storage.cold", effectiveFrom: new Date(Date.now() + 30 * DAY) }, "NOT_FOUND"],
    ["a malformed SKU", { sku: "Storage", effectiveFrom: new Date(Date.now() + 30 * DAY) }, "BAD_USER_INPUT"],
  ])("refuses %s and writes nothing", async (_what, change, code) => {
    const latest = (await findPricesInForce(database.db, ["storage.archive"], new Date(Date.now() + 365 * DAY)))[0]!;
    const effectiveFrom = change.effectiveFrom === "latest" ? latest.effectiveFrom : change.effectiveFrom;
    const input = { sku: "storage.archive", unitPrice: "0.5", ...change, effectiveFrom } as Parameters<
      typeof setProductPrice
    >[1];
    await expect(setProductPrice(database.db, input)).rejects.toMatchObject({ extensions: { code } });
    const after = (await findPricesInForce(database.db, ["storage.archive"], new Date(Date.now() + 365 * DAY)))[0]!;
    expect(after).toEqual(latest);
    expect(await priceAt(midway)).toBe(350_000n);
  });
});
