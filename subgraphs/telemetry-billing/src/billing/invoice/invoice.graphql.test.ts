import "reflect-metadata";
import type { Caller } from "@dcx/kit";
import {
  customerUser,
  getSignedDocument,
  providerStaff,
  resellerUser,
  startTestSubgraph,
  testGatewayKeys,
  type TestSubgraph,
} from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { telemetryTables } from "../../db/schema";
import { createTelemetryBillingSubgraph, DEFAULT_TELEMETRY_DEPS } from "../../index";
import { monthStarting } from "../bill/billing-month";
import { insertCommissionRate } from "../commission/commission-rate.store";
import { MARCH } from "../metering/usage-change.fixture";
import { fixedInvoiceParties, type InvoiceParty } from "./invoice-parties.client";
import { meterAndClose, PARTY, runVm, seedPrices, TEST_PARTIES } from "./invoice.testing";

const APRIL = monthStarting(2026, 3);
/** More of the reseller's customers, for counting statements. */
const MORE: InvoiceParty[] = Array.from({ length: 6 }, (_, n) => ({
  id: `dddddddd-0000-4000-8000-${String(n).padStart(12, "0")}`,
  name: `Retailer ${n}`,
  kind: "CUSTOMER",
  parentId: PARTY.reseller,
  billingAddress: null,
  vatNumber: null,
}));
const CUSTOMERS = [PARTY.vodacom, PARTY.woolworths, ...MORE.map((party) => party.id)];

const BILLS = `query($reps: [_Any!]!, $first: Int, $after: String) { _entities(representations: $reps) {
  ... on Organization { id bills(first: $first, after: $after) {
    edges { cursor node { id title number month periodStart periodEnd issuedAt
      issuer { organizationId name address vatNumber } recipient { organizationId name address vatNumber }
      lines { kind group usageMonth vmId vm { id } customerId sku description unit quantity unitPrice { amount }
        vatRate amount { amount } }
      subtotal { amount } vatByRate { rate taxable { amount } vat { amount } } vat { amount } total { amount }
      pdfUrl csvUrl } }
    pageInfo { hasNextPage endCursor } } } } }`;
