import type { Vm } from "./vm.type";

/**
 * Resolves `Vm` representations from the gateway. The id is all this subgraph needs, so
 * there is nothing to look up here; `metrics` batches its own loading per window.
 */
export const vmReference = {
  __resolveReference: (reference: { id: string }): Vm => ({ id: reference.id }),
};
