import { badUserInput, systemClock } from "@dcx/kit";
import { eq } from "drizzle-orm";
import { wallets } from "../db/schema";
import { assertOrganizationId } from "../wallet/wallet.errors";
import { reviewBalance } from "../wallet/balance-review";
import { lockOrOpenWalletByOrganizationId, type WalletDb } from "../wallet/wallet.store";

const INT8_MAX = 2n ** 63n - 1n;

/**
 * Sets how far below zero the organisation's available balance may go. Only provider staff may
 * call it from the graph. Lowering it never touches existing holds; it only refuses new ones. The
 * balance is reviewed against the new limit: raising it can end unpaid usage, lowering it start it.
 * Opens the wallet if the organisation has none, so credit can be given before a first top-up.
 */
export async function setCreditLimit(
  db: WalletDb,
  input: { organizationId: string; amountCents: bigint },
  now: Date = systemClock(),
): Promise<bigint> {
  assertOrganizationId(input.organizationId);
  const { amountCents } = input;
  if (typeof amountCents !== "bigint" || amountCents < 0n || amountCents > INT8_MAX) {
    throw badUserInput("Credit limit must be zero or a positive amount", "amount");
  }
  return db.transaction(async (tx) => {
    const wallet = await lockOrOpenWalletByOrganizationId(tx, input.organizationId);
    const [updated] = await tx
      .update(wallets)
      .set({ creditLimitCents: amountCents })
      .where(eq(wallets.id, wallet.id))
      .returning();
    await reviewBalance(tx, updated!, now);
    return amountCents;
  });
}
