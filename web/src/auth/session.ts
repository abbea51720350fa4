import type { OrganizationKind, UserRole } from "../gql/graphql";
import { AuthFailure } from "./auth-errors";

/** The signed-in user, as signing in and every refresh report it. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  organization: { id: string; name: string; kind: OrganizationKind };
}

/**
 * What signing in or refreshing gives this page: an access token and who it belongs to. The
 * refresh token is not here: the gateway keeps it in an HttpOnly cookie.
 */
export interface IssuedSession {
  accessToken: string;
  /** ISO instant on the server's clock. */
  accessTokenExpiresAt: string;
  user: SessionUser;
  /** How far the server's clock was ahead of ours when the answer arrived, if known. */
  serverClockOffsetMs: number | null;
}

const isText = (value: unknown): value is string => typeof value === "string" && value.length > 0;

/**
 * The `session` a session route answers (the gateway's `signIn`/`refreshSession` selection
 * without the refresh token); anything else is the server's fault, not a reason to sign out.
 */
export function parseIssuedSession(value: unknown, serverClockOffsetMs: number | null): IssuedSession {
  const session = (value ?? {}) as { accessToken?: unknown; accessTokenExpiresAt?: unknown; user?: unknown };
  const user = (session.user ?? {}) as Partial<SessionUser>;
  const wellFormed =
    isText(session.accessToken) &&
    isText(session.accessTokenExpiresAt) &&
    isText(user.id) &&
    isText(user.email) &&
    typeof user.organization === "object" &&
    user.organization !== null;
  if (!wellFormed) throw new AuthFailure("server", "DCX Cloud answered a sign-in without its session");
  return {
    accessToken: session.accessToken as string,
    accessTokenExpiresAt: session.accessTokenExpiresAt as string,
    user: session.user as SessionUser,
    serverClockOffsetMs,
  };
}
