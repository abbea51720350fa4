import type { VmsContext } from "../context";
import type { Vm } from "./vm.type";

/** Resolves `Vm` representations from other subgraphs, batched through the loader. */
export const vmReference = {
  __resolveReference: (reference: { id: string }, ctx: VmsContext): Promise<Vm | null> =>
    ctx.loaders.vmById.load(reference.id),
};
