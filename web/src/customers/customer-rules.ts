import type { OrganizationKind, UserRole } from "../gql/graphql";

/** What creating organisations depends on: who is signed in and which organisation is shown. */
interface Creator {
  role: UserRole;
  /** The signed-in user's own organisation's kind. */
  ownKind: OrganizationKind;
  /** The kind of the organisation shown. */
  shownKind: OrganizationKind;
}

/**
 * The kinds of organisation the user may create under the one shown, as tenancy allows:
 * owners and admins of the provider create resellers and customers under the provider and
 * customers under a reseller; a reseller's owners and admins create customers under it.
 */
export function creatableKinds({ role, ownKind, shownKind }: Creator): OrganizationKind[] {
  if (role !== "OWNER" && role !== "ADMIN") return [];
  if (ownKind === "PROVIDER" && shownKind === "PROVIDER") return ["CUSTOMER", "RESELLER"];
  if ((ownKind === "PROVIDER" || ownKind === "RESELLER") && shownKind === "RESELLER") return ["CUSTOMER"];
  return [];
}
