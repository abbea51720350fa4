import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { organizations } from "../db/schema";
import type { Organization } from "../organization/organization.type";
import { openTenancyWorld, type TenancyWorld } from "../tenancy-world.testing";
import { UserRole } from "../user/user.type";
import { updateBillingDetails } from "./billing-details.service";

const UPDATE = `mutation($id: ID!, $billingAddress: String, $vatNumber: String) {
  updateBillingDetails(organizationId: $id, billingAddress: $billingAddress, vatNumber: $vatNumber) {
    id billingAddress vatNumber } }`;
const READ = `query($id: ID!) { organization(id: $id) { id name billingAddress vatNumber } }`;

const ADDRESS = "Vodacom Corporate Park\n82 Vodacom Boulevard\nMidrand\n1685";
const VAT = "4123456789";

type Updated = { updateBillingDetails: { id: string; billingAddress: string | null; vatNumber: string | null } };
const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

describe("updateBillingDetails in the graph", () => {
  let world: TenancyWorld;
  let vodacom: Organization;
  beforeAll(async () => {
    world = await openTenancyWorld();
    vodacom = world.orgs.vodacom;
  });
  afterAll(() => world.close());
  // Every test starts from the same known details.
  beforeEach(async () => {
    await updateBillingDetails(world.db, vodacom.id, { billingAddress: ADDRESS, vatNumber: VAT });
  });

  const update = (as: Caller | null, variables: Record<string, unknown>, id = vodacom.id) =>
    world.subgraph.request<Updated>(UPDATE, { id, ...variables }, { as });
  const stored = async (id = vodacom.id) => {
    const [row] = await world.db
      .select({ billingAddress: organizations.billingAddress, vatNumber: organizations.vatNumber })
      .from(organizations)
      .where(eq(organizations.id, id));
    return row;
  };

  it("sets both fields, storing the VAT number's digits, and answers the organisation", async () => {
    const owner = await world.callerIn(vodacom, UserRole.OWNER);
    const result = await update(owner, {
      billingAddress: "  Vodacom World\n 082 Vodacom Boulevard \nMidrand\n",
      vatNumber: "4987 654 321",
    });
    expect(result).toEqual({
      data: {
        updateBillingDetails: {
          id: vodacom.id,
          billingAddress: "Vodacom World\n082 Vodacom Boulevard\nMidrand",
          vatNumber: "4987654321",
        },
      },
    });
    expect(await stored()).toEqual({
      billingAddress: "Vodacom World\n082 Vodacom Boulevard\nMidrand",
      vatNumber: "4987654321",
    });
  });

  it("keeps a field left out, and clears one given as null or blank", async () => {
    const admin = await world.callerIn(vodacom, UserRole.ADMIN);
    expect((await update(admin, { vatNumber: null })).data?.updateBillingDetails).toMatchObject({
      billingAddress: ADDRESS,
      vatNumber: null,
    });
    expect(await stored()).toEqual({ billingAddress: ADDRESS, vatNumber: null });
    await update(admin, { vatNumber: VAT });
    expect(await stored()).toEqual({ billingAddress: ADDRESS, vatNumber: VAT });
    expect((await update(admin, { billingAddress: " \n " })).errors).toBeUndefined();
    expect(await stored()).toEqual({ billingAddress: null, vatNumber: VAT });
    expect((await update(admin, {})).data?.updateBillingDetails).toMatchObject({
      billingAddress: null,
      vatNumber: VAT,
    });
  });

  it.each([
    ["the organisation's owner", "vodacom", UserRole.OWNER],
    ["the organisation's admin", "vodacom", UserRole.ADMIN],
    ["its reseller's owner", "reseller", UserRole.OWNER],
    ["its reseller's admin", "reseller", UserRole.ADMIN],
    ["the provider's owner", "provider", UserRole.OWNER],
    ["the provider's admin", "provider", UserRole.ADMIN],
  ] as const)("lets %s change them", async (_, org, role) => {
    const caller = await world.callerIn(world.orgs[org], role);
    const vatNumber = `4${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
    expect((await update(caller, { vatNumber })).errors).toBeUndefined();
    expect(await stored()).toEqual({ billingAddress: ADDRESS, vatNumber });
  });

  const refusedCallers: [string, () => Promise<Caller | null>, string][] = [
    ["its own billing user", () => world.callerIn(vodacom, UserRole.BILLING), "FORBIDDEN"],
    ["its own member", () => world.callerIn(vodacom, UserRole.MEMBER), "FORBIDDEN"],
    ["its own read-only user", () => world.callerIn(vodacom, UserRole.READ_ONLY), "FORBIDDEN"],
    ["its reseller's billing user", () => world.callerIn(world.orgs.reseller, UserRole.BILLING), "FORBIDDEN"],
    ["its reseller's read-only user", () => world.callerIn(world.orgs.reseller, UserRole.READ_ONLY), "FORBIDDEN"],
    ["the provider's member", () => world.callerIn(world.orgs.provider, UserRole.MEMBER), "FORBIDDEN"],
    [
      "its owner's API key",
      async () => ({ ...(await world.callerIn(vodacom, UserRole.OWNER)), kind: "api_key", role: "member" }) as Caller,
      "FORBIDDEN",
    ],
    [
      "a read-only credential of an owner",
      async () => ({ ...(await world.callerIn(vodacom, UserRole.OWNER)), readOnly: true }) as Caller,
      "FORBIDDEN",
    ],
    ["a sibling customer's owner", () => world.callerIn(world.orgs.pnp, UserRole.OWNER), "NOT_FOUND"],
    ["a direct customer's owner", () => world.callerIn(world.orgs.adcock, UserRole.OWNER), "NOT_FOUND"],
    ["a foreign customer's owner", () => world.callerIn(world.orgs.foreign, UserRole.OWNER), "NOT_FOUND"],
    ["another reseller's owner", () => world.callerIn(world.orgs.otherReseller, UserRole.OWNER), "NOT_FOUND"],
    ["a caller who has not signed in", async () => null, "UNAUTHENTICATED"],
  ];

  it.each(refusedCallers)("refuses %s, writing nothing", async (_, callerFor, code) => {
    const caller = await callerFor();
    const result = await update(caller, { billingAddress: "Intruder Road", vatNumber: null });
    expect(codeOf(result)).toBe(code);
    expect(result.data ?? null).toBeNull();
    expect(await stored()).toEqual({ billingAddress: ADDRESS, vatNumber: VAT });
  });

  it("answers NOT_FOUND alike for an organisation above the caller's and for one that does not exist", async () => {
    const owner = await world.callerIn(vodacom, UserRole.OWNER);
    const resellerAdmin = await world.callerIn(world.orgs.reseller, UserRole.ADMIN);
    const above = await update(owner, { vatNumber: VAT }, world.orgs.reseller.id);
    const provider = await update(resellerAdmin, { vatNumber: VAT }, world.orgs.provider.id);
    const missingId = randomUUID();
    const missing = await update(await world.callerIn(world.orgs.provider, UserRole.OWNER), {}, missingId);
    expect([codeOf(above), codeOf(provider), codeOf(missing)]).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND"]);
    expect(above.errors?.[0]?.message).toBe(`Organisation ${world.orgs.reseller.id} does not exist`);
    expect(missing.errors?.[0]?.message).toBe(`Organisation ${missingId} does not exist`);
    expect(await stored(world.orgs.reseller.id)).toEqual({ billingAddress: null, vatNumber: null });
  });

  it.each([
    ["a seven-line address", { billingAddress: "1\n2\n3\n4\n5\n6\n7", vatNumber: "4000000000" }, "billingAddress"],
    ["an address with a tab", { billingAddress: "12\tMain Road" }, "billingAddress"],
    ["a VAT number of nine digits", { billingAddress: "New Road 1", vatNumber: "412345678" }, "vatNumber"],
    ["a VAT number starting with 9", { vatNumber: "9123456789" }, "vatNumber"],
  ])("refuses %s as BAD_USER_INPUT naming the field, writing neither field", async (_, variables, field) => {
    const admin = await world.callerIn(world.orgs.provider, UserRole.ADMIN);
    const result = await update(admin, variables);
    expect(result.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field });
    expect(await stored()).toEqual({ billingAddress: ADDRESS, vatNumber: VAT });
  });

  it("shows the details to whoever may see the organisation, like its name, and to no one else", async () => {
    const read = async (as: Caller) =>
      (await world.subgraph.request<{ organization: unknown }>(READ, { id: vodacom.id }, { as })).data?.organization;
    const seen = { id: vodacom.id, name: "Vodacom", billingAddress: ADDRESS, vatNumber: VAT };
    expect(await read(await world.callerIn(vodacom, UserRole.READ_ONLY))).toEqual(seen);
    expect(await read(await world.callerIn(world.orgs.reseller, UserRole.MEMBER))).toEqual(seen);
    expect(await read(await world.callerIn(world.orgs.provider, UserRole.BILLING))).toEqual(seen);
    expect(await read(await world.callerIn(world.orgs.foreign, UserRole.OWNER))).toBeNull();
    expect(await read(await world.callerIn(world.orgs.pnp, UserRole.OWNER))).toBeNull();
  });
});

describe("updateBillingDetails for trusted code", () => {
  let world: TenancyWorld;
  beforeAll(async () => {
    world = await openTenancyWorld();
  });
  afterAll(() => world.close());

  it("applies the same rules, and names an organisation that does not exist", async () => {
    const adcock = world.orgs.adcock.id;
    expect(
      await updateBillingDetails(world.db, adcock, {
        billingAddress: "1 Sixth Street\nWynberg",
        vatNumber: "4 000 000 001",
      }),
    ).toMatchObject({ id: adcock, billingAddress: "1 Sixth Street\nWynberg", vatNumber: "4000000001" });
    await expect(updateBillingDetails(world.db, adcock, { vatNumber: "12345" })).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "vatNumber" },
    });
    await expect(updateBillingDetails(world.db, randomUUID(), { vatNumber: null })).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "organizationId" },
    });
  });

  it("is backed by the database: a VAT number that is not ten digits, or an empty address, is refused there too", async () => {
    const id = world.orgs.pnp.id;
    const write = (values: { vatNumber?: string; billingAddress?: string }) =>
      world.db.update(organizations).set(values).where(eq(organizations.id, id));
    await expect(write({ vatNumber: "4123 456 789" })).rejects.toThrow();
    await expect(write({ vatNumber: "5123456789" })).rejects.toThrow();
    await expect(write({ billingAddress: "" })).rejects.toThrow();
    await expect(write({ billingAddress: "x".repeat(401) })).rejects.toThrow();
    await write({ vatNumber: "4123456789", billingAddress: "x".repeat(400) });
  });
});
