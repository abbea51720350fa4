import type { OrganizationKind, UserRole } from "../gql/graphql";

/** The signed-in user, as signing in and every refresh report it. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  organization: { id: string; name: string; kind: OrganizationKind };
}

/** A token pair from `signIn` or `refreshSession`. */
export interface IssuedSession {
  accessToken: string;
  /** ISO instant on the server's clock. */
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: SessionUser;
  /** How far the server's clock was ahead of ours when the answer arrived, if known. */
  serverClockOffsetMs: number | null;
}
