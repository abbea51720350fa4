import { assertCanWrite, requireProviderStaff } from "@dcx/kit";
import type { WalletContext } from "../context";
import { serviceForbidden } from "../hold/hold-access";

/** Services that may post metered usage to wallets directly (the daily charges of billing). */
export const USAGE_CHARGE_SERVICES: readonly string[] = ["telemetry-billing"];

/**
 * Who may post usage charges: provider staff through the gateway (to re-post a day by hand), or
 * a trusted service listed in USAGE_CHARGE_SERVICES, which acts for every organisation. Any
 * other service (`vms` too) is FORBIDDEN, and so is every other person. Checked before anything
 * is read or written.
 */
export function assertMayPostUsageCharges(ctx: WalletContext, organizationId: string): void {
  if (ctx.service !== null) {
    if (ctx.caller !== null || !USAGE_CHARGE_SERVICES.includes(ctx.service)) {
      throw serviceForbidden(ctx.service, "post usage charges");
    }
    return;
  }
  assertCanWrite(requireProviderStaff(ctx.caller, "post usage charges"), organizationId);
}
