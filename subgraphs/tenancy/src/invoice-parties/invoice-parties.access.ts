import { assertTrustedService } from "../access/trusted-service";
import type { TenancyContext } from "../context";

/** Services that may read organisations' invoice details: telemetry-billing issues the tax invoices. */
export const INVOICE_PARTY_SERVICES: readonly string[] = ["telemetry-billing"];

/** At most this many organisations per request: a month's invoices are asked for in batches. */
export const MAX_INVOICE_PARTY_IDS = 5_000;

/**
 * Only a trusted service listed in INVOICE_PARTY_SERVICES, calling with its own signed token, may
 * read organisations' invoice details; every person is refused (they read `Organization`).
 */
export function assertMayReadInvoiceParties(ctx: Pick<TenancyContext, "caller" | "service">): void {
  assertTrustedService(ctx, INVOICE_PARTY_SERVICES, "organisations' invoice details");
}
