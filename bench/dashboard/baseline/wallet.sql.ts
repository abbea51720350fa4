import { formatScaled } from "@dcx/kit";
import type { WalletDb } from "@dcx/wallet";
import { sql } from "drizzle-orm";
import type { OrganizationAnswer } from "./dashboard-answer";
import { rowsOf } from "./sql-text";

/** The organisation's wallet with its balance (the sum of its ledger), or null before one is opened. */
export async function readWallet(db: WalletDb, organizationId: string): Promise<OrganizationAnswer["wallet"]> {
  const [row] = rowsOf<{ id: string; currency: string; balance_cents: string }>(
    await db.execute(sql`
      select w.id::text as id, w.currency, coalesce(sum(e.amount_cents), 0)::text as balance_cents
      from wallets w left join wallet_entries e on e.wallet_id = w.id
      where w.organization_id = ${organizationId}::uuid
      group by w.id`),
  );
  if (!row) return null;
  return { id: row.id, balance: { amount: formatScaled(BigInt(row.balance_cents), 2), currency: row.currency } };
}
