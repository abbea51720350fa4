import { type Db, isUuid, oneByKey, seesNothing, systemClock, type Visibility, visibleIn } from "@dcx/kit";
import { and, eq, inArray, sql } from "drizzle-orm";
import { type WalletRow, walletEntries, walletHolds, wallets, type walletTables } from "../db/schema";
import { walletIdOf } from "./wallet-id";
import { assertOrganizationId } from "./wallet.errors";
import { type BalanceBreakdownCents, EMPTY_BREAKDOWN, type LowBalanceSetting, type Wallet } from "./wallet.type";

/** The wallet database handle; a transaction handle is one too. */
export type WalletDb = Db<typeof walletTables>;

const toWallet = (
  row: WalletRow,
  balanceCents: bigint,
  heldCents: bigint,
  breakdown: BalanceBreakdownCents = EMPTY_BREAKDOWN,
): Wallet => ({
  id: row.id,
  organizationId: row.organizationId,
  currency: row.currency,
  createdAt: row.createdAt,
  creditLimitCents: row.creditLimitCents,
  balanceCents,
  heldCents,
  breakdown,
  lowBalance: lowBalanceOf(row),
  suspension: { enabled: row.suspensionEnabled, graceHours: row.suspensionGraceHours },
});

export const lowBalanceOf = (row: WalletRow): LowBalanceSetting => ({
  thresholdCents: row.lowBalanceThresholdCents,
  email: row.lowBalanceEmail,
  warned: row.lowBalanceWarned,
});

/** The sum of the entries of some kinds, as text (SUM of bigint is numeric) mapped to a bigint. */
const sumOfKinds = (kinds: readonly string[]) =>
  sql<bigint>`coalesce(sum(${walletEntries.amountCents}) filter (where ${walletEntries.kind}::text = any(${`{${kinds.join(",")}}`}::text[])), 0)::text`.mapWith(
    BigInt,
  );

/**
 * Wallets and their balances for many organisations in ONE query: wallets left-joined to their
 * entries, summed (in total and by kind, for the breakdown). Only organisations in `visible` are read ("all" for trusted code); the others
 * answer null, as if they had no wallet.
 */
export async function findWalletsWithBalanceByOrganizationIds(
  db: WalletDb,
  organizationIds: readonly string[],
  visible: Visibility,
  now: Date = systemClock(),
): Promise<(Wallet | null)[]> {
  // Ids that cannot be UUIDs cannot exist; filtering them keeps PostgreSQL from raising a cast error.
  const wanted = organizationIds.filter(isUuid);
  const rows =
    wanted.length && !seesNothing(visible)
      ? await db
          .select({
            wallet: wallets,
            // SUM of bigint is numeric in PostgreSQL; text keeps every digit on the way to a bigint.
            balanceCents: sql<bigint>`coalesce(sum(${walletEntries.amountCents}), 0)::text`.mapWith(BigInt),
            // Active holds not yet past their expiry: an expired hold no longer counts, even unswept.
            heldCents: sql<bigint>`(select coalesce(sum(${walletHolds.amountCents}), 0)::text from ${walletHolds}
              where ${walletHolds.walletId} = ${wallets.id} and ${walletHolds.status} = 'active'
              and ${walletHolds.expiresAt} > ${now.toISOString()}::timestamptz)`.mapWith(BigInt),
            // Where the balance came from: the same rows, summed by kind (aggregate filters, no extra query).
            paidCents: sumOfKinds(["top_up", "refund"]),
            grantedCents: sumOfKinds(["credit_grant"]),
            chargedCents: sumOfKinds(["charge"]),
            adjustedCents: sumOfKinds(["adjustment"]),
          })
          .from(wallets)
          .leftJoin(walletEntries, eq(walletEntries.walletId, wallets.id))
          .where(and(inArray(wallets.organizationId, wanted), visibleIn(wallets.organizationId, visible)))
          .groupBy(wallets.id)
      : [];
  const found = rows.map((row) =>
    toWallet(row.wallet, row.balanceCents, row.heldCents, {
      paidCents: row.paidCents,
      grantedCents: row.grantedCents,
      spentCents: -row.chargedCents,
      adjustedCents: row.adjustedCents,
    }),
  );
  return oneByKey(organizationIds, found, (wallet) => wallet.organizationId);
}

/** Creates the organisation's wallet unless it has one; null when it already existed. */
export async function insertWalletIfAbsent(db: WalletDb, organizationId: string): Promise<Wallet | null> {
  const [row] = await db
    .insert(wallets)
    .values({ id: walletIdOf(organizationId), organizationId })
    // No conflict target: two first openings at once collide on the id as well as the organisation,
    // and either must leave the other's row in place rather than fail.
    .onConflictDoNothing()
    .returning();
  return row ? toWallet(row, 0n, 0n) : null;
}

/**
 * Locks the organisation's wallet row until the surrounding transaction ends, so that every
 * ledger write for one wallet happens one after another.
 */
export async function lockWalletByOrganizationId(db: WalletDb, organizationId: string): Promise<WalletRow | null> {
  const [row] = await db.select().from(wallets).where(eq(wallets.organizationId, organizationId)).for("update");
  return row ?? null;
}

/**
 * The same lock, opening the wallet first if the organisation has none: for what a person does
 * for an organisation they may write for (paying in, settings). The caller's right to the
 * organisation must be checked before: this opens a wallet for any organisation id.
 */
export async function lockOrOpenWalletByOrganizationId(db: WalletDb, organizationId: string): Promise<WalletRow> {
  assertOrganizationId(organizationId);
  const existing = await lockWalletByOrganizationId(db, organizationId);
  if (existing) return existing;
  // A concurrent first opening makes this insert wait for it and then do nothing; the lock below
  // then finds its row.
  await insertWalletIfAbsent(db, organizationId);
  const opened = await lockWalletByOrganizationId(db, organizationId);
  if (!opened) throw new Error(`Wallet of organisation ${organizationId} vanished after it was opened`);
  return opened;
}

/** The same lock, by the wallet's id. */
export async function lockWalletById(db: WalletDb, walletId: string): Promise<WalletRow | null> {
  const [row] = await db.select().from(wallets).where(eq(wallets.id, walletId)).for("update");
  return row ?? null;
}
