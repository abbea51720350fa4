import { randomUUID } from "node:crypto";
import { customerUser, startTestSubgraph, testServiceKeys, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type catalogTables, vmSizes } from "../db/schema";
import { catalogSubgraph } from "../index";
import { seedTestCatalog } from "./test-catalog";
import { ESTIMATE_BATCH_MAX } from "./vm-estimates.service";

const TOTALS =
  "lines { sku quantity amount { amount } } monthlySubtotal { amount } vat { amount { amount } } monthlyTotal { amount }";
const ESTIMATE = `query($input: VmEstimateInput!) { estimateVm(input: $input) { ${TOTALS} } }`;
const ESTIMATES = `query($inputs: [VmEstimateInput!]!) { estimateVms(inputs: $inputs) { ${TOTALS} } }`;
const SIZE = `query($name: String!) { vmSize(name: $name) { name vcpuCount memoryGb bootDisk { tier capacityGb } } }`;
const SIZES = `{ vmSizes { name estimate { monthlyTotal { amount } } } }`;
const CREATE = `mutation { createVmSize(input: { name: "general.tiny", description: "Tiny", vcpuCount: 1, memoryGb: 1,
  bootDisk: { tier: ARCHIVE, capacityGb: 20 } }) { name } }`;

const BY_SIZE = { size: "general.small", disks: [{ tier: "ARCHIVE", capacityGb: 100 }] };
const BY_NUMBERS = { vcpuCount: 2, memoryGb: 4, disks: [{ tier: "PERFORMANCE", capacityGb: 50 }], publicIpCount: 1 };
const IN_MIB = {
  vcpuCount: 1,
  memoryMib: 1536,
  disks: [{ tier: "STANDARD", capacityGb: 30 }],
  licences: [{ sku: "licence.windows-server", quantity: 1 }],
};

