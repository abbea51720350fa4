import { randomUUID } from "node:crypto";
import { type Caller, encodeTimeCursor } from "@dcx/kit";
import { startTestSubgraph, tenantCallers, type TestSubgraph } from "@dcx/kit/testing";
import { desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWalletContext } from "../context";
import { walletEntries, type walletTables } from "../db/schema";
import { walletSubgraph } from "../index";
import { testWalletDeps } from "../wallet.testing";
import { WalletResolver } from "../wallet/wallet.resolver";
import { findWalletsWithBalanceByOrganizationIds } from "../wallet/wallet.store";
import { openWallet } from "../wallet/wallet.service";
import { EntryKind } from "./ledger-entry.type";
import { postEntry } from "./ledger.service";

const PAGE = `query($reps: [_Any!]!, $first: Int, $after: String) { _entities(representations: $reps) {
  ... on Organization { wallet { transactions(first: $first, after: $after) {
    totalCount edges { cursor node { id description amount { amount } } } pageInfo { hasNextPage endCursor } } } } } }`;

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string; description: string; amount: { amount: string } } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe("Wallet.transactions", () => {
  let subgraph: TestSubgraph<typeof walletTables>;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(walletSubgraph);
  });
  afterAll(() => subgraph.close());

  const post = (organizationId: string, n: number) =>
    postEntry(subgraph.database.db, {
      organizationId,
      kind: EntryKind.TOP_UP,
      amountCents: BigInt(100 + n),
      description: `entry ${n}`,
      idempotencyKey: `entry-${n}-${organizationId}`,
    });
  async function walletWith(entries: number, organizationId = randomUUID()) {
    const wallet = await openWallet(subgraph.database.db, organizationId);
    // Written back to back: many share a millisecond, some only a microsecond apart.
    for (let n = 0; n < entries; n++) await post(organizationId, n);
    return { organizationId, walletId: wallet.id };
  }
  /** The wallet's entry ids as the database orders them, newest first. */
  const idsNewestFirst = async (walletId: string) =>
    (
      await subgraph.database.db
        .select({ id: walletEntries.id })
        .from(walletEntries)
        .where(eq(walletEntries.walletId, walletId))
        .orderBy(desc(walletEntries.createdAt), desc(walletEntries.id))
    ).map((row) => row.id);
  const page = async (
    organizationId: string,
    variables: { first?: number; after?: string | null },
    as?: Caller | null,
  ) => {
    const result = await subgraph.request<{ _entities: { wallet: { transactions: Page } | null }[] }>(
      PAGE,
      { reps: [{ __typename: "Organization", id: organizationId }], ...variables },
      as === undefined ? {} : { as },
    );
    return result;
  };
  const pageOf = async (organizationId: string, variables: { first?: number; after?: string | null }) => {
    const result = await page(organizationId, variables);
    expect(result.errors).toBeUndefined();
    return result.data!._entities[0]!.wallet!.transactions;
  };

  it("walks 45 entries in pages of 20, 20 and 5, each entry exactly once, newest first", async () => {
    const { organizationId, walletId } = await walletWith(45);
    const seen: string[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    for (;;) {
      const current: Page = await pageOf(organizationId, { first: 20, after });
      expect(current.totalCount).toBe(45);
      sizes.push(current.edges.length);
      seen.push(...current.edges.map((edge) => edge.node.id));
      expect(current.pageInfo.endCursor).toBe(current.edges.at(-1)?.cursor ?? null);
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(sizes).toEqual([20, 20, 5]);
    expect(seen).toEqual(await idsNewestFirst(walletId));
    expect(new Set(seen).size).toBe(45);
    const descriptions = (await pageOf(organizationId, { first: 3 })).edges.map((edge) => edge.node.description);
    expect(descriptions).toEqual(["entry 44", "entry 43", "entry 42"]);
  });

  it("neither repeats nor skips older entries when new ones are written between pages", async () => {
    const { organizationId, walletId } = await walletWith(45);
    const before = await idsNewestFirst(walletId);
    const first = await pageOf(organizationId, { first: 20 });
    for (let n = 100; n < 103; n++) await post(organizationId, n);
    const second = await pageOf(organizationId, { first: 20, after: first.pageInfo.endCursor });
    await post(organizationId, 103);
    const third = await pageOf(organizationId, { first: 20, after: second.pageInfo.endCursor });
    expect([first, second, third].map((p) => p.edges.length)).toEqual([20, 20, 5]);
    expect(third.pageInfo).toEqual({ hasNextPage: false, endCursor: third.edges.at(-1)!.cursor });
    expect([first, second, third].flatMap((p) => p.edges.map((edge) => edge.node.id))).toEqual(before);
    expect(third.totalCount).toBe(49);
    const fresh = await pageOf(organizationId, { first: 4 });
    expect(fresh.edges.map((edge) => edge.node.description)).toEqual([
      "entry 103",
      "entry 102",
      "entry 101",
      "entry 100",
    ]);
  });

  it("orders entries written in the same microsecond by id, and pages through them", async () => {
    const { organizationId, walletId } = await walletWith(0);
    await subgraph.database.db.insert(walletEntries).values(
      Array.from({ length: 7 }, (_, n) => ({
        walletId,
        kind: EntryKind.TOP_UP,
        amountCents: 100n,
        description: `same moment ${n}`,
        idempotencyKey: `same-moment-${n}`,
        requestFingerprint: "fixture",
        createdAt: sql`'2025-01-01T00:00:00.123456Z'::timestamptz`,
      })),
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const current: Page = await pageOf(organizationId, { first: 3, after });
      seen.push(...current.edges.map((edge) => edge.node.id));
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(seen).toEqual(await idsNewestFirst(walletId));
    expect(seen).toHaveLength(7);
  });

  it("caps first at 100, answers an empty page for first: 0, and an empty wallet with nothing", async () => {
    const { organizationId, walletId } = await walletWith(0);
    await subgraph.database.db.insert(walletEntries).values(
      Array.from({ length: 105 }, (_, n) => ({
        walletId,
        kind: EntryKind.TOP_UP,
        amountCents: 100n,
        description: `bulk ${n}`,
        idempotencyKey: `bulk-${n}`,
        requestFingerprint: "fixture",
        createdAt: sql`clock_timestamp() - ${n} * interval '1 second'`,
      })),
    );
    const big = await pageOf(organizationId, { first: 500 });
    expect(big.edges).toHaveLength(100);
    expect(big.pageInfo.hasNextPage).toBe(true);
    expect(await pageOf(organizationId, { first: 0 })).toEqual({
      totalCount: 105,
      edges: [],
      pageInfo: { hasNextPage: true, endCursor: null },
    });
    const defaults = await pageOf(organizationId, {});
    expect(defaults.edges).toHaveLength(20);
    const empty = await walletWith(0);
    expect(await pageOf(empty.organizationId, {})).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it.each([
    ["not base64", "!!!"],
    ["base64 of something else", Buffer.from("hello").toString("base64url")],
    ["a bad id", Buffer.from("1700000000000000:not-a-uuid-at-all-but-36-chars-long!!").toString("base64url")],
    ["a time out of range", Buffer.from(`${"9".repeat(19)}:${randomUUID()}`).toString("base64url")],
    ["an empty string", ""],
  ])("refuses a cursor that is %s as BAD_USER_INPUT Invalid cursor", async (_, after) => {
    const { organizationId } = await walletWith(1);
    const result = await page(organizationId, { first: 5, after });
    expect(result.errors?.[0]).toMatchObject({
      message: "Invalid cursor",
      extensions: { code: "BAD_USER_INPUT", field: "after" },
    });
  });

  it("refuses a negative first as BAD_USER_INPUT", async () => {
    const { organizationId } = await walletWith(1);
    const result = await page(organizationId, { first: -1 });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("accepts a well-formed cursor of another wallet as a position in time", async () => {
    const { organizationId } = await walletWith(3);
    const far = encodeTimeCursor({ micros: "99999999999999999", id: randomUUID() });
    expect((await pageOf(organizationId, { after: far })).edges).toHaveLength(3);
    const past = encodeTimeCursor({ micros: "0", id: randomUUID() });
    expect((await pageOf(organizationId, { after: past })).edges).toHaveLength(0);
  });

  it("pages 2 or 20 wallets in the same number of queries", async () => {
    const organizations: string[] = [];
    for (let i = 0; i < 20; i++) organizations.push((await walletWith(3)).organizationId);
    const measure = async (ids: string[]) => {
      subgraph.database.resetQueryCount();
      const result = await subgraph.request<{ _entities: { wallet: { transactions: Page } }[] }>(PAGE, {
        reps: ids.map((id) => ({ __typename: "Organization", id })),
        first: 2,
      });
      expect(result.errors).toBeUndefined();
      for (const entity of result.data!._entities) {
        expect(entity.wallet.transactions.edges).toHaveLength(2);
        expect(entity.wallet.transactions.totalCount).toBe(3);
      }
      return subgraph.database.queryCount();
    };
    // The wallets, one page query for all of them, one count query for all of them.
    expect([await measure(organizations.slice(0, 2)), await measure(organizations)]).toEqual([3, 3]);
  });

  describe("visibility, as Wallet.entries", () => {
    const { owner, allowed, denied } = tenantCallers();
    beforeAll(() => walletWith(4, owner));

    it.each(allowed)("%s pages through the owner's entries", async (_, caller) => {
      const result = await page(owner, { first: 3 }, caller);
      expect(result.errors).toBeUndefined();
      const transactions = result.data!._entities[0]!.wallet!.transactions;
      expect(transactions.totalCount).toBe(4);
      expect(transactions.edges).toHaveLength(3);
    });

    it.each(denied)("%s gets no wallet; behind the reference, an empty page and no rows read", async (_, caller) => {
      const result = await page(owner, { first: 3 }, caller);
      expect(result.data?._entities).toEqual([null]);
      const [ownerWallet] = await findWalletsWithBalanceByOrganizationIds(subgraph.database.db, [owner], "all");
      const context = createWalletContext(
        subgraph.database.db,
        { caller, clientAddress: "127.0.0.1" },
        testWalletDeps(),
      );
      const connection = await new WalletResolver().transactions(ownerWallet!, 20, null, context);
      expect(connection).toMatchObject({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
      expect(await context.loaders.entryPageByWalletId(20, null).load(ownerWallet!.id)).toEqual({
        entries: [],
        hasNextPage: false,
      });
      expect(await context.loaders.entryCountByWalletId.load(ownerWallet!.id)).toBe(0);
    });
  });
});
