import { randomUUID } from "node:crypto";
import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wallets, type walletTables } from "../db/schema";
import { walletSubgraph } from "../index";
import { getBalance, openWallet } from "./wallet.service";

describe("openWallet and getBalance", () => {
  let database: Database<typeof walletTables>;
  const walletCount = async () => (await database.db.select({ n: count() }).from(wallets))[0]!.n;

  beforeAll(async () => {
    database = await openTestDatabase(walletSubgraph);
  });
  afterAll(() => database.close());

  it("opens an empty ZAR wallet", async () => {
    const organizationId = randomUUID();
    const wallet = await openWallet(database.db, organizationId);
    expect(wallet).toMatchObject({ organizationId, currency: "ZAR", balanceCents: 0n });
    expect(await getBalance(database.db, organizationId)).toBe(0n);
  });

  it("returns the existing wallet when opened again, also when opened concurrently", async () => {
    const organizationId = randomUUID();
    const opened = await Promise.all(Array.from({ length: 5 }, () => openWallet(database.db, organizationId)));
    expect(new Set(opened.map((wallet) => wallet.id)).size).toBe(1);
    const before = await walletCount();
    expect((await openWallet(database.db, organizationId)).id).toBe(opened[0]!.id);
    expect(await walletCount()).toBe(before);
  });

  it("refuses an organisation id that is not a UUID and writes nothing", async () => {
    const before = await walletCount();
    await expect(openWallet(database.db, "vodacom")).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "organizationId" },
    });
    expect(await walletCount()).toBe(before);
  });

  it("refuses the balance of an organisation without a wallet", async () => {
    await expect(getBalance(database.db, randomUUID())).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "organizationId" },
    });
  });
});
