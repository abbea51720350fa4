import { randomUUID } from "node:crypto";
import { printSubgraphSchema } from "@apollo/subgraph";
import {
  customerUser,
  providerStaff,
  startTestSubgraph,
  testGatewayKeys,
  testServiceKeys,
  type TestSubgraph,
} from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { tenancyTables } from "../db/schema";
import { createTenancySubgraph } from "../index";
import { createOrganization } from "../organization/organization.service";
import { OrganizationKind } from "../organization/organization.type";
import { buildTenancySchema } from "../schema";
import { testTenancyDeps } from "../testing";
import { disableUser } from "../user/manage-users";
import { createUser } from "../user/user.service";
import { UserRole } from "../user/user.type";

const CONTACTS = `query($organizationId: ID!, $roles: [UserRole!]!) {
  organizationContacts(organizationId: $organizationId, roles: $roles) }`;

describe("organizationContacts", () => {
  const telemetry = testServiceKeys("telemetry-billing");
  const vms = testServiceKeys("vms");
  const wallet = testServiceKeys("wallet");
  let subgraph: TestSubgraph<typeof tenancyTables>;
  let adcock: string;
  let foreign: string;

  beforeAll(async () => {
    const test = testTenancyDeps();
    subgraph = await startTestSubgraph(
      createTenancySubgraph(() => test.deps),
      testGatewayKeys(),
      {
        trustedServices: new Map([
          [telemetry.service, telemetry.publicKey],
          [vms.service, vms.publicKey],
          [wallet.service, wallet.publicKey],
        ]),
      },
    );
    const db = subgraph.database.db;
    const provider = await createOrganization(db, {
      name: "Datacentrix",
      kind: OrganizationKind.PROVIDER,
      parentId: null,
    });
    adcock = (await createOrganization(db, { name: "Adcock", kind: OrganizationKind.CUSTOMER, parentId: provider.id }))
      .id;
    foreign = (await createOrganization(db, { name: "Sanlam", kind: OrganizationKind.CUSTOMER, parentId: provider.id }))
      .id;
    const user = (organizationId: string, email: string, role: UserRole) =>
      createUser(db, { organizationId, email, displayName: email, role });
    await user(adcock, "owner@adcock.co.za", UserRole.OWNER);
    await user(adcock, "admin@adcock.co.za", UserRole.ADMIN);
    await user(adcock, "billing@adcock.co.za", UserRole.BILLING);
    await user(adcock, "member@adcock.co.za", UserRole.MEMBER);
    await user(adcock, "reader@adcock.co.za", UserRole.READ_ONLY);
    const gone = await user(adcock, "gone@adcock.co.za", UserRole.ADMIN);
    await user(foreign, "admin@sanlam.co.za", UserRole.ADMIN);
    await disableUser(db, new Date(), providerStaff(), gone.id);
  });
  afterAll(() => subgraph.close());

  const ask = (as: typeof telemetry, variables: Record<string, unknown>) =>
    as
      .client({ tenancy: subgraph.server.graphqlUrl })
      .request<{ organizationContacts: string[] }>("tenancy", CONTACTS, variables);

  it("names the organisation's owners and admins who are not disabled, to telemetry-billing", async () => {
    expect(await ask(telemetry, { organizationId: adcock, roles: ["OWNER", "ADMIN"] })).toEqual({
      data: { organizationContacts: ["admin@adcock.co.za", "owner@adcock.co.za"] },
    });
  });

  it("names the owners to the wallet, which e-mails them when usage goes unpaid", async () => {
    expect(await ask(wallet, { organizationId: adcock, roles: ["OWNER"] })).toEqual({
      data: { organizationContacts: ["owner@adcock.co.za"] },
    });
  });

  it("answers exactly the roles asked for, and nothing for an organisation that does not exist", async () => {
    expect((await ask(telemetry, { organizationId: adcock, roles: ["BILLING"] })).data).toEqual({
      organizationContacts: ["billing@adcock.co.za"],
    });
    expect((await ask(telemetry, { organizationId: adcock, roles: [] })).data).toEqual({ organizationContacts: [] });
    expect((await ask(telemetry, { organizationId: randomUUID(), roles: ["OWNER", "ADMIN"] })).data).toEqual({
      organizationContacts: [],
    });
  });

  it("refuses another trusted service", async () => {
    const answer = await ask(vms, { organizationId: adcock, roles: ["OWNER", "ADMIN"] });
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
  });

  it.each([
    ["provider staff", providerStaff(), "FORBIDDEN"],
    ["the organisation's own admin", customerUser(randomUUID(), "admin"), "FORBIDDEN"],
    ["a caller who has not signed in", null, "UNAUTHENTICATED"],
  ] as const)("refuses %s calling through the gateway", async (_, caller, code) => {
    const answer = await subgraph.request(CONTACTS, { organizationId: adcock, roles: ["OWNER"] }, { as: caller });
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual([code]);
  });

  it("is kept out of the public graph", async () => {
    expect(printSubgraphSchema(await buildTenancySchema())).toMatch(
      /organizationContacts\([^)]*\): \[String!\]! @inaccessible/,
    );
  });
});
