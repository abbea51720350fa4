import { isUuid, Money, seesNothing, type Visibility, visibleIn } from "@dcx/kit";
import { sql } from "drizzle-orm";
import { Field, Float, ObjectType } from "type-graphql";
import { wallets } from "../db/schema";
import type { WalletDb } from "./wallet.store";

/** Days of metered usage the average is taken over: the newest charged days, by the day in their key. */
const BURN_DAYS = 3;

@ObjectType({ description: "How long the available money lasts at the rate metered usage is charged." })
export class UsageRunway {
  @Field(() => Money, {
    description: `The average of the last ${BURN_DAYS} days' usage charges (VAT included).`,
  })
  dailyUsage!: Money;

  @Field(() => Float, {
    nullable: true,
    description: "Available ÷ daily usage, 1 decimal; 0 when nothing is available, null when nothing is used.",
  })
  days!: number | null;
}

/** The newest days' usage charges per wallet (only of organisations `visible` lists): one statement. */
export async function findDailyUsageByWalletIds(
  db: WalletDb,
  walletIds: readonly string[],
  visible: Visibility,
): Promise<(bigint | null)[]> {
  const ids = walletIds.filter(isUuid);
  if (ids.length === 0 || seesNothing(visible)) return walletIds.map(() => null);
  // The visibility filter joins the wallet in the same statement: no separate read of who may see it.
  const visibleWallet = visibleIn(wallets.organizationId, visible) ?? sql`true`;
  const { rows } = (await db.execute(sql`
    select wallet_id, round(sum(-amount_cents)::numeric / count(*))::bigint::text as daily
    from (
      select wallet_entries.wallet_id, wallet_entries.amount_cents,
        row_number() over (partition by wallet_entries.wallet_id order by wallet_entries.idempotency_key desc) as newest
      from wallet_entries join ${wallets} on ${wallets.id} = wallet_entries.wallet_id
      where wallet_entries.wallet_id = any(${`{${ids.join(",")}}`}::uuid[])
        and ${visibleWallet}
        -- A day's own charge (usage:<organisation>:<yyyy-mm-dd>), not a month's later settlement.
        and wallet_entries.idempotency_key ~ '^usage:[^:]+:[0-9]{4}-[0-9]{2}-[0-9]{2}$'
    ) recent
    where newest <= ${BURN_DAYS}
    group by wallet_id`)) as unknown as { rows: { wallet_id: string; daily: string }[] };
  const daily = new Map(rows.map((row) => [row.wallet_id, BigInt(row.daily)]));
  return walletIds.map((id) => daily.get(id) ?? null);
}

export function usageRunway(availableCents: bigint, dailyCents: bigint, currency: string): UsageRunway {
  const days = dailyCents <= 0n ? null : availableCents <= 0n ? 0 : Number((availableCents * 10n) / dailyCents) / 10;
  return { dailyUsage: Money.fromCents(dailyCents, currency), days };
}
