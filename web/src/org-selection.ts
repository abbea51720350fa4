import type { OrganizationKind } from "./gql/graphql";

export interface OrganizationOption {
  id: string;
  name: string;
  kind: OrganizationKind;
}

/** The customer named "Adcock" if there is one, else the first customer, else the first organisation. */
export function chooseDefaultOrganization(
  organizations: readonly OrganizationOption[],
): OrganizationOption | undefined {
  const customers = organizations.filter((org) => org.kind === "CUSTOMER");
  return customers.find((org) => /\badcock\b/i.test(org.name)) ?? customers[0] ?? organizations[0];
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
