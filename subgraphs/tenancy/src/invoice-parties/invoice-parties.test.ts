import { randomUUID } from "node:crypto";
import { printSubgraphSchema } from "@apollo/subgraph";
import type { Caller } from "@dcx/kit";
import {
  customerUser,
  providerStaff,
  startTestSubgraph,
  testGatewayKeys,
  testServiceKeys,
  type TestServiceKeys,
  type TestSubgraph,
} from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateBillingDetails } from "../billing-details/billing-details.service";
import type { tenancyTables } from "../db/schema";
import { createTenancySubgraph } from "../index";
import { createOrganization } from "../organization/organization.service";
import { type Organization, OrganizationKind } from "../organization/organization.type";
import { buildTenancySchema } from "../schema";
import { testTenancyDeps } from "../testing";

const PARTIES = `query($ids: [ID!]!) { organizationInvoiceParties(organizationIds: $ids) {
  id name kind parentId billingAddress vatNumber } }`;

type Parties = { organizationInvoiceParties: Record<string, unknown>[] };

describe("organizationInvoiceParties", () => {
  const billing = testServiceKeys("telemetry-billing");
  const vms = testServiceKeys("vms");
  const wallet = testServiceKeys("wallet");
  let subgraph: TestSubgraph<typeof tenancyTables>;
  let provider: Organization;
  let reseller: Organization;
  let vodacom: Organization;
  let adcock: Organization;

  beforeAll(async () => {
    const test = testTenancyDeps();
    subgraph = await startTestSubgraph(
      createTenancySubgraph(() => test.deps),
      testGatewayKeys(),
      { trustedServices: new Map([billing, vms, wallet].map((keys) => [keys.service, keys.publicKey])) },
    );
    const db = subgraph.database.db;
    provider = await createOrganization(db, { name: "Datacentrix", kind: OrganizationKind.PROVIDER });
    reseller = await createOrganization(db, {
      name: "CloudTech",
      kind: OrganizationKind.RESELLER,
      parentId: provider.id,
    });
    vodacom = await createOrganization(db, { name: "Vodacom", kind: OrganizationKind.CUSTOMER, parentId: reseller.id });
    adcock = await createOrganization(db, { name: "Adcock", kind: OrganizationKind.CUSTOMER, parentId: provider.id });
    await updateBillingDetails(db, provider.id, {
      billingAddress: "Building 3\nWaterfall Corporate Campus\nMidrand\n1685",
      vatNumber: "4150186245",
    });
    await updateBillingDetails(db, vodacom.id, {
      billingAddress: "82 Vodacom Boulevard\nMidrand",
      vatNumber: "4123456789",
    });
    await updateBillingDetails(db, adcock.id, { billingAddress: "1 Sixth Street\nWynberg" });
  });
  afterAll(() => subgraph.close());

  const ask = (as: TestServiceKeys, ids: string[]) =>
    as.client({ tenancy: subgraph.server.graphqlUrl }).request<Parties>("tenancy", PARTIES, { ids });

  it("answers telemetry-billing each organisation's name, place in the tree and billing details", async () => {
    expect(await ask(billing, [vodacom.id, provider.id, reseller.id, adcock.id])).toEqual({
      data: {
        organizationInvoiceParties: [
          {
            id: vodacom.id,
            name: "Vodacom",
            kind: "CUSTOMER",
            parentId: reseller.id,
            billingAddress: "82 Vodacom Boulevard\nMidrand",
            vatNumber: "4123456789",
          },
          {
            id: provider.id,
            name: "Datacentrix",
            kind: "PROVIDER",
            parentId: null,
            billingAddress: "Building 3\nWaterfall Corporate Campus\nMidrand\n1685",
            vatNumber: "4150186245",
          },
          {
            id: reseller.id,
            name: "CloudTech",
            kind: "RESELLER",
            parentId: provider.id,
            billingAddress: null,
            vatNumber: null,
          },
          {
            id: adcock.id,
            name: "Adcock",
            kind: "CUSTOMER",
            parentId: provider.id,
            billingAddress: "1 Sixth Street\nWynberg",
            vatNumber: null,
          },
        ],
      },
    });
  });

  it("leaves out unknown ids, answers each organisation once, and nothing for no ids", async () => {
    const answer = await ask(billing, [randomUUID(), adcock.id, adcock.id.toUpperCase(), provider.id, adcock.id]);
    expect(answer.data?.organizationInvoiceParties.map((party) => party.id)).toEqual([adcock.id, provider.id]);
    expect((await ask(billing, [randomUUID()])).data).toEqual({ organizationInvoiceParties: [] });
    expect((await ask(billing, [])).data).toEqual({ organizationInvoiceParties: [] });
  });

  it("reads any number of organisations up to 5 000 in one statement, and refuses more", async () => {
    const many = [...Array.from({ length: 4_998 }, () => randomUUID()), vodacom.id, adcock.id];
    subgraph.database.resetQueryCount();
    const answer = await ask(billing, many);
    expect(subgraph.database.queryCount()).toBe(1);
    expect(answer.data?.organizationInvoiceParties.map((party) => party.id)).toEqual([vodacom.id, adcock.id]);

    subgraph.database.resetQueryCount();
    const tooMany = await ask(billing, [...many, randomUUID()]);
    expect(tooMany.data ?? null).toBeNull();
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "organizationIds" });
    expect(subgraph.database.queryCount()).toBe(0);
  });

  it.each([
    ["vms", vms],
    ["the wallet", wallet],
  ])("refuses %s, another trusted service", async (_, service) => {
    const answer = await ask(service, [adcock.id]);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
  });

  it.each<[string, () => Caller | null, string]>([
    ["provider staff", () => providerStaff(), "FORBIDDEN"],
    ["the organisation's own admin", () => customerUser(adcock.id, "admin"), "FORBIDDEN"],
    ["a caller who has not signed in", () => null, "UNAUTHENTICATED"],
  ])("refuses %s calling through the gateway", async (_, caller, code) => {
    const answer = await subgraph.request(PARTIES, { ids: [adcock.id] }, { as: caller() });
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual([code]);
  });

  it("is kept out of the public graph, with its type", async () => {
    const sdl = printSubgraphSchema(await buildTenancySchema());
    expect(sdl).toMatch(/organizationInvoiceParties\(organizationIds: \[ID!\]!\): \[InvoiceParty!\]! @inaccessible/);
    expect(sdl).toMatch(/type InvoiceParty @inaccessible/);
  });
});
