import { type Caller, type RequestIdentity, visibleOrganizations } from "@dcx/kit";
import { createHoldLoaders } from "./hold/hold.loaders";
import { createTopUpLoaders } from "./top-up/top-up.loaders";
import { createSavedCardLoaders } from "./saved-card/saved-card.loaders";
import type { WalletDeps } from "./wallet.deps";
import { createLedgerLoaders } from "./ledger/ledger.loaders";
import { createWalletLoaders } from "./wallet/wallet.loaders";
import type { WalletDb } from "./wallet/wallet.store";

export interface WalletContext {
  db: WalletDb;
  /** Who is asking, as the gateway signed it; null before signing in. */
  caller: Caller | null;
  /** The trusted service that called directly (e.g. `vms`); null through the gateway. */
  service: string | null;
  /** Loaders closed over the caller: they never load an organisation the caller cannot see. */
  loaders: ReturnType<typeof createWalletLoaders> &
    ReturnType<typeof createLedgerLoaders> &
    ReturnType<typeof createHoldLoaders> &
    ReturnType<typeof createTopUpLoaders> &
    ReturnType<typeof createSavedCardLoaders>;
  /** PayGate, callback URLs and the clock. */
  deps: WalletDeps;
}

export function createWalletContext(db: WalletDb, identity: RequestIdentity, deps: WalletDeps): WalletContext {
  const visible = visibleOrganizations(identity.caller);
  return {
    db,
    caller: identity.caller,
    service: identity.service ?? null,
    loaders: {
      ...createWalletLoaders(db, visible),
      ...createLedgerLoaders(db, visible),
      ...createHoldLoaders(db, visible, deps.clock),
      ...createTopUpLoaders(db, visible),
      ...createSavedCardLoaders(db, visible, deps.clock),
    },
    deps,
  };
}
