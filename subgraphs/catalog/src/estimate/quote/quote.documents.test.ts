import { type Caller, formatRand, formatRandAmount, parseScaled } from "@dcx/kit";
import {
  csvRecords,
  customerUser,
  getSignedDocument,
  pdfText,
  resellerUser,
  startTestSubgraph,
  testGatewayKeys,
  type TestSubgraph,
} from "@dcx/kit/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { catalogTables } from "../../db/schema";
import { catalogSubgraph } from "../../index";
import { seedTestCatalog } from "../test-catalog";

const ESTIMATE = `query($input: VmEstimateInput!) { estimateVm(input: $input) {
  lines { description sku quantity unitPrice { amount } amount { amount } }
  monthlySubtotal { amount } vat { rate amount { amount } } monthlyTotal { amount currency } } }`;

interface Estimate {
  lines: {
    description: string;
    sku: string;
    quantity: string;
    unitPrice: { amount: string };
    amount: { amount: string };
  }[];
  monthlySubtotal: { amount: string };
  vat: { rate: string; amount: { amount: string } };
  monthlyTotal: { amount: string; currency: string };
}

const SMALL = { vcpuCount: 2, memoryGb: 4, disks: [{ tier: "PERFORMANCE", capacityGb: 50 }], publicIpCount: 1 };
const SIZED = {
  size: "general.small",
  disks: [{ tier: "ARCHIVE", capacityGb: 1000 }],
  licences: [{ sku: "licence.windows-server", quantity: 1 }],
};
const rand = (amount: string) => formatRand(parseScaled(amount, 2));
const path = (format: string, input: unknown) =>
  `/documents/quotes/vm-estimate.${format}?input=${encodeURIComponent(JSON.stringify(input))}`;

describe("the VM estimate as a quote", () => {
  const keys = testGatewayKeys();
  let subgraph: TestSubgraph<typeof catalogTables>;
  const customer = customerUser(randomUUID(), "read_only");

  beforeAll(async () => {
    subgraph = await startTestSubgraph(catalogSubgraph, keys);
    await seedTestCatalog(subgraph.database.db);
  });
  afterAll(() => subgraph.close());

  const download = (format: string, input: unknown, caller: Caller | null = customer) =>
    getSignedDocument(subgraph.server.url, path(format, input), {
      privateKey: keys.privateKey,
      subgraph: "catalog",
      caller,
    });
  const estimate = async (input: unknown, as: Caller = customer) => {
    const result = await subgraph.request<{ estimateVm: Estimate }>(ESTIMATE, { input }, { as });
    return { estimate: result.data?.estimateVm, errors: result.errors };
  };

  it.each([
    ["numbers", SMALL],
    ["a named size with an extra disk and a licence", SIZED],
  ])("prints %s as a PDF headed Quote with estimateVm's lines and totals", async (_, input) => {
    const { estimate: expected } = await estimate(input);
    const response = await download("pdf", input);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="quote-vm-estimate-\d{4}-\d{2}-\d{2}\.pdf"/,
    );
    const { text } = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text.startsWith("Quote Date ")).toBe(true);
    expect(text).not.toContain("Tax Invoice");
    expect(text).toMatch(/Valid until \d{4}-\d{2}-\d{2}/);
    expect(text).toContain("This is a quote, not a tax invoice.");
    for (const line of expected!.lines) {
      expect(text).toContain(
        `${line.description} ${line.sku} ${line.quantity} ${formatRandAmount(line.unitPrice.amount)} ${rand(line.amount.amount)}`,
      );
    }
    expect(text).toContain(`Monthly subtotal (excl. VAT) ${rand(expected!.monthlySubtotal.amount)}`);
    expect(text).toContain(`VAT at 15% ${rand(expected!.vat.amount.amount)}`);
    expect(text).toContain(`Monthly total (incl. VAT, ZAR) ${rand(expected!.monthlyTotal.amount)}`);
  });

  it("prints the figures to the cent: R 1 576.54 a month for 2 vCPU, 4 GB, 50 GB performance and an IP", async () => {
    const { text } = await pdfText(new Uint8Array(await (await download("pdf", SMALL)).arrayBuffer()));
    expect(text).toContain("Monthly total (incl. VAT, ZAR) R 1 576.54");
  });

  it.each([
    ["numbers", SMALL],
    ["a named size with an extra disk and a licence", SIZED],
  ])("writes %s as CSV, one row per line, with estimateVm's amounts and totals", async (_, input) => {
    const { estimate: expected } = await estimate(input);
    const response = await download("csv", input, resellerUser(randomUUID(), []));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const records = csvRecords(await response.text());
    expect(records.map((r) => [r.description, r.sku, r.quantity, r.unit_price, r.amount_excl_vat])).toEqual(
      expected!.lines.map((l) => [l.description, l.sku, l.quantity, l.unitPrice.amount, l.amount.amount]),
    );
    for (const record of records) {
      expect(record).toMatchObject({
        currency: "ZAR",
        monthly_subtotal_excl_vat: expected!.monthlySubtotal.amount,
        vat_rate: expected!.vat.rate,
        vat: expected!.vat.amount.amount,
        monthly_total: expected!.monthlyTotal.amount,
      });
    }
  });

  it.each([
    ["a count out of range", { ...SMALL, vcpuCount: 0 }],
    ["an unknown licence", { ...SMALL, licences: [{ sku: "licence.nope", quantity: 1 }] }],
    ["a size with numbers", { ...SIZED, vcpuCount: 2 }],
    ["an unknown size", { size: "general.huge" }],
    ["a value of the wrong type", { ...SMALL, vcpuCount: "two" }],
    ["an unknown tier", { ...SMALL, disks: [{ tier: "FAST", capacityGb: 1 }] }],
    ["an unknown field", { ...SMALL, gpuCount: 1 }],
  ])("refuses %s with 400 and the graph's own message", async (_, input) => {
    const { errors } = await estimate(input);
    const graph = errors?.[0];
    expect(graph?.extensions?.code).toBe("BAD_USER_INPUT");
    for (const format of ["pdf", "csv"]) {
      const response = await download(format, input);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        errors: [{ message: graph!.message, extensions: { code: "BAD_USER_INPUT", field: graph!.extensions!.field } }],
      });
    }
  });

  it("refuses a missing or malformed input with 400", async () => {
    for (const pathAndQuery of [
      "/documents/quotes/vm-estimate.pdf",
      "/documents/quotes/vm-estimate.csv?input=%7Bnope",
    ]) {
      const response = await getSignedDocument(subgraph.server.url, pathAndQuery, {
        privateKey: keys.privateKey,
        subgraph: "catalog",
        caller: customer,
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: "BAD_USER_INPUT", field: "input" } }],
      });
    }
  });

  it("answers 404 for any other file and 401 without a signed-in caller", async () => {
    for (const other of [
      "/documents/quotes/vm-estimate.xlsx",
      "/documents/quotes/x/vm-estimate.pdf",
      "/documents/quotes/vm-estimate",
    ]) {
      const response = await getSignedDocument(
        subgraph.server.url,
        `${other}?input=${encodeURIComponent(JSON.stringify(SMALL))}`,
        {
          privateKey: keys.privateKey,
          subgraph: "catalog",
          caller: customer,
        },
      );
      expect(response.status, other).toBe(404);
    }
    expect((await download("pdf", SMALL, null)).status).toBe(401);
  });
});
