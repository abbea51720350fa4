import { randomUUID } from "node:crypto";
import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, inArray } from "drizzle-orm";
import { wallets, type walletTables } from "../db/schema";
import { walletSubgraph } from "../index";
import { unopenedWallet } from "./unopened-wallet";
import { walletIdOf } from "./wallet-id";
import { openWallet } from "./wallet.service";
import { lockOrOpenWalletByOrganizationId } from "./wallet.store";

/** Python's `uuid.uuid5(UUID("5f0c6c52-…"), "0f8e3c2a-…")`, computed apart from this code. */
const WALLET_ID_OF_FIXED_ORGANISATION = "bc10331c-0b8d-5120-8032-b903dd0e5f66";

describe("wallet ids", () => {
  it("are version-5 UUIDs, fixed by the organisation's id", () => {
    // Pinned: a changed namespace would give wallets opened from then on other ids than those shown before.
    expect(walletIdOf("0f8e3c2a-6b1d-4e57-9a0c-3d2b1f4e5a69")).toBe(WALLET_ID_OF_FIXED_ORGANISATION);
    expect(walletIdOf(randomUUID())).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("are one per organisation, the same every time", () => {
    const organizationId = randomUUID();
    expect(walletIdOf(organizationId)).toBe(walletIdOf(organizationId));
    expect(walletIdOf(organizationId)).not.toBe(walletIdOf(randomUUID()));
  });
});

describe("the wallet of an organisation that has none yet", () => {
  let database: Database<typeof walletTables>;
  beforeAll(async () => {
    database = await openTestDatabase(walletSubgraph);
  });
  afterAll(() => database.close());

  it("opens once when first opened at once, many times over (a race the server shows, not PGlite)", async () => {
    const organizationIds = Array.from({ length: 40 }, () => randomUUID());
    for (const organizationId of organizationIds) {
      // Half as the seed opens wallets, half as a top-up or setting does, inside its transaction.
      const openings = Array.from({ length: 8 }, (_, i) =>
        i % 2
          ? openWallet(database.db, organizationId).then((wallet) => wallet.id)
          : database.db.transaction(async (tx) => (await lockOrOpenWalletByOrganizationId(tx, organizationId)).id),
      );
      expect(new Set(await Promise.all(openings))).toEqual(new Set([walletIdOf(organizationId)]));
    }
    const opened = await database.db
      .select({ n: count() })
      .from(wallets)
      .where(inArray(wallets.organizationId, organizationIds));
    expect(opened[0]!.n).toBe(organizationIds.length);
  }, 60_000);

  it("is what opening it gives, id included", async () => {
    const organizationId = randomUUID();
    const shown = unopenedWallet(organizationId);
    expect(await openWallet(database.db, organizationId)).toEqual({ ...shown, createdAt: expect.any(Date) });
  });
});
