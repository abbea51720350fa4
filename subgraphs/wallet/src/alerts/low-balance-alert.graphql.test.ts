import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { customerUser, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { walletTables } from "../db/schema";
import { fundedWallet } from "../hold/hold.test-helpers";
import { walletSubgraph } from "../index";

const SET = `mutation($org: ID!, $threshold: Decimal, $email: String) {
  setLowBalanceAlert(organizationId: $org, threshold: $threshold, email: $email) { threshold { amount } email warned } }`;
const READ = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization {
  wallet { lowBalanceAlert { threshold { amount } email warned } } } } }`;

let subgraph: TestSubgraph<typeof walletTables>;
let organizationId: string;
beforeAll(async () => {
  subgraph = await startTestSubgraph(walletSubgraph);
  ({ organizationId } = await fundedWallet(subgraph.database.db, 200_00n));
});
afterAll(() => subgraph.close());

const read = (as = customerUser(organizationId, "read_only")) =>
  subgraph.request(READ, { reps: [{ __typename: "Organization", id: organizationId }] }, { as });

describe("the low-balance alert in the graph", () => {
  it("is set by a billing user and read by everyone in the organisation", async () => {
    const set = await subgraph.request(
      SET,
      { org: organizationId, threshold: "250.00", email: "finance@example.co.za" },
      { as: customerUser(organizationId, "billing") },
    );
    expect(set.data).toEqual({
      setLowBalanceAlert: { threshold: { amount: "250.00" }, email: "finance@example.co.za", warned: true },
    });
    expect((await read()).data).toEqual({
      _entities: [
        {
          wallet: {
            lowBalanceAlert: { threshold: { amount: "250.00" }, email: "finance@example.co.za", warned: true },
          },
        },
      ],
    });
  });

  it("is not set by members or read-only users, and not seen by strangers", async () => {
    for (const role of ["member", "read_only"] as const) {
      const denied = await subgraph.request(
        SET,
        { org: organizationId, threshold: "1.00", email: "x@example.co.za" },
        { as: customerUser(organizationId, role) },
      );
      expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await read()).data).toMatchObject({
      _entities: [{ wallet: { lowBalanceAlert: { threshold: { amount: "250.00" } } } }],
    });
    expect((await read(customerUser(randomUUID(), "owner"))).data).toEqual({ _entities: [null] });
  });
});