/** The catalog over real HTTP, trusting `vms` (allowed to price) and `telemetry-billing` (not). */
describe("prices for the VMs service", () => {
  const vms = testServiceKeys("vms");
  const billing = testServiceKeys("telemetry-billing");
  let subgraph: TestSubgraph<typeof catalogTables>;
  let asVms: ReturnType<typeof vms.client<"catalog">>;
  const person = () => customerUser(randomUUID(), "read_only");

  beforeAll(async () => {
    subgraph = await startTestSubgraph(catalogSubgraph, undefined, {
      trustedServices: new Map([
        [vms.service, vms.publicKey],
        [billing.service, billing.publicKey],
      ]),
    });
    await seedTestCatalog(subgraph.database.db);
    asVms = vms.client({ catalog: subgraph.server.graphqlUrl });
  });
  afterAll(() => subgraph.close());

  it("lets the VMs service estimate, list sizes and read one size, as a signed-in person would", async () => {
    const fromVms = await asVms.request("catalog", ESTIMATE, { input: BY_NUMBERS });
    expect(fromVms.errors).toBeUndefined();
    expect(fromVms).toEqual(await subgraph.request(ESTIMATE, { input: BY_NUMBERS }, { as: person() }));
    expect(fromVms.data).toMatchObject({ estimateVm: { monthlyTotal: { amount: "1576.54" } } });

    const sizes = await asVms.request<{ vmSizes: { name: string }[] }>("catalog", SIZES);
    expect(sizes.data?.vmSizes.map((size) => size.name)).toHaveLength(8);
    expect(await asVms.request("catalog", SIZE, { name: "general.medium" })).toEqual({
      data: {
        vmSize: { name: "general.medium", vcpuCount: 2, memoryGb: 4, bootDisk: { tier: "STANDARD", capacityGb: 60 } },
      },
    });
    for (const name of ["general.huge", "not a size", ""]) {
      expect(await asVms.request("catalog", SIZE, { name })).toEqual({ data: { vmSize: null } });
    }
  });

  it("prices many specifications in one call, each exactly as estimateVm does, in order", async () => {
    const inputs = [BY_SIZE, BY_NUMBERS, IN_MIB, BY_NUMBERS];
    const batch = await asVms.request<{ estimateVms: unknown[] }>("catalog", ESTIMATES, { inputs });
    expect(batch.errors).toBeUndefined();
    const one = async (input: object) =>
      (await asVms.request<{ estimateVm: unknown }>("catalog", ESTIMATE, { input })).data!.estimateVm;
    expect(batch.data!.estimateVms).toEqual([
      await one(BY_SIZE),
      await one(BY_NUMBERS),
      await one(IN_MIB),
      await one(BY_NUMBERS),
    ]);
    // 1 vCPU (306.60) + 1.5 GB (1095 GB-h × 0.185 = 202.58) + 30 GB standard (34.50) + Windows (69.35) = 613.03; VAT 91.95
    expect(batch.data!.estimateVms[2]).toMatchObject({
      monthlySubtotal: { amount: "613.03" },
      monthlyTotal: { amount: "704.98" },
    });
    expect(await asVms.request("catalog", ESTIMATES, { inputs: [] })).toEqual({ data: { estimateVms: [] } });
  });

  it("costs the same three queries for 3 specifications and for 300", async () => {
    const count = async (n: number) => {
      const inputs = Array.from({ length: n }, (_, i) => [BY_SIZE, BY_NUMBERS, IN_MIB][i % 3]);
      subgraph.database.resetQueryCount();
      const result = await asVms.request<{ estimateVms: unknown[] }>("catalog", ESTIMATES, { inputs });
      expect(result.data?.estimateVms).toHaveLength(n);
      return subgraph.database.queryCount();
    };
    const few = await count(3);
    expect(few).toBe(3); // sizes, prices, VAT rate
    expect(await count(300)).toBe(few);
  });

  it("names the specification at fault, and refuses more than the limit", async () => {
    const bad = await asVms.request("catalog", ESTIMATES, {
      inputs: [BY_NUMBERS, { ...BY_NUMBERS, vcpuCount: 0 }, { vcpuCount: 1, memoryGb: 1, memoryMib: 1024 }],
    });
    expect(bad.data).toBeNull();
    expect(bad.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([
      ["BAD_USER_INPUT", "inputs[1].vcpuCount"],
    ]);
    const unknown = await asVms.request("catalog", ESTIMATES, { inputs: [{ size: "general.nope" }] });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "inputs[0].size" });
    const both = await asVms.request("catalog", ESTIMATES, {
      inputs: [{ vcpuCount: 1, memoryGb: 1, memoryMib: 1024 }],
    });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "inputs[0].memoryMib" });

    const tooMany = Array.from({ length: ESTIMATE_BATCH_MAX + 1 }, () => ({ vcpuCount: 1, memoryGb: 1 }));
    const refused = await asVms.request("catalog", ESTIMATES, { inputs: tooMany });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "inputs" });
    const atLimit = await asVms.request<{ estimateVms: unknown[] }>("catalog", ESTIMATES, {
      inputs: tooMany.slice(1),
    });
    expect(atLimit.data?.estimateVms).toHaveLength(ESTIMATE_BATCH_MAX);
  });

  it("refuses a trusted service that may not price, the VMs service changing the catalog, and no caller", async () => {
    const asBilling = billing.client({ catalog: subgraph.server.graphqlUrl });
    for (const [query, variables] of [
      [ESTIMATE, { input: BY_NUMBERS }],
      [ESTIMATES, { inputs: [BY_NUMBERS] }],
      [SIZES, {}],
      [SIZE, { name: "general.small" }],
    ] as const) {
      const result = await asBilling.request("catalog", query, variables);
      // vmSize is nullable: its refusal answers { vmSize: null }, the others data null.
      expect(Object.values(result.data ?? {}).every((value) => value === null)).toBe(true);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const anonymous = await subgraph.request(query, variables, { as: null });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const before = (await subgraph.database.db.select().from(vmSizes)).length;
    expect((await asVms.request("catalog", CREATE)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await subgraph.database.db.select().from(vmSizes)).length).toBe(before);
  });

  it("refuses the VMs service where the catalog does not trust it", async () => {
    const untrusting = await startTestSubgraph(catalogSubgraph);
    try {
      const client = vms.client({ catalog: untrusting.server.graphqlUrl });
      const result = await client.request("catalog", ESTIMATES, { inputs: [BY_NUMBERS] });
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    } finally {
      await untrusting.close();
    }
  });
});
