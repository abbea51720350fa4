import "reflect-metadata";
import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { customerUser, providerStaff, resellerUser, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { telemetryTables } from "../../db/schema";
import { telemetryBillingSubgraph } from "../../index";

const BUDGET =
  "amount { amount currency } month spent { amount } forecast { amount } thresholdsReached { percent basis emailedAt }";
const SET = `mutation($org: ID!, $amount: Decimal) { setMonthlyBudget(organizationId: $org, amount: $amount) { ${BUDGET} } }`;
const READ = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization { budget { ${BUDGET} } } } }`;

describe("the monthly budget in the graph", () => {
  const org = randomUUID();
  let subgraph: TestSubgraph<typeof telemetryTables>;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(telemetryBillingSubgraph);
  });
  afterAll(() => subgraph.close());

  const set = (as: Caller, amount: string | null = "2500.00") => subgraph.request(SET, { org, amount }, { as });
  const read = async (as: Caller = customerUser(org, "read_only")) =>
    (
      await subgraph.request<{ _entities: ({ budget: unknown } | null)[] }>(
        READ,
        { reps: [{ __typename: "Organization", id: org }] },
        { as },
      )
    ).data!._entities[0];

  it("is set by owners, admins and billing users, and read by everyone in the organisation", async () => {
    expect((await set(customerUser(org, "billing"))).data).toMatchObject({
      setMonthlyBudget: {
        amount: { amount: "2500.00", currency: "ZAR" },
        spent: { amount: "0.00" },
        thresholdsReached: [],
      },
    });
    expect(await read()).toMatchObject({ budget: { amount: { amount: "2500.00" } } });
    expect(await read(resellerUser(randomUUID(), [org], "read_only"))).toMatchObject({
      budget: { amount: { amount: "2500.00" } },
    });
    expect(await read(customerUser(randomUUID(), "owner"))).toBeNull();
  });

  it("refuses members, read-only users and strangers, and bad amounts, changing nothing", async () => {
    for (const role of ["member", "read_only"] as const) {
      expect((await set(customerUser(org, role), "1.00")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await set(customerUser(randomUUID(), "owner"), "1.00")).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    for (const amount of ["0.00", "-5.00", "1.001", "100000000.01"]) {
      expect((await set(providerStaff(), amount)).errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "amount",
      });
    }
    expect(await read()).toMatchObject({ budget: { amount: { amount: "2500.00" } } });
  });

  it("takes one cent up to R 100 000 000, the limits themselves included", async () => {
    for (const amount of ["0.01", "100000000.00", "2500.00"]) {
      expect((await set(customerUser(org, "owner"), amount)).data).toMatchObject({
        setMonthlyBudget: { amount: { amount } },
      });
    }
  });

  it("is removed with a null amount", async () => {
    expect((await set(customerUser(org, "owner"), null)).data).toEqual({ setMonthlyBudget: null });
    expect(await read()).toEqual({ budget: null });
  });
});
