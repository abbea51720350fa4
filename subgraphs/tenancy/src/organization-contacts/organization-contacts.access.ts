import { DomainError, requireCaller } from "@dcx/kit";
import type { TenancyContext } from "../context";

/** Services that may read whom to e-mail about an organisation (alert e-mails). */
export const CONTACT_SERVICES: readonly string[] = ["telemetry-billing"];

/**
 * Only a trusted service listed in CONTACT_SERVICES, calling with its own signed token, may read
 * an organisation's contacts. Through the gateway: UNAUTHENTICATED without a caller, FORBIDDEN
 * for every person (the field is @inaccessible, so the gateway never even routes it).
 */
export function assertMayReadContacts(ctx: Pick<TenancyContext, "caller" | "service">): void {
  if (ctx.service === null) {
    requireCaller(ctx.caller);
    throw new DomainError("FORBIDDEN", "Only platform services may read an organisation's contacts");
  }
  if (ctx.caller !== null || !CONTACT_SERVICES.includes(ctx.service)) {
    throw new DomainError("FORBIDDEN", `The ${ctx.service} service may not read an organisation's contacts`, {
      service: ctx.service,
    });
  }
}
