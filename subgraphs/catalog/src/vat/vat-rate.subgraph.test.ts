import { customerUser, providerStaff, resellerUser, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type catalogTables, vatRates } from "../db/schema";
import { catalogSubgraph } from "../index";
import { setVatRate, vatRateAt } from "./vat-rate.service";

const SET = `mutation($rate: Decimal!, $from: DateTimeISO!) { setVatRate(rate: $rate, effectiveFrom: $from) { rate effectiveFrom } }`;
const AT = `query($at: DateTimeISO) { vatRate(at: $at) { rate effectiveFrom } }`;

describe("VAT rates", () => {
  let subgraph: TestSubgraph<typeof catalogTables>;
  const inAMonth = new Date(Date.now() + 30 * 86_400_000);
  const rows = async () => (await subgraph.database.db.select().from(vatRates)).length;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(catalogSubgraph);
  });
  afterAll(() => subgraph.close());

  it("has 15 % from 2018-04-01 (SAST) from the migration, and none before", async () => {
    const db = subgraph.database.db;
    expect(await vatRateAt(db, new Date("2018-04-01T00:00:00+02:00"))).toEqual({
      rate: 1500n,
      effectiveFrom: new Date("2018-03-31T22:00:00Z"),
    });
    await expect(vatRateAt(db, new Date("2018-03-31T21:59:59Z"))).rejects.toThrow(/No VAT rate/);
  });

  it("lets provider staff schedule a future rate; the rate in force changes on that date only", async () => {
    const result = await subgraph.request(
      SET,
      { rate: "0.16", from: inAMonth.toISOString() },
      { as: providerStaff({ role: "owner" }) },
    );
    expect(result.data).toEqual({ setVatRate: { rate: "0.1600", effectiveFrom: inAMonth.toISOString() } });
    const before = new Date(inAMonth.getTime() - 1);
    expect((await subgraph.request(AT, { at: before.toISOString() })).data).toEqual({
      vatRate: { rate: "0.1500", effectiveFrom: "2018-03-31T22:00:00.000Z" },
    });
    expect((await subgraph.request(AT, { at: inAMonth.toISOString() })).data).toEqual({
      vatRate: { rate: "0.1600", effectiveFrom: inAMonth.toISOString() },
    });
    expect((await subgraph.request(AT, {})).data).toMatchObject({ vatRate: { rate: "0.1500" } });
  });

  it.each([
    ["a customer owner", customerUser(randomUUID(), "owner")],
    ["a reseller admin", resellerUser(randomUUID(), [], "admin")],
    ["provider billing", providerStaff({ role: "billing" })],
    ["a provider read-only key", providerStaff({ readOnly: true })],
  ])("refuses %s with FORBIDDEN and writes nothing", async (_, as) => {
    const before = await rows();
    const result = await subgraph.request(
      SET,
      { rate: "0.2", from: new Date(Date.now() + 86_400_000 * 90).toISOString() },
      { as },
    );
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(await rows()).toBe(before);
  });

  it.each([
    ["a past date (the past is never rewritten)", "0.14", "2020-01-01T00:00:00Z", "BAD_USER_INPUT"],
    ["a rate of 1 or more", "1", null, "BAD_USER_INPUT"],
    ["a negative rate", "-0.15", null, "BAD_USER_INPUT"],
    ["five decimals", "0.15005", null, "BAD_USER_INPUT"],
    ["a second rate at the same instant", "0.17", "same", "CONFLICT"],
  ])("refuses %s and writes nothing", async (_, rate, from, code) => {
    const before = await rows();
    const at =
      from === "same" ? inAMonth.toISOString() : (from ?? new Date(Date.now() + 86_400_000 * 60).toISOString());
    const result = await subgraph.request(SET, { rate, from: at });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual([code]);
    expect(await rows()).toBe(before);
  });

  it("judges the past by the clock it is given, not the machine's", async () => {
    const before = await rows();
    const effectiveFrom = new Date("2090-01-01T00:00:00Z");
    await expect(
      setVatRate(subgraph.database.db, { rate: "0.16", effectiveFrom }, new Date("2091-01-01T00:00:00Z")),
    ).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "effectiveFrom" } });
    expect(await rows()).toBe(before);
  });
});
