import { assertCanWrite, requireProviderStaff } from "@dcx/kit";
import type { WalletContext } from "../context";
import { serviceForbidden } from "../hold/hold-access";

/** The suspension policy, like the credit limit, is the provider's: its staff only, no service. */
export function assertMaySetSuspensionPolicy(ctx: WalletContext, organizationId: string): void {
  if (ctx.service !== null) throw serviceForbidden(ctx.service, "set suspension policies");
  assertCanWrite(requireProviderStaff(ctx.caller, "set suspension policies"), organizationId);
}
