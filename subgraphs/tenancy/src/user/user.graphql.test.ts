import type { Database } from "@dcx/kit";
import { openTestDatabase, providerStaff } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { tenancyTables } from "../db/schema";
import { tenancySubgraph } from "../index";
import { createOrganization } from "../organization/organization.service";
import { OrganizationKind } from "../organization/organization.type";
import { executeTenancy } from "../tenancy-graphql.testing";
import { testTenancyDeps } from "../testing";
import { createUser } from "./user.service";
import { UserRole } from "./user.type";

describe("Organization.users and User.organization", () => {
  let database: Database<typeof tenancyTables>;
  const { deps } = testTenancyDeps();
  const query = (source: string) => executeTenancy(database.db, deps, source, {}, { caller: providerStaff() });

  beforeAll(async () => {
    database = await openTestDatabase(tenancySubgraph);
    const db = database.db;
    const provider = await createOrganization(db, { name: "Datacentrix", kind: OrganizationKind.PROVIDER });
    const customers = await Promise.all(
      ["Adcock", "Sanlam", "Vodacom"].map((name) =>
        createOrganization(db, { name, kind: OrganizationKind.CUSTOMER, parentId: provider.id }),
      ),
    );
    for (const [index, customer] of customers.entries()) {
      for (const role of [UserRole.OWNER, UserRole.READ_ONLY]) {
        const email = `${role}.${index}@${customer.name.toLowerCase()}.co.za`;
        await createUser(db, { organizationId: customer.id, email, displayName: `${customer.name} ${role}`, role });
      }
    }
  });
  afterAll(() => database.close());

  it("lists each organisation's users with their organisation", async () => {
    const result = await query(
      `{ organizations(kind: CUSTOMER) { name users { email displayName role organization { name } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const adcock = (result.data?.organizations as { name: string; users: unknown[] }[])[0];
    expect(adcock).toEqual({
      name: "Adcock",
      users: [
        { email: "owner.0@adcock.co.za", displayName: "Adcock owner", role: "OWNER", organization: { name: "Adcock" } },
        {
          email: "read_only.0@adcock.co.za",
          displayName: "Adcock read_only",
          role: "READ_ONLY",
          organization: { name: "Adcock" },
        },
      ],
    });
  });

  it("loads the users of every organisation in one query, and their organisations in one more", async () => {
    database.resetQueryCount();
    const result = await query(`{ organizations { users { id createdAt organization { id } } } }`);
    expect(result.errors).toBeUndefined();
    const users = (result.data?.organizations as { users: unknown[] }[]).flatMap((org) => org.users);
    expect(users).toHaveLength(6);
    // organisations, then all their users, then the users' organisations.
    expect(database.queryCount()).toBe(3);
  });
});
