import type { ServiceClient } from "./service-client";

const CONTACTS = `query($organizationId: ID!, $roles: [UserRole!]!) {
  organizationContacts(organizationId: $organizationId, roles: $roles) }`;

/** A role as tenancy's `UserRole` names it. */
export type ContactRole = "OWNER" | "ADMIN" | "BILLING" | "MEMBER" | "READ_ONLY";

/**
 * The e-mail addresses of an organisation's users with one of `roles` (not disabled), asked of
 * tenancy, which owns users and roles; tenancy must trust the calling service (its
 * `CONTACT_SERVICES` and `TENANCY_TRUSTED_SERVICES`). Throws on anything but an answer, so a
 * notice is retried later rather than sent to nobody.
 */
export async function requestOrganizationContacts(
  client: ServiceClient<"tenancy">,
  organizationId: string,
  roles: readonly ContactRole[],
): Promise<string[]> {
  const response = await client.request<{ organizationContacts: string[] }>("tenancy", CONTACTS, {
    organizationId,
    roles,
  });
  const contacts = response.data?.organizationContacts;
  if (!contacts) throw new Error(`tenancy did not name the contacts: ${JSON.stringify(response.errors)}`);
  return contacts;
}
