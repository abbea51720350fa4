import { type Caller, type RequestIdentity, visibleOrganizations } from "@dcx/kit";
import { createHoldLoaders } from "./hold/hold.loaders";
import { createLedgerLoaders } from "./ledger/ledger.loaders";
import { createWalletLoaders } from "./wallet/wallet.loaders";
import type { WalletDb } from "./wallet/wallet.store";

export interface WalletContext {
  db: WalletDb;
  /** Who is asking, as the gateway signed it; null before signing in. */
  caller: Caller | null;
  /** Loaders closed over the caller: they never load an organisation the caller cannot see. */
  loaders: ReturnType<typeof createWalletLoaders> &
    ReturnType<typeof createLedgerLoaders> &
    ReturnType<typeof createHoldLoaders>;
}

export function createWalletContext(db: WalletDb, identity: RequestIdentity): WalletContext {
  const visible = visibleOrganizations(identity.caller);
  return {
    db,
    caller: identity.caller,
    loaders: {
      ...createWalletLoaders(db, visible),
      ...createLedgerLoaders(db, visible),
      ...createHoldLoaders(db, visible),
    },
  };
}
