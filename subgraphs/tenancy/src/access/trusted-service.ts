import { DomainError, requireCaller } from "@dcx/kit";
import type { TenancyContext } from "../context";

/**
 * Only a service in `allowed`, calling with its own signed token, may read `what` (e.g. "an
 * organisation's contacts"). Through the gateway: UNAUTHENTICATED without a caller, FORBIDDEN
 * for every person (such fields are @inaccessible, so the gateway never even routes them).
 */
export function assertTrustedService(
  ctx: Pick<TenancyContext, "caller" | "service">,
  allowed: readonly string[],
  what: string,
): void {
  if (ctx.service === null) {
    requireCaller(ctx.caller);
    throw new DomainError("FORBIDDEN", `Only platform services may read ${what}`);
  }
  if (ctx.caller !== null || !allowed.includes(ctx.service)) {
    throw new DomainError("FORBIDDEN", `The ${ctx.service} service may not read ${what}`, { service: ctx.service });
  }
}