const STATEMENTS = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Organization { id commissionStatements { edges { node { month percent invoiceNumber issuedAt
    lines { customerId customerName invoiceNumber billed { amount } margin { amount } due { amount } }
    billed { amount } margin { amount } due { amount } } } pageInfo { hasNextPage } }
    resellerCommissions { fromMonth percent } } } }`;
const SET = `mutation($resellerId: ID!, $percent: Decimal!, $fromMonth: String!) {
  setResellerCommission(resellerId: $resellerId, percent: $percent, fromMonth: $fromMonth) { resellerId fromMonth percent setAt } }`;
const reps = (...ids: string[]) => ids.map((id) => ({ __typename: "Organization", id }));

type BillsAnswer = {
  _entities: ({
    id: string;
    bills: {
      edges: {
        cursor: string;
        node: { id: string; number: string; month: string; lines: unknown[]; total: { amount: string } };
      }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    } | null;
  } | null)[];
};

describe("invoices and commission statements in the graph", () => {
  const keys = testGatewayKeys();
  const clock = { now: new Date("2026-05-10T08:00:00Z") };
  let subgraph: TestSubgraph<typeof telemetryTables>;
  const provider = providerStaff();
  const reseller = resellerUser(PARTY.reseller, CUSTOMERS);
  const vodacom = customerUser(PARTY.vodacom);
  const adcock = customerUser(PARTY.adcock);

  beforeAll(async () => {
    const parties = fixedInvoiceParties([...TEST_PARTIES, ...MORE]);
    subgraph = await startTestSubgraph(
      createTelemetryBillingSubgraph(() => ({
        ...DEFAULT_TELEMETRY_DEPS,
        clock: () => clock.now,
        invoiceParties: parties,
      })),
      keys,
    );
    const db = subgraph.database.db;
    await seedPrices(db, new Date("2025-06-01T00:00:00Z"));
    await insertCommissionRate(db, {
      resellerId: PARTY.reseller,
      fromMonth: "2026-03",
      percent: "12.50",
      setBy: "user:test",
    });
    for (const id of [PARTY.adcock, PARTY.vodacom, ...MORE.map((party) => party.id)]) await runVm(db, id, MARCH);
    await meterAndClose(db, MARCH, parties);
    await meterAndClose(db, APRIL, parties);
  }, 120_000);
  afterAll(() => subgraph.close());

  const bills = (as: Caller | null, ids: string[], variables: Record<string, unknown> = {}) =>
    subgraph.request<BillsAnswer>(BILLS, { reps: reps(...ids), ...variables }, { as });

  it("pages an organisation's tax invoices newest first, with the parties, lines and files", async () => {
    const first = await bills(vodacom, [PARTY.vodacom], { first: 1 });
    expect(first.errors).toBeUndefined();
    const page = first.data!._entities[0]!.bills!;
    expect(page.edges.map((edge) => edge.node.month)).toEqual(["2026-04"]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await bills(vodacom, [PARTY.vodacom], { first: 1, after: page.pageInfo.endCursor });
    const march = next.data!._entities[0]!.bills!;
    expect(march.pageInfo).toEqual({ hasNextPage: false, endCursor: march.edges[0]!.cursor });
    expect(march.edges[0]!.node).toMatchObject({
      title: "Tax Invoice",
      number: "CLOUDTEC-2026-000001",
      month: "2026-03",
      issuer: {
        organizationId: PARTY.reseller,
        name: "CloudTech",
        address: "1 Loop Street, Cape Town, 8001",
        vatNumber: "4020202020",
      },
      recipient: { organizationId: PARTY.vodacom, name: "Vodacom", vatNumber: "4030303030" },
      subtotal: { amount: "1275.90" },
      vatByRate: [{ rate: "0.1500", taxable: { amount: "1275.90" }, vat: { amount: "191.39" } }],
      total: { amount: "1467.29" },
      pdfUrl: `/documents/invoices/${march.edges[0]!.node.id}.pdf`,
      csvUrl: `/documents/invoices/${march.edges[0]!.node.id}.csv`,
    });
    expect(march.edges[0]!.node.lines).toContainEqual(
      expect.objectContaining({
        kind: "USAGE",
        group: expect.stringMatching(/^VM /),
        sku: "compute.vcpu",
        quantity: "1460.0000",
        unitPrice: { amount: "0.420000" },
        vatRate: "0.1500",
        amount: { amount: "613.20" },
      }),
    );
    expect((await bills(vodacom, [PARTY.vodacom], { after: "not a cursor" })).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "after",
    });
  });

  it.each([
    ["provider staff", provider, [PARTY.adcock, PARTY.vodacom, PARTY.reseller]],
    ["the reseller", reseller, [PARTY.vodacom, PARTY.reseller]],
    ["the customer", vodacom, [PARTY.vodacom]],
    ["another customer", adcock, [PARTY.adcock]],
  ] as const)("shows %s the bills of the organisations it sees and nothing else", async (_label, caller, seen) => {
    const all = [PARTY.adcock, PARTY.vodacom, PARTY.reseller];
    const answer = await bills(caller, all);
    expect(answer.errors).toBeUndefined();
    const visible = answer.data!._entities.map((entity, index) => (entity?.bills?.edges.length ? all[index] : null));
    expect(visible.filter(Boolean).sort()).toEqual([...seen].sort());
  });

  it("costs the same statements for a reseller's 2 customers' bills as for 7", async () => {
    const count = async (ids: string[]) => {
      subgraph.database.resetQueryCount();
      const answer = await bills(reseller, ids, { first: 3 });
      expect(answer.errors).toBeUndefined();
      expect(answer.data!._entities.every((entity) => entity!.bills!.edges[0]!.node.lines.length > 0)).toBe(true);
      return subgraph.database.queryCount();
    };
    const billed = [PARTY.vodacom, ...MORE.map((party) => party.id)];
    const two = await count(billed.slice(0, 2));
    expect(two).toBe(2);
    expect(await count(billed)).toBe(two);
  });

  it("shows the hand-computed commission statement to the provider and the reseller only", async () => {
    const statements = async (as: Caller, id: string) =>
      (
        await subgraph.request<{
          _entities: ({ commissionStatements: unknown; resellerCommissions: unknown } | null)[];
        }>(STATEMENTS, { reps: reps(id) }, { as })
      ).data!._entities[0];
    const mine = (await statements(reseller, PARTY.reseller)) as {
      commissionStatements: { edges: { node: Record<string, unknown> }[] };
    };
    // Vodacom 1 275.90 at 12.5 %: 159.4875 → 159.49 kept; six retailers likewise.
    expect(mine.commissionStatements.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        month: "2026-04",
        percent: "12.50",
        billed: { amount: "8931.30" },
      }),
      expect.objectContaining({
        month: "2026-03",
        percent: "12.50",
        invoiceNumber: "DCX-2026-000002",
        billed: { amount: "8931.30" },
        margin: { amount: "1116.43" },
        due: { amount: "7814.87" },
      }),
    ]);
    const marchLines = (mine.commissionStatements.edges[1]!.node.lines as Record<string, unknown>[])[0];
    expect(marchLines).toEqual(
      expect.objectContaining({
        customerName: "Retailer 0",
        billed: { amount: "1275.90" },
        margin: { amount: "159.49" },
        due: { amount: "1116.41" },
      }),
    );
    expect(await statements(provider, PARTY.reseller)).toEqual(mine);
    // The reseller sees Vodacom, but Vodacom's statements are nobody's business but its own (it has none).
    expect(await statements(reseller, PARTY.vodacom)).toEqual({
      id: PARTY.vodacom,
      commissionStatements: null,
      resellerCommissions: null,
    });
    expect(await statements(vodacom, PARTY.vodacom)).toEqual({
      id: PARTY.vodacom,
      commissionStatements: { edges: [], pageInfo: { hasNextPage: false } },
      resellerCommissions: [],
    });
    expect(await statements(vodacom, PARTY.reseller)).toBeNull();
    expect(await statements(adcock, PARTY.reseller)).toBeNull();
  });

  it("serves an invoice's PDF and CSV to the recipient's viewers and the issuer's staff, 404 to anyone else", async () => {
    const answer = await bills(provider, [PARTY.vodacom, PARTY.reseller]);
    const [vodacomInvoice, resellerInvoice] = answer.data!._entities.map((entity) => entity!.bills!.edges[1]!.node);
    const get = async (path: string, caller: Caller | null) =>
      getSignedDocument(subgraph.server.url, path, {
        privateKey: keys.privateKey,
        subgraph: "telemetry-billing",
        caller,
      });
    const status = async (path: string, caller: Caller | null) => (await get(path, caller)).status;
    const pdf = `/documents/invoices/${vodacomInvoice!.id}.pdf`;
    const csv = `/documents/invoices/${vodacomInvoice!.id}.csv`;
    for (const caller of [provider, reseller, vodacom]) expect(await status(pdf, caller)).toBe(200);
    expect(await status(pdf, adcock)).toBe(404);
    expect(await status(`/documents/invoices/${resellerInvoice!.id}.pdf`, vodacom)).toBe(404);
    expect(await status(`/documents/invoices/${resellerInvoice!.id}.csv`, reseller)).toBe(200);
    // The issuer's own staff, even if it no longer sees the recipient.
    expect(await status(csv, resellerUser(PARTY.reseller, []))).toBe(200);
    expect(await status(pdf, null)).toBe(401);
    expect(await status("/documents/invoices/nothing.pdf", provider)).toBe(400);
    expect(await status(`/documents/invoices/${PARTY.adcock}.pdf`, provider)).toBe(404);
    const response = await get(pdf, vodacom);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain("CLOUDTEC-2026-000001.pdf");
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect(await (await get(csv, vodacom)).text()).toContain("CLOUDTEC-2026-000001");
  });

  it("lets only provider owners and admins set a commission, from the current month on, for a reseller", async () => {
    const set = (as: Caller, variables: Record<string, unknown>) =>
      subgraph.request<{ setResellerCommission: Record<string, string> }>(SET, variables, { as });
    const valid = { resellerId: PARTY.reseller, percent: "15", fromMonth: "2026-06" };
    const codeOf = async (as: Caller, variables: Record<string, unknown>) =>
      (await set(as, variables)).errors?.[0]?.extensions;
    expect(await codeOf(reseller, valid)).toMatchObject({ code: "FORBIDDEN" });
    expect(await codeOf(providerStaff({ role: "member" }), valid)).toMatchObject({ code: "FORBIDDEN" });
    expect(await codeOf(provider, { ...valid, percent: "100.01" })).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "percent",
    });
    expect(await codeOf(provider, { ...valid, percent: "12.345" })).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "percent",
    });
    expect(await codeOf(provider, { ...valid, fromMonth: "2026-04" })).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "fromMonth",
    });
    expect(await codeOf(provider, { ...valid, fromMonth: "2026-13" })).toMatchObject({ field: "fromMonth" });
    expect(await codeOf(provider, { ...valid, resellerId: "not-an-id" })).toMatchObject({ field: "resellerId" });
    expect(await codeOf(provider, { ...valid, resellerId: PARTY.vodacom })).toMatchObject({ code: "NOT_FOUND" });

    const answer = await set(provider, valid);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.setResellerCommission).toMatchObject({
      resellerId: PARTY.reseller,
      fromMonth: "2026-06",
      percent: "15.00",
    });
    const history = await subgraph.request<{ _entities: { resellerCommissions: unknown[] }[] }>(
      STATEMENTS,
      { reps: reps(PARTY.reseller) },
      { as: reseller },
    );
    expect(history.data!._entities[0]!.resellerCommissions).toEqual([
      { fromMonth: "2026-06", percent: "15.00" },
      { fromMonth: "2026-03", percent: "12.50" },
    ]);
  });
});
