import { canSee } from "@dcx/kit";
import type { VmsContext } from "../context";
import type { Vm } from "./vm.type";

/**
 * One VM the caller may see, or null. The loader already reads only visible organisations;
 * the check here keeps a single lookup safe on its own. Null, never FORBIDDEN: whether a VM
 * of another organisation exists must not leak.
 */
export async function loadVisibleVm(ctx: VmsContext, id: string): Promise<Vm | null> {
  const vm = await ctx.loaders.vmById.load(id);
  return vm && canSee(ctx.caller, vm.organizationId) ? vm : null;
}
