import { DomainError, requireCaller } from "@dcx/kit";
import type { CatalogContext } from "../context";

/**
 * Services that may read the price schedule: `telemetry-billing`, which prices each metered hour
 * at the prices and VAT rate in force during it. The server already refuses services the catalog
 * does not trust (`CATALOG_TRUSTED_SERVICES`); this list narrows who may read the schedule.
 */
export const BILLING_SERVICES: readonly string[] = ["telemetry-billing"];

/**
 * Only a service in BILLING_SERVICES, calling with its own signed token. Through the gateway:
 * UNAUTHENTICATED without a caller, FORBIDDEN for every person (the field is @inaccessible, so
 * the gateway never even routes it).
 */
export function assertMayReadSchedule(ctx: Pick<CatalogContext, "caller" | "service">): void {
  if (ctx.service === null) {
    requireCaller(ctx.caller);
    throw new DomainError("FORBIDDEN", "Only platform services may read the price schedule");
  }
  if (ctx.caller !== null || !BILLING_SERVICES.includes(ctx.service)) {
    throw new DomainError("FORBIDDEN", `The ${ctx.service} service may not read the price schedule`, {
      service: ctx.service,
    });
  }
}
