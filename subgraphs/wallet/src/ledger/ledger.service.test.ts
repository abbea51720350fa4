import { randomUUID } from "node:crypto";
import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walletEntries, type walletTables } from "../db/schema";
import { walletSubgraph } from "../index";
import { getBalance, openWallet } from "../wallet/wallet.service";
import type { PostEntryInput } from "./entry-request";
import { EntryKind } from "./ledger-entry.type";
import { postEntry } from "./ledger.service";

describe("postEntry", () => {
  let database: Database<typeof walletTables>;
  const entryCount = async () => (await database.db.select({ n: count() }).from(walletEntries))[0]!.n;

  beforeAll(async () => {
    database = await openTestDatabase(walletSubgraph);
  });
  afterAll(() => database.close());

  /** A fresh wallet holding `cents`, so every test starts from a known balance. */
  async function walletWith(cents: bigint): Promise<string> {
    const organizationId = randomUUID();
    await openWallet(database.db, organizationId);
    if (cents > 0n) await post(organizationId, { kind: EntryKind.TOP_UP, amountCents: cents });
    return organizationId;
  }
  const post = (organizationId: string, input: Partial<PostEntryInput>) =>
    postEntry(database.db, {
      organizationId,
      kind: EntryKind.TOP_UP,
      amountCents: 100n,
      description: "Test entry",
      idempotencyKey: randomUUID(),
      ...input,
    });

  it("derives the balance from every kind of entry", async () => {
    const org = await walletWith(0n);
    await post(org, { kind: EntryKind.TOP_UP, amountCents: 50_000n, description: "  PayGate top-up  " });
    await post(org, { kind: EntryKind.CREDIT_GRANT, amountCents: 10_000n });
    await post(org, { kind: EntryKind.CHARGE, amountCents: -12_345n });
    await post(org, { kind: EntryKind.REFUND, amountCents: 2_345n });
    const adjustment = await post(org, { kind: EntryKind.ADJUSTMENT, amountCents: -5_000n });
    expect(adjustment).toMatchObject({ kind: EntryKind.ADJUSTMENT, amountCents: -5_000n, description: "Test entry" });
    expect(await getBalance(database.db, org)).toBe(45_000n);
  });

  it("trims the description it stores", async () => {
    const org = await walletWith(0n);
    const entry = await post(org, { description: "  PayGate top-up  " });
    expect(entry.description).toBe("PayGate top-up");
  });

  it("refuses a charge beyond the balance with INSUFFICIENT_FUNDS and allows one that empties it", async () => {
    const org = await walletWith(1_000n);
    const before = await entryCount();
    await expect(post(org, { kind: EntryKind.CHARGE, amountCents: -1_001n })).rejects.toMatchObject({
      extensions: { code: "INSUFFICIENT_FUNDS", balance: "10.00", charge: "10.01" },
    });
    expect(await entryCount()).toBe(before);
    await post(org, { kind: EntryKind.CHARGE, amountCents: -1_000n });
    expect(await getBalance(database.db, org)).toBe(0n);
  });

  it("returns the original entry when a request is replayed with its key, writing nothing", async () => {
    const org = await walletWith(5_000n);
    const request = {
      kind: EntryKind.CHARGE,
      amountCents: -2_000n,
      description: "VM hours",
      idempotencyKey: "charge-vm-0001",
    };
    const original = await post(org, request);
    const before = await entryCount();
    const replay = await post(org, { ...request, description: " VM hours " });
    expect(replay).toEqual(original);
    expect(await entryCount()).toBe(before);
    expect(await getBalance(database.db, org)).toBe(3_000n);
  });

  it.each([
    ["a different amount", { amountCents: -2_001n }],
    ["a different kind", { kind: EntryKind.ADJUSTMENT }],
    ["a different description", { description: "Disk hours" }],
  ])("refuses the same key with %s as CONFLICT, writing nothing", async (_, change) => {
    const org = await walletWith(5_000n);
    const request = {
      kind: EntryKind.CHARGE,
      amountCents: -2_000n,
      description: "VM hours",
      idempotencyKey: "charge-vm-0002",
    };
    await post(org, request);
    const before = await entryCount();
    await expect(post(org, { ...request, ...change })).rejects.toMatchObject({ extensions: { code: "CONFLICT" } });
    expect(await entryCount()).toBe(before);
  });

  it("scopes idempotency keys to one wallet", async () => {
    const [first, second] = [await walletWith(0n), await walletWith(0n)];
    await post(first, { idempotencyKey: "shared-key-001" });
    await post(second, { idempotencyKey: "shared-key-001", amountCents: 999n });
    expect(await getBalance(database.db, second)).toBe(999n);
  });

  it.each([
    ["zero", { amountCents: 0n }, "amountCents"],
    ["a negative top-up", { kind: EntryKind.TOP_UP, amountCents: -1n }, "amountCents"],
    ["a negative credit grant", { kind: EntryKind.CREDIT_GRANT, amountCents: -1n }, "amountCents"],
    ["a negative refund", { kind: EntryKind.REFUND, amountCents: -1n }, "amountCents"],
    ["a positive charge", { kind: EntryKind.CHARGE, amountCents: 1n }, "amountCents"],
    ["an amount beyond 64 bits", { amountCents: 2n ** 63n }, "amountCents"],
    ["an amount that is not a bigint", { amountCents: 100 as unknown as bigint }, "amountCents"],
    ["an unknown kind", { kind: "gift" as EntryKind }, "kind"],
    ["an empty description", { description: "   " }, "description"],
    ["a description over 200 characters", { description: "x".repeat(201) }, "description"],
    ["a description with a line break", { description: "Credit\npaid: R1 000 000" }, "description"],
    ["a description with a NUL", { description: "Credit\u0000" }, "description"],
    ["a description with ESC", { description: "Credit \u001b[31m" }, "description"],
    ["a description that reverses its text", { description: "Refund \u202egnp.exe" }, "description"],
    ["a short idempotency key", { idempotencyKey: "1234567" }, "idempotencyKey"],
    ["a long idempotency key", { idempotencyKey: "k".repeat(201) }, "idempotencyKey"],
    ["an organisation without a wallet", { organizationId: randomUUID() }, "organizationId"],
    ["an organisation id that is not a UUID", { organizationId: "vodacom" }, "organizationId"],
  ])("refuses %s as BAD_USER_INPUT and writes nothing", async (_, input, field) => {
    const org = await walletWith(10_000n);
    const before = await entryCount();
    await expect(post(org, input)).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", field } });
    expect(await entryCount()).toBe(before);
    expect(await getBalance(database.db, org)).toBe(10_000n);
  });

  it("accepts the longest description and key", async () => {
    const org = await walletWith(0n);
    const entry = await post(org, { description: "d".repeat(200), idempotencyKey: "k".repeat(200) });
    expect(entry.idempotencyKey).toHaveLength(200);
  });

  it("stores a description trimmed, counting characters as a person does", async () => {
    const org = await walletWith(0n);
    const entry = await post(org, { description: `  ${"é".repeat(199)}🙂  ` });
    expect(entry.description).toBe(`${"é".repeat(199)}🙂`);
  });
});
