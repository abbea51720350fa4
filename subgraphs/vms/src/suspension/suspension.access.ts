import { DomainError, requireCaller } from "@dcx/kit";
import type { VmsContext } from "../context";

/** Services that may suspend an organisation's VMs and lift the suspension: billing's wallet. */
export const SUSPENSION_SERVICES: readonly string[] = ["wallet"];

/**
 * Only a trusted service listed in SUSPENSION_SERVICES, calling with its own signed token, may
 * suspend or lift. Through the gateway: UNAUTHENTICATED without a caller, FORBIDDEN for every
 * person (the mutations are @inaccessible, so the gateway never even routes them). Checked before
 * the input is read.
 */
export function assertMayManageSuspensions(ctx: Pick<VmsContext, "caller" | "service">): void {
  if (ctx.service === null) {
    requireCaller(ctx.caller);
    throw new DomainError("FORBIDDEN", "Only billing may suspend an organisation's VMs");
  }
  if (ctx.caller !== null || !SUSPENSION_SERVICES.includes(ctx.service)) {
    throw new DomainError("FORBIDDEN", `The ${ctx.service} service may not suspend an organisation's VMs`, {
      service: ctx.service,
    });
  }
}
