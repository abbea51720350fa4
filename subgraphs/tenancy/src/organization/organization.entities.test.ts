import { startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { tenancyTables } from "../db/schema";
import { createTenancySubgraph } from "../index";
import { testTenancyDeps } from "../testing";
import { createOrganization } from "./organization.service";
import { OrganizationKind } from "./organization.type";

describe("tenancy subgraph over HTTP", () => {
  let subgraph: TestSubgraph<typeof tenancyTables>;
  let ids: Record<string, string>;

  beforeAll(async () => {
    const { deps } = testTenancyDeps();
    subgraph = await startTestSubgraph(createTenancySubgraph(() => deps));
    const db = subgraph.database.db;
    const provider = await createOrganization(db, { name: "Datacentrix", kind: OrganizationKind.PROVIDER });
    const reseller = await createOrganization(db, {
      name: "CloudTech",
      kind: OrganizationKind.RESELLER,
      parentId: provider.id,
    });
    const vodacom = await createOrganization(db, {
      name: "Vodacom",
      kind: OrganizationKind.CUSTOMER,
      parentId: reseller.id,
    });
    ids = { provider: provider.id, reseller: reseller.id, vodacom: vodacom.id };
  });
  afterAll(() => subgraph.close());

  it("resolves Organization references through _entities in one query", async () => {
    subgraph.database.resetQueryCount();
    const result = await subgraph.request(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization { id name kind parent { name } } } }`,
      {
        reps: [
          { __typename: "Organization", id: ids.vodacom },
          { __typename: "Organization", id: ids.reseller },
          { __typename: "Organization", id: "00000000-0000-4000-8000-000000000000" },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: ids.vodacom, name: "Vodacom", kind: "CUSTOMER", parent: { name: "CloudTech" } },
      { id: ids.reseller, name: "CloudTech", kind: "RESELLER", parent: { name: "Datacentrix" } },
      null,
    ]);
    // One query for the three references, one for their two parents.
    expect(subgraph.database.queryCount()).toBe(2);
  });

  it("walks the tree from the provider down", async () => {
    const result = await subgraph.request(
      `query($id: ID!) { organization(id: $id) { name children { name kind children { name } } } }`,
      { id: ids.provider },
    );
    expect(result.data?.organization).toEqual({
      name: "Datacentrix",
      children: [{ name: "CloudTech", kind: "RESELLER", children: [{ name: "Vodacom" }] }],
    });
  });

  it("answers health and readiness", async () => {
    expect((await fetch(`${subgraph.server.url}/health`)).status).toBe(200);
    expect((await fetch(`${subgraph.server.url}/ready`)).status).toBe(200);
  });
});
