import { randomUUID } from "node:crypto";
import { EntryKind } from "../ledger/ledger-entry.type";
import { postEntry } from "../ledger/ledger.service";
import { openWallet } from "../wallet/wallet.service";
import type { WalletDb } from "../wallet/wallet.store";

/** A new organisation's wallet holding exactly `cents` (none when 0). */
export async function fundedWallet(db: WalletDb, cents: bigint) {
  const organizationId = randomUUID();
  const wallet = await openWallet(db, organizationId);
  if (cents > 0n) {
    await postEntry(db, {
      organizationId,
      kind: EntryKind.TOP_UP,
      amountCents: cents,
      description: "Opening top-up",
      idempotencyKey: `top-up-${organizationId}`,
    });
  }
  return { organizationId, walletId: wallet.id };
}

/** A clock the test moves by hand. */
export function manualClock(start = new Date()) {
  let now = start;
  const clock = () => now;
  return Object.assign(clock, {
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  });
}

export const HOUR = 60 * 60 * 1000;
