import { badUserInput, Money, systemClock } from "@dcx/kit";
import { eq } from "drizzle-orm";
import { wallets } from "../db/schema";
import { reviewBalance } from "../wallet/balance-review";
import { lockOrOpenWalletByOrganizationId, lowBalanceOf, type WalletDb } from "../wallet/wallet.store";
import type { LowBalanceSetting } from "../wallet/wallet.type";
import { normalisedEmail } from "../top-up/top-up-request";
import { WALLET_CURRENCY } from "../wallet/wallet.service";
import type { LowBalanceAlert } from "./low-balance-alert.type";

/** The warning as the graph shows it; null when none is set. */
export const toAlert = (setting: LowBalanceSetting): LowBalanceAlert | null =>
  setting.thresholdCents === null || !setting.email
    ? null
    : {
        threshold: Money.fromCents(setting.thresholdCents, WALLET_CURRENCY),
        email: setting.email,
        warned: setting.warned,
      };

/**
 * Sets (or, with null, removes) the organisation's low-balance warning. A new setting is judged
 * at once: a wallet already below the new threshold is warned now, unless it was already warned
 * during this crossing. Opens the wallet if the organisation has none.
 */
export async function setLowBalanceAlert(
  db: WalletDb,
  input: { organizationId: string; thresholdCents: bigint | null; email: string | null },
  now: Date = systemClock(),
): Promise<LowBalanceAlert | null> {
  const off = input.thresholdCents === null;
  if (!off && input.thresholdCents! < 0n) throw badUserInput("threshold must not be negative", "threshold");
  if (!off && !input.email) throw badUserInput("email is required with a threshold", "email");
  const email = off ? null : normalisedEmail(input.email);
  return db.transaction(async (tx) => {
    const wallet = await lockOrOpenWalletByOrganizationId(tx, input.organizationId);
    const [updated] = await tx
      .update(wallets)
      // `warned` is kept: saving the setting again while below must not send a second warning.
      // Turning the warning off forgets it, so turning it on again judges afresh.
      .set({
        lowBalanceThresholdCents: input.thresholdCents,
        lowBalanceEmail: email,
        ...(off ? { lowBalanceWarned: false } : {}),
      })
      .where(eq(wallets.id, wallet.id))
      .returning();
    await reviewBalance(tx, updated!, now);
    const [after] = await tx.select().from(wallets).where(eq(wallets.id, wallet.id));
    return toAlert(lowBalanceOf(after!));
  });
}
