import { manyByKey, microsOf, olderThan, seesNothing, type TimeCursor, type Visibility, visibleIn } from "@dcx/kit";
import { and, asc, eq, getTableColumns, inArray, lte, sql } from "drizzle-orm";
import { type WalletEntryRow, walletEntries, wallets } from "../db/schema";
import type { WalletDb } from "../wallet/wallet.store";
import type { EntryKind, LedgerEntry } from "./ledger-entry.type";

const toLedgerEntry = (row: WalletEntryRow): LedgerEntry => ({
  id: row.id,
  walletId: row.walletId,
  kind: row.kind as EntryKind,
  amountCents: row.amountCents,
  description: row.description,
  idempotencyKey: row.idempotencyKey,
  createdAt: row.createdAt,
});

export interface NewLedgerEntry {
  walletId: string;
  kind: EntryKind;
  amountCents: bigint;
  description: string;
  idempotencyKey: string;
  requestFingerprint: string;
}

/** An entry's place in its wallet's ledger, newest first (1 = the latest). */
const positionInWallet = () =>
  sql<number>`row_number() over (partition by ${walletEntries.walletId} order by ${walletEntries.createdAt} desc, ${walletEntries.id} desc)`.as(
    "position",
  );

/**
 * Appends an entry; call it while holding the wallet lock. created_at is made strictly later
 * than the wallet's previous entry: clocks can repeat (PGlite's ticks in milliseconds), and
 * "newest first" must still be the order in which entries were written.
 */
export async function insertEntry(db: WalletDb, values: NewLedgerEntry): Promise<LedgerEntry> {
  const createdAt = sql<Date>`(select greatest(clock_timestamp(), max(${walletEntries.createdAt}) + interval '1 microsecond')
    from ${walletEntries} where ${walletEntries.walletId} = ${values.walletId})`;
  const [row] = await db
    .insert(walletEntries)
    .values({ ...values, createdAt })
    .returning();
  return toLedgerEntry(row!);
}

/** The entry an earlier request wrote under this idempotency key, with that request's fingerprint. */
export async function findEntryByIdempotencyKey(db: WalletDb, walletId: string, idempotencyKey: string) {
  const [row] = await db
    .select()
    .from(walletEntries)
    .where(and(eq(walletEntries.walletId, walletId), eq(walletEntries.idempotencyKey, idempotencyKey)));
  return row ? { entry: toLedgerEntry(row), fingerprint: row.requestFingerprint } : null;
}

export async function sumEntries(db: WalletDb, walletId: string): Promise<bigint> {
  const [row] = await db
    .select({ total: sql<bigint>`coalesce(sum(${walletEntries.amountCents}), 0)::text`.mapWith(BigInt) })
    .from(walletEntries)
    .where(eq(walletEntries.walletId, walletId));
  return row?.total ?? 0n;
}

/**
 * The newest `first` entries of each wallet, in ONE query (a row number per wallet, newest
 * first). Only wallets of organisations in `visible` are read; the others have no entries.
 */
export async function findLatestEntriesByWalletIds(
  db: WalletDb,
  walletIds: readonly string[],
  first: number,
  visible: Visibility,
): Promise<LedgerEntry[][]> {
  if (walletIds.length === 0 || first <= 0 || seesNothing(visible)) return walletIds.map(() => []);
  const scope = visibleIn(wallets.organizationId, visible);
  const visibleWallets = scope && db.select({ id: wallets.id }).from(wallets).where(scope);
  const ranked = db
    .select({
      ...getTableColumns(walletEntries),
      position: positionInWallet(),
    })
    .from(walletEntries)
    .where(
      and(
        inArray(walletEntries.walletId, [...walletIds]),
        visibleWallets && inArray(walletEntries.walletId, visibleWallets),
      ),
    )
    .as("ranked");
  const rows = await db
    .select()
    .from(ranked)
    .where(lte(ranked.position, first))
    .orderBy(asc(ranked.walletId), asc(ranked.position));
  return manyByKey(walletIds, rows.map(toLedgerEntry), (entry) => entry.walletId);
}

/** A ledger entry with the cursor that points just after it (see the kit's TimeCursor). */
export interface PagedEntry {
  entry: LedgerEntry;
  cursor: TimeCursor;
}

export interface EntryPage {
  entries: PagedEntry[];
  /** True when older entries follow the last one of this page. */
  hasNextPage: boolean;
}

/**
 * One page of each wallet's entries, newest first, in ONE query for all wallets: keyset
 * pagination on (created_at, id) strictly before `after` (older), a row number per wallet, and
 * one row more than `first` to tell whether another page follows. Entries written after the
 * cursor was taken are newer than it and never shift the pages that follow. Only wallets of
 * organisations in `visible` are read; the others have no entries.
 */
export async function findEntryPagesByWalletIds(
  db: WalletDb,
  walletIds: readonly string[],
  first: number,
  after: TimeCursor | null,
  visible: Visibility,
): Promise<EntryPage[]> {
  const none = (): EntryPage[] => walletIds.map(() => ({ entries: [], hasNextPage: false }));
  if (walletIds.length === 0 || seesNothing(visible)) return none();
  const scope = visibleIn(wallets.organizationId, visible);
  const visibleWallets = scope && db.select({ id: wallets.id }).from(wallets).where(scope);
  const olderThanCursor = after && olderThan(walletEntries.createdAt, walletEntries.id, after);
  const ranked = db
    .select({
      ...getTableColumns(walletEntries),
      createdAtMicros: microsOf(walletEntries.createdAt).as("created_at_micros"),
      position: positionInWallet(),
    })
    .from(walletEntries)
    .where(
      and(
        inArray(walletEntries.walletId, [...walletIds]),
        visibleWallets && inArray(walletEntries.walletId, visibleWallets),
        olderThanCursor ?? undefined,
      ),
    )
    .as("ranked");
  const rows = await db
    .select()
    .from(ranked)
    .where(lte(ranked.position, first + 1))
    .orderBy(asc(ranked.walletId), asc(ranked.position));
  const byWallet = manyByKey(walletIds, rows, (row) => row.walletId);
  return byWallet.map((walletRows) => ({
    entries: walletRows.slice(0, first).map((row) => ({
      entry: toLedgerEntry(row),
      cursor: { micros: row.createdAtMicros, id: row.id },
    })),
    hasNextPage: walletRows.length > first,
  }));
}

/** How many entries each wallet has, in ONE grouped query; 0 for wallets outside `visible`. */
export async function countEntriesByWalletIds(
  db: WalletDb,
  walletIds: readonly string[],
  visible: Visibility,
): Promise<number[]> {
  if (walletIds.length === 0 || seesNothing(visible)) return walletIds.map(() => 0);
  const scope = visibleIn(wallets.organizationId, visible);
  const rows = await db
    .select({ walletId: walletEntries.walletId, total: sql<number>`count(*)::int`.mapWith(Number) })
    .from(walletEntries)
    .innerJoin(wallets, eq(wallets.id, walletEntries.walletId))
    .where(and(inArray(walletEntries.walletId, [...walletIds]), scope))
    .groupBy(walletEntries.walletId);
  const totals = new Map(rows.map((row) => [row.walletId, row.total]));
  return walletIds.map((id) => totals.get(id) ?? 0);
}
