import { requestOrganizationContacts, type ServiceClient } from "@dcx/kit";

/** Who hears about an organisation's alerts and budgets. */
export interface OrganizationContacts {
  /** The e-mail addresses of the organisation's owners and admins who are not disabled. */
  ownersAndAdmins(organizationId: string): Promise<string[]>;
  /** …and of its billing users too: whoever handles its money (budget e-mails). */
  moneyContacts(organizationId: string): Promise<string[]>;
}

/**
 * Asks tenancy, which owns users and roles, signing as `telemetry-billing` (tenancy must trust
 * it: `TENANCY_TRUSTED_SERVICES=telemetry-billing`). Throws on anything but an answer, so the
 * notice is retried later rather than sent to nobody.
 */
export function createTenancyContacts(client: ServiceClient<"tenancy">): OrganizationContacts {
  return {
    ownersAndAdmins: (organizationId) => requestOrganizationContacts(client, organizationId, ["OWNER", "ADMIN"]),
    moneyContacts: (organizationId) =>
      requestOrganizationContacts(client, organizationId, ["OWNER", "ADMIN", "BILLING"]),
  };
}
