import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type tenancyTables, users } from "../db/schema";
import { tenancySubgraph } from "../index";
import { createOrganization } from "../organization/organization.service";
import { OrganizationKind } from "../organization/organization.type";
import { createUser, type CreateUserInput, listUsers } from "./user.service";
import { UserRole } from "./user.type";

describe("createUser and listUsers", () => {
  let database: Database<typeof tenancyTables>;
  let providerId: string;
  let customerId: string;

  beforeAll(async () => {
    database = await openTestDatabase(tenancySubgraph);
    providerId = (await createOrganization(database.db, { name: "Datacentrix", kind: OrganizationKind.PROVIDER })).id;
    customerId = (
      await createOrganization(database.db, { name: "Adcock", kind: OrganizationKind.CUSTOMER, parentId: providerId })
    ).id;
  });
  afterAll(() => database.close());

  it("stores the address lower-cased and the name trimmed, and lists users by address", async () => {
    const thandi = await createUser(database.db, {
      organizationId: customerId,
      email: "  Thandi.Nkosi@Adcock.CO.ZA ",
      displayName: " Thandi Nkosi ",
      role: UserRole.OWNER,
    });
    expect(thandi).toMatchObject({
      email: "thandi.nkosi@adcock.co.za",
      displayName: "Thandi Nkosi",
      role: UserRole.OWNER,
    });
    expect(thandi.disabledAt).toBeNull();
    await createUser(database.db, {
      organizationId: customerId,
      email: "billing@adcock.co.za",
      displayName: "B",
      role: UserRole.BILLING,
    });
    expect((await listUsers(database.db, customerId)).map((user) => user.email)).toEqual([
      "billing@adcock.co.za",
      "thandi.nkosi@adcock.co.za",
    ]);
    expect(await listUsers(database.db, providerId)).toEqual([]);
  });

  const NO_SUCH_ORGANIZATION = "00000000-0000-4000-8000-000000000000";
  const valid = (): CreateUserInput => ({
    organizationId: customerId,
    email: "new.person@adcock.co.za",
    displayName: "New Person",
    role: UserRole.MEMBER,
  });
  it.each<[string, () => CreateUserInput, string, string]>([
    ["a malformed address", () => ({ ...valid(), email: "new.person@adcock" }), "BAD_USER_INPUT", "email"],
    [
      "a 255-character address",
      () => ({ ...valid(), email: `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(56)}.co.za` }),
      "BAD_USER_INPUT",
      "email",
    ],
    ["an empty display name", () => ({ ...valid(), displayName: "   " }), "BAD_USER_INPUT", "displayName"],
    [
      "a 101-character display name",
      () => ({ ...valid(), displayName: "x".repeat(101) }),
      "BAD_USER_INPUT",
      "displayName",
    ],
    [
      "a display name with a line break",
      () => ({ ...valid(), displayName: "New\nPerson" }),
      "BAD_USER_INPUT",
      "displayName",
    ],
    ["a display name with NUL", () => ({ ...valid(), displayName: "New\u0000" }), "BAD_USER_INPUT", "displayName"],
    ["a display name with ESC", () => ({ ...valid(), displayName: "New \u001b[0m" }), "BAD_USER_INPUT", "displayName"],
    [
      "a display name with a right-to-left override",
      () => ({ ...valid(), displayName: "New \u202Enosrep" }),
      "BAD_USER_INPUT",
      "displayName",
    ],
    ["an unknown role", () => ({ ...valid(), role: "superuser" as UserRole }), "BAD_USER_INPUT", "role"],
    [
      "an unknown organisation",
      () => ({ ...valid(), organizationId: NO_SUCH_ORGANIZATION }),
      "BAD_USER_INPUT",
      "organizationId",
    ],
    [
      "an organisation id that is not a UUID",
      () => ({ ...valid(), organizationId: "adcock" }),
      "BAD_USER_INPUT",
      "organizationId",
    ],
  ])("refuses %s and writes nothing", async (_label, input, code, field) => {
    const before = await database.db.select().from(users);
    await expect(createUser(database.db, input())).rejects.toMatchObject({ extensions: { code, field } });
    expect(await database.db.select().from(users)).toHaveLength(before.length);
  });

  it("accepts display names of 1 and 100 characters", async () => {
    await createUser(database.db, { ...valid(), email: "one@adcock.co.za", displayName: "J" });
    await createUser(database.db, { ...valid(), email: "hundred@adcock.co.za", displayName: "é".repeat(100) });
  });

  it("refuses an address taken in any organisation and in any case, with CONFLICT", async () => {
    await createUser(database.db, { ...valid(), email: "taken@datacentrix.co.za", organizationId: providerId });
    const before = await database.db.select().from(users);
    await expect(createUser(database.db, { ...valid(), email: "TAKEN@datacentrix.co.za" })).rejects.toMatchObject({
      extensions: { code: "CONFLICT" },
    });
    expect(await database.db.select().from(users)).toHaveLength(before.length);
  });

  it("lets exactly one of two simultaneous requests take an address", async () => {
    const results = await Promise.allSettled(
      [providerId, customerId].map((organizationId) =>
        createUser(database.db, { ...valid(), email: "race@adcock.co.za", organizationId }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({
      reason: { extensions: { code: "CONFLICT" } },
    });
  });
});
