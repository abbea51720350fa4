import "reflect-metadata";
import { randomUUID } from "node:crypto";
import {
  customerUser,
  providerStaff,
  resellerUser,
  startTestSubgraph,
  testServiceKeys,
  type TestSubgraph,
} from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { walletTables } from "../db/schema";
import { fundedWallet } from "../hold/hold.test-helpers";
import { walletSubgraph } from "../index";
import { postUsageCharge } from "../ledger/usage-charge.service";

const SET = `mutation($org: ID!, $enabled: Boolean!, $graceHours: Int) {
  setSuspensionPolicy(organizationId: $org, enabled: $enabled, graceHours: $graceHours) { enabled graceHours } }`;
const READ = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization {
  wallet { available { amount } suspensionPolicy { enabled graceHours }
    arrears { since graceEndsAt vmsSuspendedAt shortfall { amount currency } } } } } }`;

const vms = testServiceKeys("vms");
let subgraph: TestSubgraph<typeof walletTables>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(walletSubgraph, undefined, {
    trustedServices: new Map([[vms.service, vms.publicKey]]),
  });
});
afterAll(() => subgraph.close());

const read = (organizationId: string, as = customerUser(organizationId, "read_only")) =>
  subgraph.request(READ, { reps: [{ __typename: "Organization", id: organizationId }] }, { as });

describe("unpaid usage in the graph", () => {
  it("shows the episode and what a top-up must add, to everyone in the organisation", async () => {
    const { organizationId } = await fundedWallet(subgraph.database.db, 10_00n);
    const before = await read(organizationId);
    expect(before.data).toMatchObject({
      _entities: [{ wallet: { suspensionPolicy: { enabled: true, graceHours: 72 }, arrears: null } }],
    });
    await postUsageCharge(subgraph.database.db, {
      organizationId,
      amountCents: 35_50n,
      description: "VM usage",
      idempotencyKey: `usage:${organizationId}:2026-11-02`,
    });
    const { data } = await read(organizationId);
    type Read = {
      available: { amount: string };
      arrears: { since: string; graceEndsAt: string };
    };
    const wallet = (data as { _entities: [{ wallet: Read }] })._entities[0].wallet;
    expect(wallet.available.amount).toBe("-25.50");
    expect(wallet.arrears).toMatchObject({ vmsSuspendedAt: null, shortfall: { amount: "25.50", currency: "ZAR" } });
    expect(Date.parse(wallet.arrears.graceEndsAt) - Date.parse(wallet.arrears.since)).toBe(72 * 3_600_000);
    expect((await read(organizationId, customerUser(randomUUID(), "owner"))).data).toEqual({ _entities: [null] });
  });

  it("lets provider staff alone set the policy", async () => {
    const { organizationId } = await fundedWallet(subgraph.database.db, 0n);
    const set = (as: ReturnType<typeof providerStaff>, enabled = false, graceHours: number | null = 96) =>
      subgraph.request(SET, { org: organizationId, enabled, graceHours }, { as });

    for (const as of [customerUser(organizationId, "owner"), resellerUser(randomUUID(), [organizationId], "owner")]) {
      expect((await set(as)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await set(providerStaff(), false, 20)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "graceHours",
    });
    expect((await set(providerStaff())).data).toEqual({ setSuspensionPolicy: { enabled: false, graceHours: 96 } });
    expect((await set(providerStaff(), true, null)).data).toEqual({
      setSuspensionPolicy: { enabled: true, graceHours: 96 },
    });

    const asVms = vms.client({ wallet: subgraph.server.graphqlUrl });
    const byService = await asVms.request("wallet", SET, { org: organizationId, enabled: false, graceHours: null });
    expect(byService.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await read(organizationId)).data).toMatchObject({
      _entities: [{ wallet: { suspensionPolicy: { enabled: true, graceHours: 96 } } }],
    });
  });
});
