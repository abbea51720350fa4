import type { OrganizationKind } from "./gql/graphql";

export interface OrganizationOption {
  id: string;
  name: string;
  kind: OrganizationKind;
}

/** The signed-in user's own organisation if it is visible, else the first one listed. */
export function chooseDefaultOrganization(
  organizations: readonly OrganizationOption[],
  ownOrganizationId: string,
): OrganizationOption | undefined {
  return organizations.find((org) => org.id === ownOrganizationId) ?? organizations[0];
}

/**
 * The organisation whose dashboard to show: the one asked for in the address bar if the
 * user may see it (it is in their list), else the default. A bookmark of another tenant's
 * dashboard, or one left in the address bar by a previous user, falls back to the user's own.
 */
export function organizationToShow(
  organizations: readonly OrganizationOption[],
  requestedId: string | null,
  ownOrganizationId: string,
): OrganizationOption | undefined {
  const requested = requestedId ? organizations.find((org) => org.id === requestedId) : undefined;
  return requested ?? chooseDefaultOrganization(organizations, ownOrganizationId);
}

export const ORG_PARAM = "org";

/** The organisation id in a query string such as "?org=abc", if any. */
export function readOrgParam(search: string): string | null {
  const value = new URLSearchParams(search).get(ORG_PARAM);
  return value ? value : null;
}

/** The query string with `org` set to `id`, keeping every other parameter. */
export function withOrgParam(search: string, id: string): string {
  const params = new URLSearchParams(search);
  params.set(ORG_PARAM, id);
  return `?${params.toString()}`;
}

/** The query string without `org`, keeping every other parameter ("" when none is left). */
export function withoutOrgParam(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(ORG_PARAM);
  const rest = params.toString();
  return rest ? `?${rest}` : "";
}
