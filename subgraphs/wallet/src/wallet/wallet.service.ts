import { assertOrganizationId, noWallet } from "./wallet.errors";
import { findWalletsWithBalanceByOrganizationIds, insertWalletIfAbsent, type WalletDb } from "./wallet.store";
import type { Wallet } from "./wallet.type";

/**
 * These functions are called by trusted code (the seed, other services), never straight from
 * the graph, so they read every organisation. The graph's reads go through the caller's loaders.
 */
const TRUSTED = "all";

/** Every wallet holds rand: prices, bills and top-ups are all in ZAR. */
export const WALLET_CURRENCY = "ZAR";

/** Opens the organisation's wallet, or returns the one it already has (safe to call again). */
export async function openWallet(db: WalletDb, organizationId: string): Promise<Wallet> {
  assertOrganizationId(organizationId);
  const created = await insertWalletIfAbsent(db, organizationId);
  if (created) return created;
  const [existing] = await findWalletsWithBalanceByOrganizationIds(db, [organizationId], TRUSTED);
  if (!existing) throw new Error(`Wallet of organisation ${organizationId} vanished after a conflicting insert`);
  return existing;
}

/** The balance in cents: the sum of the ledger, read in one query. */
export async function getBalance(db: WalletDb, organizationId: string): Promise<bigint> {
  assertOrganizationId(organizationId);
  const [wallet] = await findWalletsWithBalanceByOrganizationIds(db, [organizationId], TRUSTED);
  if (!wallet) throw noWallet(organizationId);
  return wallet.balanceCents;
}
