import { randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { catalogSubgraph, type CatalogDb, createProduct, ProductCategory, ProductUnit } from "@dcx/catalog";
import { formatRand, parseScaled } from "@dcx/kit";
import {
  csvRecords,
  graphqlRequest,
  pdfText,
  startTestSubgraph,
  testGatewayKeys,
  type TestSubgraph,
} from "@dcx/kit/testing";
import {
  createOrganization,
  createTenancySubgraph,
  createUser,
  OrganizationKind,
  type TenancyDb,
  UserRole,
} from "@dcx/tenancy";
import { codeIn, mailHandedOver, testTenancyDeps } from "@dcx/tenancy/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGatewayConfig } from "../config";
import { DEFAULT_QUERY_LIMITS } from "../limits/limits-config";
import { type RunningGateway, startGateway } from "../server";

const ESTIMATE = `query($input: VmEstimateInput!) { estimateVm(input: $input) {
  lines { sku amount { amount } } monthlySubtotal { amount } vat { amount { amount } } monthlyTotal { amount } } }`;
const SPEC = { vcpuCount: 4, memoryGb: 16, disks: [{ tier: "PERFORMANCE", capacityGb: 120 }], publicIpCount: 2 };
const quotePath = (format: string, input: unknown = SPEC) =>
  `/documents/quotes/vm-estimate.${format}?input=${encodeURIComponent(JSON.stringify(input))}`;

/** A port nothing listens on: where a subgraph that is down would be. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("document downloads through the gateway", () => {
  const keys = testGatewayKeys();
  const tenancyDeps = testTenancyDeps();
  let tenancy: TestSubgraph<Record<string, unknown>>;
  let catalog: TestSubgraph<Record<string, unknown>>;
  let gateway: RunningGateway;
  let customerId: string;

  /** Signs in a new user of the customer through the gateway; its `Authorization` header. */
  async function signedIn(): Promise<string> {
    const db = tenancy.database.db as unknown as TenancyDb;
    const email = `${randomUUID()}@adcock.example`;
    await createUser(db, { organizationId: customerId, email, displayName: "Thandi Nkosi", role: UserRole.MEMBER });
    await graphqlRequest(
      gateway.graphqlUrl,
      `mutation($email: String!) { requestSignInCode(email: $email) { accepted } }`,
      { email },
    );
    await mailHandedOver();
    const code = codeIn(tenancyDeps.mailer.messages.filter((mail) => mail.to === email).at(-1));
    const signIn = await graphqlRequest<{ signIn: { accessToken: string } }>(
      gateway.graphqlUrl,
      `mutation($email: String!, $code: String!) { signIn(email: $email, code: $code) { accessToken } }`,
      { email, code },
    );
    return `Bearer ${signIn.data!.signIn.accessToken}`;
  }

  beforeAll(async () => {
    tenancy = await startTestSubgraph(
      createTenancySubgraph(() => tenancyDeps.deps),
      keys,
    );
    catalog = await startTestSubgraph(catalogSubgraph, keys);
    const from = new Date("2025-01-01Z");
    for (const [sku, category, unit, unitPrice] of [
      ["compute.vcpu", ProductCategory.COMPUTE, ProductUnit.VCPU_HOUR, "0.42"],
      ["compute.ram-gb", ProductCategory.COMPUTE, ProductUnit.GB_RAM_HOUR, "0.185"],
      ["storage.performance", ProductCategory.STORAGE, ProductUnit.GB_MONTH, "2.45"],
      ["network.public-ip", ProductCategory.NETWORK, ProductUnit.IP_MONTH, "95"],
    ] as const) {
      await createProduct(catalog.database.db as unknown as CatalogDb, {
        sku,
        name: sku,
        category,
        unit,
        unitPrice,
        effectiveFrom: from,
      });
    }
    const db = tenancy.database.db as unknown as TenancyDb;
    const provider = await createOrganization(db, { name: "Datacentrix", kind: OrganizationKind.PROVIDER });
    customerId = (
      await createOrganization(db, { name: "Adcock", kind: OrganizationKind.CUSTOMER, parentId: provider.id })
    ).id;
    gateway = await startGateway(
      loadGatewayConfig({
        GATEWAY_PORT: "0",
        NODE_ENV: "test",
        TENANCY_URL: tenancy.server.graphqlUrl,
        CATALOG_URL: catalog.server.graphqlUrl,
        TELEMETRY_BILLING_URL: `http://127.0.0.1:${await closedPort()}/graphql`,
      }),
      { signingKey: keys.privateKey, sessionPublicKey: tenancyDeps.sessionPublicKey },
      // A small budget, so that spending it takes few downloads: three documents' worth.
      { limits: { ...DEFAULT_QUERY_LIMITS, maxCost: 3_000, budgetCapacity: 9_000, budgetRefillPerSecond: 1 } },
    );
  });
  afterAll(async () => {
    await gateway?.close();
    await catalog?.close();
    await tenancy?.close();
  });

  const download = (path: string, authorization?: string) =>
    fetch(`${gateway.url}${path}`, { headers: authorization ? { authorization } : {} });

  it("gives a signed-in customer a quote as PDF and CSV whose totals are estimateVm's", async () => {
    const authorization = await signedIn();
    const graph = await graphqlRequest<{
      estimateVm: {
        lines: { sku: string; amount: { amount: string } }[];
        monthlySubtotal: { amount: string };
        vat: { amount: { amount: string } };
        monthlyTotal: { amount: string };
      };
    }>(gateway.graphqlUrl, ESTIMATE, { input: SPEC }, { authorization });
    const estimate = graph.data!.estimateVm;

    const pdf = await download(quotePath("pdf"), authorization);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toMatch(/^attachment; filename="quote-vm-estimate-[\d-]+\.pdf"/);
    expect(pdf.headers.get("cache-control")).toBe("private, no-store");
    expect(pdf.headers.get("x-request-id")).toBeTruthy();
    const { text } = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    const rand = (amount: string) => formatRand(parseScaled(amount, 2));
    expect(text).toContain(`Monthly subtotal (excl. VAT) ${rand(estimate.monthlySubtotal.amount)}`);
    expect(text).toContain(`VAT at 15% ${rand(estimate.vat.amount.amount)}`);
    expect(text).toContain(`Monthly total (incl. VAT, ZAR) ${rand(estimate.monthlyTotal.amount)}`);

    const csv = await download(quotePath("csv"), authorization);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const records = csvRecords(await csv.text());
    expect(records.map((r) => [r.sku, r.amount_excl_vat])).toEqual(estimate.lines.map((l) => [l.sku, l.amount.amount]));
    expect(records[0]).toMatchObject({
      monthly_subtotal_excl_vat: estimate.monthlySubtotal.amount,
      vat: estimate.vat.amount.amount,
      monthly_total: estimate.monthlyTotal.amount,
    });
  });

  it("answers 401 without credentials or with refused ones", async () => {
    for (const authorization of [undefined, "Bearer not-a-token", "Basic abc"]) {
      const response = await download(quotePath("pdf"), authorization);
      expect(response.status, String(authorization)).toBe(401);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "UNAUTHENTICATED" } }] });
    }
  });

  it("hands on the subgraph's refusal of bad input and 404 for an unknown kind or file", async () => {
    const authorization = await signedIn();
    const bad = await download(quotePath("csv", { ...SPEC, vcpuCount: 500 }), authorization);
    expect(bad.status).toBe(400);
    const graph = await graphqlRequest(
      gateway.graphqlUrl,
      ESTIMATE,
      { input: { ...SPEC, vcpuCount: 500 } },
      { authorization },
    );
    const { message, extensions } = graph.errors![0]!;
    expect(await bad.json()).toEqual({
      errors: [{ message, extensions: { code: "BAD_USER_INPUT", field: extensions!.field } }],
    });
    for (const path of [
      "/documents/receipts/x.pdf",
      "/documents/quotes/other.pdf",
      "/documents/quotes",
      "/documents/constructor/x",
    ]) {
      expect((await download(path, authorization)).status, path).toBe(404);
    }
  });

  it("reaches nothing outside /documents with dot segments", async () => {
    const authorization = await signedIn();
    const { port } = new URL(gateway.url);
    for (const path of [
      "/documents/quotes/../../graphql?query=%7B__typename%7D",
      "/documents/quotes/%2e%2e/%2e%2e/health",
    ]) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest({ host: "127.0.0.1", port, path, headers: { authorization } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", reject);
        req.end();
      });
      expect(status, path).toBe(404);
    }
  });

  it("answers 503 when the subgraph that makes the kind is down", async () => {
    const response = await download("/documents/invoices/2025-01.pdf", await signedIn());
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: "The telemetry-billing service is unavailable",
          extensions: { code: "SUBGRAPH_UNAVAILABLE", service: "telemetry-billing" },
        },
      ],
    });
  });

  it("spends the caller's budget like an operation: RATE_LIMITED with Retry-After once it is gone", async () => {
    const authorization = await signedIn();
    for (let i = 0; i < 3; i += 1) expect((await download(quotePath("csv"), authorization)).status).toBe(200);
    const refused = await download(quotePath("csv"), authorization);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: "RATE_LIMITED" } }] });
    // Another person's budget is their own.
    expect((await download(quotePath("csv"), await signedIn())).status).toBe(200);
  });
});
