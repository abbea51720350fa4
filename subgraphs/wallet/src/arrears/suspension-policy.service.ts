import { badUserInput, systemClock } from "@dcx/kit";
import { eq } from "drizzle-orm";
import { type WalletRow, wallets } from "../db/schema";
import { reviewBalance } from "../wallet/balance-review";
import { assertOrganizationId } from "../wallet/wallet.errors";
import { lockOrOpenWalletByOrganizationId, type WalletDb } from "../wallet/wallet.store";

/** The final warning goes 24 h before the grace ends, so a shorter grace would skip it. */
export const GRACE_HOURS_MIN = 24;
export const GRACE_HOURS_MAX = 720;

export interface SuspensionPolicyInput {
  organizationId: string;
  enabled: boolean;
  /** Null keeps the current grace period. */
  graceHours: number | null;
}

/**
 * Provider staff turn suspension for unpaid usage on or off for one organisation, and set its
 * grace period. Turning it off ends an open episode at once (the arrears job then lifts a
 * suspension already made); turning it on judges the balance afresh. A new grace period applies
 * to the next episode, not to one already counting down (its owners were told a date). Opens the
 * wallet if the organisation has none.
 */
export async function setSuspensionPolicy(
  db: WalletDb,
  input: SuspensionPolicyInput,
  now: Date = systemClock(),
): Promise<WalletRow> {
  assertOrganizationId(input.organizationId);
  const { graceHours } = input;
  if (
    graceHours !== null &&
    (!Number.isInteger(graceHours) || graceHours < GRACE_HOURS_MIN || graceHours > GRACE_HOURS_MAX)
  ) {
    throw badUserInput(
      `graceHours must be a whole number of hours from ${GRACE_HOURS_MIN} to ${GRACE_HOURS_MAX}`,
      "graceHours",
    );
  }
  return db.transaction(async (tx) => {
    const wallet = await lockOrOpenWalletByOrganizationId(tx, input.organizationId);
    const [updated] = await tx
      .update(wallets)
      .set({ suspensionEnabled: input.enabled, ...(graceHours === null ? {} : { suspensionGraceHours: graceHours }) })
      .where(eq(wallets.id, wallet.id))
      .returning();
    await reviewBalance(tx, updated!, now);
    return updated!;
  });
}
