import { type Caller, type RequestIdentity, visibleOrganizations } from "@dcx/kit";
import { createVmLoaders } from "./vm/vm.loaders";
import type { VmsDb } from "./vm/vm.store";

export interface VmsContext {
  db: VmsDb;
  /** Who is asking, as the gateway signed it; null before signing in. */
  caller: Caller | null;
  /** Loaders closed over the caller: they never load a VM of an organisation the caller cannot see. */
  loaders: ReturnType<typeof createVmLoaders>;
}

export const createVmsContext = (db: VmsDb, identity: RequestIdentity): VmsContext => ({
  db,
  caller: identity.caller,
  loaders: createVmLoaders(db, visibleOrganizations(identity.caller)),
});
