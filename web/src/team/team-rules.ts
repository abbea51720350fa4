import type { SessionUser } from "../auth/session";
import type { UserRole } from "../gql/graphql";

export const USER_ROLES: readonly UserRole[] = ["OWNER", "ADMIN", "BILLING", "MEMBER", "READ_ONLY"];

const RANK: Record<UserRole, number> = { OWNER: 2, ADMIN: 1, BILLING: 0, MEMBER: 0, READ_ONLY: 0 };

/** Owners and admins manage users and API keys; the tenancy subgraph refuses every other role. */
export const isManagerRole = (role: UserRole) => role === "OWNER" || role === "ADMIN";

type Viewer = Pick<SessionUser, "id" | "role" | "organization">;

/**
 * The viewer's rank in the organisation shown. Owners and admins of an organisation above it (a
 * reseller looking at its customer, provider staff) act as its owners; the server ranks them so.
 */
function rankIn(viewer: Viewer, organizationId: string): number {
  return organizationId === viewer.organization.id ? RANK[viewer.role] : RANK.OWNER;
}

/** The roles the viewer may give in the organisation shown (none unless an owner or admin). */
export function grantableRoles(viewer: Viewer, organizationId: string): UserRole[] {
  if (!isManagerRole(viewer.role)) return [];
  const rank = rankIn(viewer, organizationId);
  return USER_ROLES.filter((role) => RANK[role] <= rank);
}

export interface TeamMember {
  id: string;
  role: UserRole;
  disabledAt?: string | null;
}

/** What the page offers on one user, and why not when it offers nothing. */
export interface MemberActions {
  roles: UserRole[];
  mayDisable: boolean;
  /** Said in place of the buttons a manager does not get here. */
  reason: string | null;
}

const NONE = (reason: string | null): MemberActions => ({ roles: [], mayDisable: false, reason });

export const activeOwnerCount = (members: readonly TeamMember[]) =>
  members.filter((member) => member.role === "OWNER" && !member.disabledAt).length;

/**
 * The changes the viewer may make to `member`, by the rules the tenancy subgraph applies (it
 * remains the judge): managers only; not oneself (a slip would lock the viewer out); not a
 * disabled user; an admin neither changes nor disables an owner of its own organisation; and the
 * last active owner keeps the role.
 */
export function memberActions(
  viewer: Viewer,
  organizationId: string,
  member: TeamMember,
  activeOwners: number,
): MemberActions {
  if (!isManagerRole(viewer.role)) return NONE(null);
  if (member.id === viewer.id) return NONE("You cannot change or disable yourself");
  if (member.disabledAt) return NONE(null);
  if (RANK[member.role] > rankIn(viewer, organizationId)) return NONE("Only an owner changes an owner");
  if (member.role === "OWNER" && activeOwners <= 1) {
    return NONE("The only owner: make someone else owner first");
  }
  return { roles: grantableRoles(viewer, organizationId), mayDisable: true, reason: null };
}

/**
 * API keys belong to the caller's own organisation (`apiKeys` lists only those) and only its
 * owners and admins see them: elsewhere the page says where the keys are instead of an empty list.
 */
export function apiKeyAccess(
  viewer: Viewer,
  organizationId: string,
): "manage" | "not-your-role" | "other-organisation" {
  if (!isManagerRole(viewer.role)) return "not-your-role";
  return organizationId === viewer.organization.id ? "manage" : "other-organisation";
}

/** The sessions "Sign out others" ends: every one but the current. */
export const otherSessionIds = (sessions: ReadonlyArray<{ id: string; current: boolean }>) =>
  sessions.filter((session) => !session.current).map((session) => session.id);
