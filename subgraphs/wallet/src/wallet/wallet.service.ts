import { assertOrganizationId, noWallet } from "./wallet.errors";
import { findWalletsWithBalanceByOrganizationIds, insertWalletIfAbsent, type WalletDb } from "./wallet.store";
import type { Wallet } from "./wallet.type";

/** Every wallet holds rand: prices, bills and top-ups are all in ZAR. */
export const WALLET_CURRENCY = "ZAR";

/** Opens the organisation's wallet, or returns the one it already has (safe to call again). */
export async function openWallet(db: WalletDb, organizationId: string): Promise<Wallet> {
  assertOrganizationId(organizationId);
  const created = await insertWalletIfAbsent(db, organizationId);
  if (created) return created;
  const [existing] = await findWalletsWithBalanceByOrganizationIds(db, [organizationId]);
  if (!existing) throw new Error(`Wallet of organisation ${organizationId} vanished after a conflicting insert`);
  return existing;
}

/** The balance in cents: the sum of the ledger, read in one query. */
export async function getBalance(db: WalletDb, organizationId: string): Promise<bigint> {
  assertOrganizationId(organizationId);
  const [wallet] = await findWalletsWithBalanceByOrganizationIds(db, [organizationId]);
  if (!wallet) throw noWallet(organizationId);
  return wallet.balanceCents;
}
