import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { catalogTables } from "../db/schema";
import { catalogSubgraph } from "../index";
import { createProduct, type CreateProductInput } from "./product.service";
import { listProducts } from "./product.store";
import { ProductCategory, ProductUnit } from "./product.type";

const VCPU: CreateProductInput = {
  sku: "compute.vcpu",
  name: "vCPU",
  description: "  One virtual CPU for an hour  ",
  category: ProductCategory.COMPUTE,
  unit: ProductUnit.VCPU_HOUR,
  unitPrice: "0.1523",
  effectiveFrom: new Date("2024-01-01T00:00:00Z"),
};

describe("createProduct", () => {
  let database: Database<typeof catalogTables>;

  beforeAll(async () => {
    database = await openTestDatabase(catalogSubgraph);
    await createProduct(database.db, VCPU);
  });
  afterAll(() => database.close());

  it("stores the product with its first price at full precision", async () => {
    const [vcpu] = await listProducts(database.db);
    expect(vcpu).toMatchObject({
      sku: "compute.vcpu",
      name: "vCPU",
      description: "One virtual CPU for an hour",
      category: ProductCategory.COMPUTE,
      unit: ProductUnit.VCPU_HOUR,
      unitPrice: { amount: "0.152300", currency: "ZAR" },
      priceEffectiveFrom: new Date("2024-01-01T00:00:00Z"),
    });
  });

  it("prices a product from now when no date is given, and lists by category and SKU", async () => {
    const before = Date.now();
    const disk = await createProduct(database.db, {
      sku: "storage.performance",
      name: "Performance storage",
      category: ProductCategory.STORAGE,
      unit: ProductUnit.GB_MONTH,
      unitPrice: "2.45",
    });
    expect(disk.description).toBeNull();
    expect(disk.priceEffectiveFrom.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect((await listProducts(database.db, ProductCategory.STORAGE)).map((p) => p.sku)).toEqual([
      "storage.performance",
    ]);
    expect((await listProducts(database.db)).map((p) => p.sku)).toEqual(["compute.vcpu", "storage.performance"]);
  });

  it.each([
    [{ sku: "VCPU" }, "sku"],
    [{ sku: "compute" }, "sku"],
    [{ sku: "compute..vcpu" }, "sku"],
    [{ sku: "compute.v cpu" }, "sku"],
    [{ name: " X " }, "name"],
    [{ name: "x".repeat(101) }, "name"],
    [{ description: "d".repeat(1001) }, "description"],
    [{ name: "Red Hat\u0000" }, "name"],
    [{ name: "Red\nHat" }, "name"],
    [{ name: "Red Hat \u001b[31m" }, "name"],
    [{ name: "RHEL \u202Eexe.txt" }, "name"],
    [{ description: "Line one\u0085line two" }, "description"],
    [{ category: "hardware" }, "category"],
    [{ unit: "vcpu_day" }, "unit"],
    [{ unitPrice: "-0.01" }, "unitPrice"],
    [{ unitPrice: "0.0000001" }, "unitPrice"],
    [{ unitPrice: "1e3" }, "unitPrice"],
    [{ unitPrice: "R5" }, "unitPrice"],
    [{ unitPrice: "" }, "unitPrice"],
    [{ unitPrice: "1000000000000" }, "unitPrice"],
    [{ effectiveFrom: new Date("not a date") }, "effectiveFrom"],
    [{ effectiveFrom: new Date(Date.now() + 86_400_000) }, "effectiveFrom"],
  ])("refuses %o as BAD_USER_INPUT on %s and writes nothing", async (change, field) => {
    const input = { ...VCPU, sku: "network.public-ip", ...change } as CreateProductInput;
    await expect(createProduct(database.db, input)).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field },
    });
    expect((await listProducts(database.db)).map((p) => p.sku)).not.toContain(input.sku);
  });

  it("trims names and descriptions and takes them at their limits: 2 and 100, 1000 characters", async () => {
    const short = await createProduct(database.db, {
      ...VCPU,
      sku: "licence.short",
      name: "  RH  ",
      description: "  ",
    });
    expect([short.name, short.description]).toEqual(["RH", null]);
    const long = await createProduct(database.db, {
      ...VCPU,
      sku: "licence.long",
      name: "n".repeat(100),
      description: "d".repeat(1000),
    });
    expect([long.name.length, long.description?.length]).toEqual([100, 1000]);
  });

  it("accepts prices at the limits: zero and six decimal places", async () => {
    const free = await createProduct(database.db, { ...VCPU, sku: "support.basic", unitPrice: "0" });
    expect(free.unitPrice.amount).toBe("0.000000");
    const fine = await createProduct(database.db, { ...VCPU, sku: "network.transfer", unitPrice: "0.000001" });
    expect(fine.unitPrice.amount).toBe("0.000001");
  });

  it("refuses a second product with the same SKU and keeps the first one's price", async () => {
    await expect(createProduct(database.db, { ...VCPU, name: "Another vCPU", unitPrice: "9" })).rejects.toMatchObject({
      extensions: { code: "CONFLICT" },
    });
    const vcpus = (await listProducts(database.db)).filter((p) => p.sku === "compute.vcpu");
    expect(vcpus).toHaveLength(1);
    expect(vcpus[0]?.unitPrice.amount).toBe("0.152300");
  });
});
