import { DomainError, requireProviderStaff } from "@dcx/kit";
import { Ctx, Mutation, Resolver } from "type-graphql";
import type { VmsContext } from "../context";
import { isHypervisorError } from "../hypervisor";
import { syncInventory } from "./inventory-sync";
import { VmInventorySyncReport } from "./sync.type";

@Resolver()
export class InventorySyncResolver {
  @Mutation(() => VmInventorySyncReport, {
    description:
      "Reads every VM from vCenter now and reconciles the inventory (as the scheduled sync does). Provider owners and admins only (FORBIDDEN otherwise); HYPERVISOR_UNAVAILABLE when no vCenter is configured or it cannot be read.",
  })
  async syncVmInventory(@Ctx() ctx: VmsContext): Promise<VmInventorySyncReport> {
    requireProviderStaff(ctx.caller, "sync the VM inventory");
    const hypervisor = ctx.deps.hypervisor;
    if (!hypervisor) throw new DomainError("HYPERVISOR_UNAVAILABLE", "No vCenter is configured");
    try {
      return await syncInventory(ctx.db, hypervisor, { clock: ctx.deps.clock, log: ctx.deps.log });
    } catch (error) {
      if (isHypervisorError(error)) {
        throw new DomainError("HYPERVISOR_UNAVAILABLE", `vCenter could not be read: ${error.message}`, {
          hypervisorCode: error.code,
        });
      }
      throw error;
    }
  }
}
