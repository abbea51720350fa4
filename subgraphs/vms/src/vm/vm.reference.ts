import type { VmsContext } from "../context";
import { loadVisibleVm } from "./vm.access";
import type { Vm } from "./vm.type";

/** Resolves `Vm` representations from other subgraphs, batched through the loader; null unless visible. */
export const vmReference = {
  __resolveReference: (reference: { id: string }, ctx: VmsContext): Promise<Vm | null> =>
    loadVisibleVm(ctx, reference.id),
};
