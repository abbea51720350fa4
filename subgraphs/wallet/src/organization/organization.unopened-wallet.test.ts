import "reflect-metadata";
import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { customerUser, providerStaff, resellerUser } from "@dcx/kit/testing";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWalletContext } from "../context";
import { topUps, wallets } from "../db/schema";
import { START, type StartedTopUp, startTopUpWorld, type TopUpWorld } from "../top-up/top-up.test-world";
import { walletIdOf } from "../wallet/wallet-id";
import { OrganizationWalletResolver } from "./organization.resolver";

const WALLET = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization { id wallet {
  id currency balance { amount } available { amount } creditLimit { amount }
  breakdown { paid { amount } granted { amount } spent { amount } adjusted { amount } }
  lowBalanceAlert { email } suspensionPolicy { enabled graceHours } arrears { since } usageRunway { days }
  entries { id } holds { id } topUps { id status }
  transactions(first: 5) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } } } } }`;
const SET_ALERT = `mutation($org: ID!) {
  setLowBalanceAlert(organizationId: $org, threshold: "50.00", email: "finance@example.co.za") { threshold { amount } } }`;
const SET_CREDIT_LIMIT = `mutation($org: ID!) { setCreditLimit(organizationId: $org, amount: "100.00") { amount } }`;
const SET_SUSPENSION = `mutation($org: ID!) {
  setSuspensionPolicy(organizationId: $org, enabled: false, graceHours: 48) { enabled graceHours } }`;

interface GraphResult {
  data?: unknown;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

let world: TopUpWorld;
beforeAll(async () => {
  world = await startTopUpWorld();
});
afterAll(() => world.close());

/** A customer organisation tenancy has just created: no wallet row, visible to its reseller's users. */
function newCustomer(role: "owner" | "admin" | "billing" = "admin") {
  const organizationId = randomUUID();
  return { organizationId, reseller: resellerUser(randomUUID(), [organizationId], role) };
}

const readWallet = (organizationId: string, as: Caller | null) =>
  world.subgraph.request(WALLET, { reps: [{ __typename: "Organization", id: organizationId }] }, { as });

const startTopUp = (organizationId: string, as: Caller | null, key: string = randomUUID()) =>
  world.subgraph.request<{ startTopUp: StartedTopUp }>(
    START,
    { input: { organizationId, amount: "150.00", email: "finance@example.co.za", idempotencyKey: key } },
    { as },
  );

const walletRows = (organizationId: string) =>
  world.db.select().from(wallets).where(eq(wallets.organizationId, organizationId));

/** An answer with the organisation's id masked: what an unknown organisation must answer too. */
const masked = (result: GraphResult, organizationId: string) =>
  JSON.parse(JSON.stringify(result).replaceAll(organizationId, "<organisation>"));

describe("a visible organisation without a wallet", () => {
  it("reads an empty wallet, with the id its row will get, and nothing is written", async () => {
    const { organizationId, reseller } = newCustomer();
    for (const caller of [reseller, customerUser(organizationId, "read_only"), providerStaff()]) {
      const result = await readWallet(organizationId, caller);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        _entities: [
          {
            id: organizationId,
            wallet: {
              id: walletIdOf(organizationId),
              currency: "ZAR",
              balance: { amount: "0.00" },
              available: { amount: "0.00" },
              creditLimit: { amount: "0.00" },
              breakdown: {
                paid: { amount: "0.00" },
                granted: { amount: "0.00" },
                spent: { amount: "0.00" },
                adjusted: { amount: "0.00" },
              },
              lowBalanceAlert: null,
              suspensionPolicy: { enabled: true, graceHours: 72 },
              arrears: null,
              usageRunway: null,
              entries: [],
              holds: [],
              topUps: [],
              transactions: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
            },
          },
        ],
      });
    }
    expect(await walletRows(organizationId)).toEqual([]);
  });

  it("starts a card top-up, which opens the wallet with the id already shown", async () => {
    const { organizationId, reseller } = newCustomer();
    const started = await startTopUp(organizationId, reseller);
    expect(started.errors).toBeUndefined();
    expect(started.data?.startTopUp.topUp).toMatchObject({ status: "PENDING", amount: { amount: "150.00" } });
    expect(await walletRows(organizationId)).toEqual([
      expect.objectContaining({ id: walletIdOf(organizationId), organizationId }),
    ]);
    const after = await readWallet(organizationId, reseller);
    expect(after.data).toMatchObject({
      _entities: [
        { wallet: { id: walletIdOf(organizationId), balance: { amount: "0.00" }, topUps: [{ status: "PENDING" }] } },
      ],
    });
  });

  it("opens one wallet when first top-ups start at once", async () => {
    const { organizationId, reseller } = newCustomer("billing");
    const results = await Promise.all(Array.from({ length: 6 }, () => startTopUp(organizationId, reseller)));
    expect(results.map((result) => result.errors)).toEqual(Array(6).fill(undefined));
    const rows = await walletRows(organizationId);
    expect(rows).toHaveLength(1);
    const [started] = await world.db.select({ n: count() }).from(topUps).where(eq(topUps.walletId, rows[0]!.id));
    expect(started!.n).toBe(6);
  });

  it.each([
    ["the low-balance warning, set by its reseller", SET_ALERT, "reseller"],
    ["the credit limit, set by provider staff", SET_CREDIT_LIMIT, "provider"],
    ["the suspension policy, set by provider staff", SET_SUSPENSION, "provider"],
  ] as const)("takes %s, opening the wallet", async (_, mutation, by) => {
    const { organizationId, reseller } = newCustomer();
    const result = await world.subgraph.request(
      mutation,
      { org: organizationId },
      {
        as: by === "reseller" ? reseller : providerStaff(),
      },
    );
    expect(result.errors).toBeUndefined();
    expect(await walletRows(organizationId)).toHaveLength(1);
  });

  it("is not opened by someone who may not pay in", async () => {
    const { organizationId } = newCustomer();
    const result = await startTopUp(organizationId, customerUser(organizationId, "read_only"));
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await walletRows(organizationId)).toEqual([]);
  });
});

describe("an organisation the caller cannot see, without a wallet", () => {
  const writes: [string, (organizationId: string, as: Caller) => Promise<GraphResult>][] = [
    ["a card top-up", (organizationId, as) => startTopUp(organizationId, as, "same-key")],
    [
      "the low-balance warning",
      (organizationId, as) => world.subgraph.request(SET_ALERT, { org: organizationId }, { as }),
    ],
  ];

  it("reads as an unknown one does, and nothing is written", async () => {
    const { organizationId: hidden } = newCustomer();
    const unknown = randomUUID();
    const { reseller: stranger } = newCustomer("owner");
    const [seen, unseen] = [await readWallet(hidden, stranger), await readWallet(unknown, stranger)];
    expect(seen).toEqual({ data: { _entities: [null] } });
    expect(unseen).toEqual(seen);
    expect(await walletRows(hidden)).toEqual([]);
  });

  it("gets null behind the reference too, not an empty wallet", async () => {
    const { organizationId: hidden } = newCustomer();
    const { reseller: stranger } = newCustomer("owner");
    const context = createWalletContext(world.db, { caller: stranger, clientAddress: "127.0.0.1" }, world.deps);
    expect(await new OrganizationWalletResolver().wallet({ id: hidden }, context)).toBeNull();
  });

  it.each(writes)("answers %s as for an unknown one, and opens no wallet", async (_, write) => {
    const { organizationId: hidden } = newCustomer();
    const unknown = randomUUID();
    const { reseller: stranger } = newCustomer("owner");
    const seen = await write(hidden, stranger);
    const unseen = await write(unknown, stranger);
    expect(seen.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(masked(seen, hidden)).toEqual(masked(unseen, unknown));
    expect([...(await walletRows(hidden)), ...(await walletRows(unknown))]).toEqual([]);
  });
});
