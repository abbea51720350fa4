import { assertCanWrite, DomainError, requireProviderStaff } from "@dcx/kit";
import type { WalletContext } from "../context";

/** Services that may place, capture and release holds directly (VM provisioning). */
export const HOLD_SERVICES: readonly string[] = ["vms"];

const WHAT = "manage holds and credit";

/**
 * Who may write holds for `organizationId`: provider staff through the gateway (the organisation
 * visible to them, else NOT_FOUND), or a trusted service listed in HOLD_SERVICES, which acts for
 * every organisation. Any other service is FORBIDDEN. Checked before anything is read or written.
 */
export function assertMayWriteHolds(ctx: WalletContext, organizationId?: string): void {
  if (ctx.service !== null) {
    if (ctx.caller !== null || !HOLD_SERVICES.includes(ctx.service)) throw serviceForbidden(ctx.service, "hold money");
    return;
  }
  const caller = requireProviderStaff(ctx.caller, WHAT);
  if (organizationId !== undefined) assertCanWrite(caller, organizationId);
}

/** Credit limits: provider staff only; no service may set them. */
export function assertMaySetCreditLimit(ctx: WalletContext, organizationId: string): void {
  if (ctx.service !== null) throw serviceForbidden(ctx.service, "set credit limits");
  assertCanWrite(requireProviderStaff(ctx.caller, WHAT), organizationId);
}

export const serviceForbidden = (service: string, what: string) =>
  new DomainError("FORBIDDEN", `The ${service} service may not ${what}`, { service });
