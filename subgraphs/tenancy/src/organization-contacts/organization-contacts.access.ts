import { assertTrustedService } from "../access/trusted-service";
import type { TenancyContext } from "../context";

/**
 * Services that may read whom to e-mail about an organisation: telemetry-billing (alert e-mails)
 * and the wallet (e-mails to owners when an organisation's usage goes unpaid).
 */
export const CONTACT_SERVICES: readonly string[] = ["telemetry-billing", "wallet"];

/**
 * Only a trusted service listed in CONTACT_SERVICES, calling with its own signed token, may read
 * an organisation's contacts; every person is refused.
 */
export function assertMayReadContacts(ctx: Pick<TenancyContext, "caller" | "service">): void {
  assertTrustedService(ctx, CONTACT_SERVICES, "an organisation's contacts");
}
