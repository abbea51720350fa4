import { DomainError, requireCaller } from "@dcx/kit";
import type { CatalogContext } from "../context";

/**
 * Services that may price VMs and read the sizes directly, without a person: `vms`, which checks
 * that an organisation's wallet covers a VM before it is provisioned. The server already refuses
 * services the catalog does not trust (`CATALOG_TRUSTED_SERVICES`); this list narrows what a
 * trusted service may read here.
 */
export const PRICING_SERVICES: readonly string[] = ["vms"];

/** Estimates and sizes: any signed-in caller, or a service in PRICING_SERVICES (else FORBIDDEN). */
export function assertMayPrice(ctx: CatalogContext): void {
  if (ctx.service !== null) {
    if (ctx.caller !== null || !PRICING_SERVICES.includes(ctx.service)) {
      throw new DomainError("FORBIDDEN", `The ${ctx.service} service may not read prices`, { service: ctx.service });
    }
    return;
  }
  requireCaller(ctx.caller);
}
