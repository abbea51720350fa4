import type { ServiceClient } from "@dcx/kit";

/** Who hears about an organisation's alerts. */
export interface OrganizationContacts {
  /** The e-mail addresses of the organisation's owners and admins who are not disabled. */
  ownersAndAdmins(organizationId: string): Promise<string[]>;
}

const CONTACTS = `query($organizationId: ID!, $roles: [UserRole!]!) {
  organizationContacts(organizationId: $organizationId, roles: $roles) }`;

/**
 * Asks tenancy, which owns users and roles, signing as `telemetry-billing` (tenancy must trust
 * it: `TENANCY_TRUSTED_SERVICES=telemetry-billing`). Throws on anything but an answer, so the
 * notice is retried later rather than sent to nobody.
 */
export function createTenancyContacts(client: ServiceClient<"tenancy">): OrganizationContacts {
  return {
    async ownersAndAdmins(organizationId) {
      const response = await client.request<{ organizationContacts: string[] }>("tenancy", CONTACTS, {
        organizationId,
        roles: ["OWNER", "ADMIN"],
      });
      const contacts = response.data?.organizationContacts;
      if (!contacts) throw new Error(`tenancy did not name the contacts: ${JSON.stringify(response.errors)}`);
      return contacts;
    },
  };
}
