import { createVmLoaders } from "./vm/vm.loaders";
import type { VmsDb } from "./vm/vm.store";

export interface VmsContext {
  db: VmsDb;
  loaders: ReturnType<typeof createVmLoaders>;
}

export const createVmsContext = (db: VmsDb): VmsContext => ({
  db,
  loaders: createVmLoaders(db),
});
