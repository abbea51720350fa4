import { useQuery } from "urql";
import { graphql } from "../gql";
import type { OrganizationOption } from "../org-selection";
import type { ActorDirectory } from "./audit-format";

/**
 * Names for the audit log's actors, from tenancy: the users of the organisation shown and, for a
 * reseller or the provider looking at one below, their own users (who may have acted on it), and
 * the viewer's organisation's API keys.
 */
const AuditActorsQuery = graphql(`
  query AuditActors($organizationId: ID!, $ownOrganizationId: ID!, $withOwn: Boolean!) {
    organization(id: $organizationId) {
      id
      users {
        id
        displayName
      }
    }
    own: organization(id: $ownOrganizationId) @include(if: $withOwn) {
      id
      users {
        id
        displayName
      }
    }
    apiKeys {
      id
      name
      secretPrefix
    }
  }
`);

/** The directory, "loading" until it arrives, or null when tenancy could not answer (names unavailable). */
export function useActorDirectory(
  organization: OrganizationOption,
  ownOrganizationId: string,
): ActorDirectory | "loading" | null {
  const withOwn = organization.id !== ownOrganizationId;
  const [{ data, fetching }] = useQuery({
    query: AuditActorsQuery,
    variables: { organizationId: organization.id, ownOrganizationId, withOwn },
    requestPolicy: "cache-and-network",
  });
  if (!data?.organization) return fetching ? "loading" : null;
  const users = [...data.organization.users, ...(data.own?.users ?? [])];
  return {
    users: new Map(users.map((user) => [user.id, user.displayName])),
    apiKeys: new Map((data.apiKeys ?? []).map((key) => [key.id, `${key.name} (${key.secretPrefix}…)`])),
    organizationName: organization.name,
  };
}
