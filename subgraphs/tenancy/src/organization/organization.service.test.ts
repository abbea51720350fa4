import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type tenancyTables } from "../db/schema";
import { tenancySubgraph } from "../index";
import { createOrganization, type CreateOrganizationInput } from "./organization.service";
import { listOrganizations } from "./organization.store";
import { OrganizationKind } from "./organization.type";

describe("createOrganization", () => {
  let database: Database<typeof tenancyTables>;
  let providerId: string;
  let resellerId: string;

  beforeAll(async () => {
    database = await openTestDatabase(tenancySubgraph);
    providerId = (await createOrganization(database.db, { name: "Datacentrix", kind: OrganizationKind.PROVIDER })).id;
    resellerId = (
      await createOrganization(database.db, {
        name: "CloudTech",
        kind: OrganizationKind.RESELLER,
        parentId: providerId,
      })
    ).id;
  });
  afterAll(() => database.close());

  it("creates customers under a reseller and directly under the provider", async () => {
    const vodacom = await createOrganization(database.db, {
      name: "  Vodacom ",
      kind: OrganizationKind.CUSTOMER,
      parentId: resellerId,
    });
    expect(vodacom).toMatchObject({ name: "Vodacom", kind: OrganizationKind.CUSTOMER, parentId: resellerId });
    const adcock = await createOrganization(database.db, {
      name: "Adcock",
      kind: OrganizationKind.CUSTOMER,
      parentId: providerId,
    });
    expect(adcock.parentId).toBe(providerId);
  });

  const NO_SUCH_ORGANIZATION = "00000000-0000-4000-8000-000000000000";
  it.each<[string, () => CreateOrganizationInput, RegExp]>([
    ["a one-letter name", () => ({ name: "X", kind: OrganizationKind.CUSTOMER, parentId: providerId }), /Name must be/],
    [
      "a 101-character name",
      () => ({ name: "x".repeat(101), kind: OrganizationKind.CUSTOMER, parentId: providerId }),
      /Name must be 2–100/,
    ],
    [
      "a name with NUL",
      () => ({ name: "Acme\u0000 Ltd", kind: OrganizationKind.CUSTOMER, parentId: providerId }),
      /control or text-direction/,
    ],
    [
      "a name with a line break",
      () => ({ name: "Acme\nLtd", kind: OrganizationKind.CUSTOMER, parentId: providerId }),
      /control or text-direction/,
    ],
    [
      "a name with ESC",
      () => ({ name: "Acme \u001b[2J", kind: OrganizationKind.CUSTOMER, parentId: providerId }),
      /control or text-direction/,
    ],
    [
      "a name with a right-to-left override",
      () => ({ name: "Acme \u202Edtl", kind: OrganizationKind.CUSTOMER, parentId: providerId }),
      /control or text-direction/,
    ],
    ["a customer without a parent", () => ({ name: "Orphan Ltd", kind: OrganizationKind.CUSTOMER }), /needs a parent/],
    [
      "a second provider",
      () => ({ name: "Second Provider", kind: OrganizationKind.PROVIDER }),
      /already has a provider/,
    ],
    [
      "an unknown parent",
      () => ({ name: "Nested Reseller", kind: OrganizationKind.RESELLER, parentId: NO_SUCH_ORGANIZATION }),
      /does not exist/,
    ],
    [
      "a name taken in another case",
      () => ({ name: "vodacom", kind: OrganizationKind.CUSTOMER, parentId: providerId }),
      /already exists/,
    ],
  ])("refuses %s and writes nothing", async (_label, input, message) => {
    const before = await listOrganizations(database.db);
    await expect(createOrganization(database.db, input())).rejects.toThrow(message);
    expect(await listOrganizations(database.db)).toHaveLength(before.length);
  });

  it("trims names and takes them at their limits: 2 and 100 characters", async () => {
    const two = await createOrganization(database.db, {
      name: "  Ab  ",
      kind: OrganizationKind.CUSTOMER,
      parentId: providerId,
    });
    expect(two.name).toBe("Ab");
    const hundred = await createOrganization(database.db, {
      name: "é".repeat(100),
      kind: OrganizationKind.CUSTOMER,
      parentId: providerId,
    });
    expect(hundred.name).toBe("é".repeat(100));
  });

  it("keeps resellers one level deep", async () => {
    await expect(
      createOrganization(database.db, { name: "Sub Reseller", kind: OrganizationKind.RESELLER, parentId: resellerId }),
    ).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "parentId" } });
  });
});
