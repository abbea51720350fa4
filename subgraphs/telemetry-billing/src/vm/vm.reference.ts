import type { TelemetryContext } from "../context";
import type { Vm } from "./vm.type";

/**
 * Resolves `Vm` representations from the gateway. The id is all this subgraph needs, so
 * there is nothing to look up here; `metrics` batches its own loading per window and reads
 * only samples the caller may see. A caller who has not signed in sees no VM at all.
 */
export const vmReference = {
  __resolveReference: (reference: { id: string }, ctx: TelemetryContext): Vm | null =>
    ctx.caller ? { id: reference.id } : null,
};
