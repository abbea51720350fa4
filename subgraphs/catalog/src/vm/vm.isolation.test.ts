import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { resellerUser, startTestSubgraph, tenantCallers, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogContext } from "../context";
import type { catalogTables } from "../db/schema";
import { catalogSubgraph } from "../index";
import { organizationReference } from "../organization/organization.reference";
import { createProduct } from "../product/product.service";
import { ProductCategory, ProductUnit } from "../product/product.type";
import { VmResolver } from "./vm.resolver";

const ESTIMATE = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Vm { id estimatedMonthlyCost { monthlyTotal { amount } } } } }`;

/** A 1 vCPU VM of `organizationId`, as the gateway represents it for `@requires`. */
const vmOf = (organizationId: string, id = randomUUID()) => ({
  __typename: "Vm",
  id,
  vcpuCount: 1,
  memoryMib: 1024,
  disks: [],
  organization: { id: organizationId },
});

describe("catalog Vm isolation", () => {
  const { owner, foreign, allowed, denied } = tenantCallers();
  let subgraph: TestSubgraph<typeof catalogTables>;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(catalogSubgraph);
    const price = (sku: string, unit: ProductUnit, unitPrice: string) =>
      createProduct(subgraph.database.db, { sku, name: sku, category: ProductCategory.COMPUTE, unit, unitPrice });
    await price("compute.vcpu", ProductUnit.VCPU_HOUR, "0.1");
    await price("compute.ram-gb", ProductUnit.GB_RAM_HOUR, "0.05");
  });
  afterAll(() => subgraph.close());

  const estimate = (reps: ReturnType<typeof vmOf>[], as: Caller | null) =>
    subgraph.request<{ _entities: unknown[] }>(ESTIMATE, { reps }, { as });
  // 730 × R0.10 + 730 × R0.05 = R109.50
  const priced = (id: string) => ({ id, estimatedMonthlyCost: { monthlyTotal: { amount: "109.50" } } });

  it.each(allowed)("%s gets the estimate of the owner's VM", async (_, caller) => {
    const vm = vmOf(owner);
    expect(await estimate([vm], caller)).toEqual({ data: { _entities: [priced(vm.id)] } });
  });

  it.each(denied)("%s gets null for the owner's VM without a query", async (_, caller) => {
    subgraph.database.resetQueryCount();
    expect(await estimate([vmOf(owner)], caller)).toEqual({ data: { _entities: [null] } });
    expect(subgraph.database.queryCount()).toBe(0);
  });

  it("answers a mixed batch with only the VMs the caller may see", async () => {
    const [, foreignReseller] = denied[1]!;
    const [ownerVm, foreignVm] = [vmOf(owner), vmOf(foreign)];
    const result = await estimate([ownerVm, foreignVm], foreignReseller);
    expect(result).toEqual({ data: { _entities: [null, priced(foreignVm.id)] } });
  });

  it("keeps a reseller's query count at one for 2 and 20 VMs", async () => {
    const customers = Array.from({ length: 20 }, () => randomUUID());
    const reseller = resellerUser(randomUUID(), customers);
    const queriesFor = async (count: number) => {
      subgraph.database.resetQueryCount();
      const result = await estimate(
        customers.slice(0, count).map((customer) => vmOf(customer)),
        reseller,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities.every((vm) => vm !== null)).toBe(true);
      return subgraph.database.queryCount();
    };
    expect([await queriesFor(2), await queriesFor(20)]).toEqual([1, 1]);
  });

  describe.each(denied)("behind the reference, for %s", (_, caller) => {
    const context = () => createCatalogContext(subgraph.database.db, { caller, clientAddress: "127.0.0.1" });
    const ownerVm = { id: randomUUID(), vcpuCount: 1, memoryMib: 1024, disks: [], organization: { id: owner } };

    it("Vm.estimatedMonthlyCost is null", async () => {
      expect(await new VmResolver().estimatedMonthlyCost(ownerVm, context())).toBeNull();
    });

    it("an Organization reference is null", () => {
      expect(organizationReference.__resolveReference({ id: owner }, context())).toBeNull();
    });
  });

  it.each(allowed)("%s resolves the owner's Organization reference to its id", (_, caller) => {
    const ctx = createCatalogContext(subgraph.database.db, { caller, clientAddress: "127.0.0.1" });
    expect(organizationReference.__resolveReference({ id: owner }, ctx)).toEqual({ id: owner });
  });
});
