import "reflect-metadata";
import { customerUser, resellerUser } from "@dcx/kit/testing";
import { count } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { topUps } from "../db/schema";
import { settlementDepsOf } from "../wallet.deps";
import { reconcilePendingTopUps } from "./reconcile";
import { anotherOrganization, startTopUpWorld, testCard, type TopUpWorld } from "./top-up.test-world";

let world: TopUpWorld;
beforeEach(async () => {
  world = await startTopUpWorld(0n);
});
afterEach(() => world.close());

const topUpCount = async () => (await world.db.select({ n: count() }).from(topUps))[0]!.n;
const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

describe("starting a top-up", () => {
  it("with the same key returns the same top-up and payment page, never a second payment", async () => {
    const first = await world.start("150.00", { key: "top-up-key-1" });
    const again = await world.start("150.00", { key: "top-up-key-1" });
    expect(again.data).toEqual(first.data);
    expect(world.simulator.transactions()).toHaveLength(1);

    const different = await world.start("151.00", { key: "top-up-key-1" });
    expect(codeOf(different)).toBe("CONFLICT");
    expect(await topUpCount()).toBe(1);
  });

  it.each([
    ["too little", "9.99", "amount", undefined],
    ["too much", "500000.01", "amount", undefined],
    ["fractions of a cent", "10.001", "amount", undefined],
    ["a bad address", "100.00", "email", "not-an-address"],
  ])("refuses %s as BAD_USER_INPUT, writing nothing", async (_, amount, field, email) => {
    const result = await world.start(amount, email ? { email } : {});
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0]!.extensions).toMatchObject({ field });
    expect(await topUpCount()).toBe(0);
    expect(world.simulator.transactions()).toHaveLength(0);
  });

  it.each([
    ["the minimum", "10.00", 10_00n],
    ["the maximum", "500000.00", 500_000_00n],
  ])("accepts exactly %s and sends it to PayGate in cents", async (_, amount, cents) => {
    const started = await world.startOk(amount);
    expect(started.topUp.status).toBe("PENDING");
    expect(world.simulator.transaction(started.payRequestId)!.request.AMOUNT).toBe(cents.toString());
  });

  it.each([
    ["a member", "member", "FORBIDDEN"],
    ["a read-only user", "read_only", "FORBIDDEN"],
  ] as const)("is not for %s", async (_, role, code) => {
    const result = await world.start("100.00", { as: customerUser(world.organizationId, role) });
    expect(codeOf(result)).toBe(code);
    expect(await topUpCount()).toBe(0);
  });

  it("is for billing users and the organisation's reseller", async () => {
    expect((await world.start("100.00", { as: customerUser(world.organizationId, "billing") })).errors).toBeUndefined();
    const reseller = resellerUser(anotherOrganization(), [world.organizationId], "owner");
    expect((await world.start("100.00", { as: reseller })).errors).toBeUndefined();
  });

  it("for an organisation the caller cannot see answers NOT_FOUND", async () => {
    const stranger = customerUser(anotherOrganization(), "owner");
    expect(codeOf(await world.start("100.00", { as: stranger }))).toBe("NOT_FOUND");
    expect(await topUpCount()).toBe(0);
  });

  it("says PayGate is unavailable when it cannot be reached, and charges nothing", async () => {
    await world.simulator.close();
    const result = await world.start("100.00");
    expect(codeOf(result)).toBe("PAYMENT_PROVIDER_ERROR");
    expect(result.errors![0]!.message).toMatch(/^The card payment could not be started: PayGate could not be reached/);
    const [row] = await world.db.select().from(topUps);
    expect(row).toMatchObject({ status: "failed", entryId: null });
    expect(await world.balance()).toBe(0n);
  });
});

describe("reading a top-up", () => {
  const TOP_UP = `query($id: ID!) { topUp(id: $id) { id status amount { amount } } }`;

  it("is for those who can see the organisation; others get null", async () => {
    const started = await world.startOk("60.00");
    const own = await world.subgraph.request(TOP_UP, { id: started.topUp.id }, { as: world.owner });
    expect(own.data).toEqual({ topUp: { id: started.topUp.id, status: "PENDING", amount: { amount: "60.00" } } });
    const stranger = customerUser(anotherOrganization(), "owner");
    expect((await world.subgraph.request(TOP_UP, { id: started.topUp.id }, { as: stranger })).data).toEqual({
      topUp: null,
    });
  });
});

describe("reconciliation", () => {
  it("credits an approved payment whose notify never arrived, by asking PayGate", async () => {
    const started = await world.startOk("400.00");
    await world.simulator.settle(started.payRequestId, testCard("approved"));
    // The notify is held back: as if PayGate's callback was lost.
    const report = await reconcilePendingTopUps(world.db, settlementDepsOf(world.deps), {
      quietSeconds: 0,
      now: new Date(Date.now() + 1000),
    });
    expect(report).toMatchObject({ queried: 1, outcomes: { credited: 1 } });
    expect(await world.balance()).toBe(400_00n);

    await world.simulator.releaseNotify(started.payRequestId); // arrives late: changes nothing
    expect(await world.balance()).toBe(400_00n);
    expect((await world.events(started.topUp.id)).map((event) => [event.source, event.outcome])).toEqual([
      ["query", "credited"],
      ["query", "duplicate"],
      ["notify", "confirmed"],
    ]);
  });

  it("leaves an unpaid top-up pending, then expires it after a day", async () => {
    const started = await world.startOk("80.00");
    const soon = await reconcilePendingTopUps(world.db, settlementDepsOf(world.deps), {
      quietSeconds: 0,
      now: new Date(Date.now() + 1000),
    });
    expect(soon.outcomes).toEqual({ still_pending: 1 });
    const nextDay = await reconcilePendingTopUps(world.db, settlementDepsOf(world.deps), {
      now: new Date(Date.now() + 25 * 3600_000),
    });
    expect(nextDay.outcomes).toEqual({ expired: 1 });
    expect((await world.topUpRow(started.topUp.id)).status).toBe("expired");
  });

  it("credits an approval that arrives after the top-up expired: it is the customer's money", async () => {
    const started = await world.startOk("90.00");
    await reconcilePendingTopUps(world.db, settlementDepsOf(world.deps), { now: new Date(Date.now() + 25 * 3600_000) });
    expect((await world.topUpRow(started.topUp.id)).status).toBe("expired");
    await world.simulator.settle(started.payRequestId, testCard("approved"));
    await world.simulator.releaseNotify(started.payRequestId);
    expect((await world.topUpRow(started.topUp.id)).status).toBe("approved");
    expect(await world.balance()).toBe(90_00n);
  });

  it("keeps asking while PayGate is unreachable", async () => {
    await world.startOk("80.00");
    await world.simulator.close();
    const report = await reconcilePendingTopUps(world.db, settlementDepsOf(world.deps), {
      quietSeconds: 0,
      now: new Date(Date.now() + 1000),
    });
    expect(report.outcomes).toEqual({ unreachable: 1 });
    expect((await world.db.select().from(topUps))[0]!.status).toBe("pending");
  });
});

describe("a top-up's ledger key", () => {
  it("cannot be taken first by a client: keys starting with top-up: are refused", async () => {
    const grant = await world.subgraph.request(
      `mutation($org: ID!) { grantCredit(organizationId: $org, amount: "1.00", description: "x", idempotencyKey: "top-up:00000000-0000-4000-8000-000000000000") { id } }`,
      { org: world.organizationId },
    );
    expect(grant.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "idempotencyKey" });
    expect(await world.balance()).toBe(0n);
  });
});
