import { customerUser, resellerUser, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { catalogTables } from "../db/schema";
import { catalogSubgraph } from "../index";
import { insertVatRate } from "../vat/vat-rate.store";
import { seedTestCatalog } from "./test-catalog";

const ESTIMATE = `query($input: VmEstimateInput!) { estimateVm(input: $input) {
  lines { sku quantity unitPrice { amount } amount { amount currency } }
  monthlySubtotal { amount } hourlyRate { amount }
  vat { rate amount { amount } } monthlyTotal { amount currency } } }`;

const SMALL = { vcpuCount: 2, memoryGb: 4, disks: [{ tier: "PERFORMANCE", capacityGb: 50 }], publicIpCount: 1 };

describe("estimateVm", () => {
  let subgraph: TestSubgraph<typeof catalogTables>;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(catalogSubgraph);
    await seedTestCatalog(subgraph.database.db);
  });
  afterAll(() => subgraph.close());

  const estimate = (input: Record<string, unknown>, as = customerUser(randomUUID(), "read_only")) =>
    subgraph.request<{ estimateVm: Record<string, unknown> }>(ESTIMATE, { input }, { as });

  it("prices a specification with VAT at 15 % from the migration, for any signed-in caller", async () => {
    for (const as of [customerUser(randomUUID(), "read_only"), resellerUser(randomUUID(), [])]) {
      const result = await estimate(SMALL, as);
      expect(result.errors).toBeUndefined();
      expect(result.data?.estimateVm).toEqual({
        lines: [
          {
            sku: "compute.vcpu",
            quantity: "1460",
            unitPrice: { amount: "0.420000" },
            amount: { amount: "613.20", currency: "ZAR" },
          },
          {
            sku: "compute.ram-gb",
            quantity: "2920",
            unitPrice: { amount: "0.185000" },
            amount: { amount: "540.20", currency: "ZAR" },
          },
          {
            sku: "storage.performance",
            quantity: "50",
            unitPrice: { amount: "2.450000" },
            amount: { amount: "122.50", currency: "ZAR" },
          },
          {
            sku: "network.public-ip",
            quantity: "1",
            unitPrice: { amount: "95.000000" },
            amount: { amount: "95.00", currency: "ZAR" },
          },
        ],
        monthlySubtotal: { amount: "1370.90" },
        hourlyRate: { amount: "1.88" },
        vat: { rate: "0.1500", amount: { amount: "205.64" } }, // 205.635 rounds up
        monthlyTotal: { amount: "1576.54", currency: "ZAR" },
      });
    }
  });

  it("prices licences: Windows per vCPU-hour, SQL Server per 2-core pack-hour", async () => {
    const result = await estimate({
      vcpuCount: 4,
      memoryGb: 16,
      disks: [
        { tier: "PERFORMANCE", capacityGb: 100 },
        { tier: "STANDARD", capacityGb: 500 },
        { tier: "ARCHIVE", capacityGb: 1000 },
      ],
      licences: [
        { sku: "licence.windows-server", quantity: 4 },
        { sku: "licence.sql-server-standard", quantity: 2 },
      ],
      publicIpCount: 2,
    });
    expect(result.data?.estimateVm).toMatchObject({
      monthlySubtotal: { amount: "8339.60" },
      hourlyRate: { amount: "11.42" },
      vat: { rate: "0.1500", amount: { amount: "1250.94" } },
      monthlyTotal: { amount: "9590.54" },
    });
  });

  it.each([
    ["vcpuCount", { ...SMALL, vcpuCount: 0 }],
    ["memoryGb", { ...SMALL, memoryGb: 5000 }],
    ["disks[0].capacityGb", { ...SMALL, disks: [{ tier: "STANDARD", capacityGb: -5 }] }],
    ["publicIpCount", { ...SMALL, publicIpCount: -1 }],
    ["licences[0].quantity", { ...SMALL, licences: [{ sku: "licence.rhel", quantity: -1 }] }],
    ["licences[0].sku", { ...SMALL, licences: [{ sku: "licence.nope", quantity: 1 }] }],
    ["licences[0].sku", { ...SMALL, licences: [{ sku: "backup.vm-daily", quantity: 1 }] }],
  ])("answers a bad %s with BAD_USER_INPUT", async (field, input) => {
    const result = await estimate(input);
    expect(result.data).toBeNull();
    expect(result.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([
      ["BAD_USER_INPUT", field],
    ]);
  });

  it("refuses an unauthenticated caller", async () => {
    const result = await subgraph.request(ESTIMATE, { input: SMALL }, { as: null });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
  });

  // Last: it changes the rate in force for the rest of this database.
  it("applies the VAT rate in force now once a new rate has taken effect", async () => {
    await insertVatRate(subgraph.database.db, { rate: "0.1600", effectiveFrom: new Date(Date.now() - 1000) });
    const result = await estimate(SMALL);
    expect(result.data?.estimateVm).toMatchObject({
      monthlySubtotal: { amount: "1370.90" },
      vat: { rate: "0.1600", amount: { amount: "219.34" } }, // 219.344
      monthlyTotal: { amount: "1590.24" },
    });
  });
});
