/**
 * Who is calling, as the gateway established it and signed it into every subgraph request.
 * Subgraphs never see credentials: they trust this only because the gateway's signature verifies.
 */
export type OrganizationKindName = "provider" | "reseller" | "customer";
export type RoleName = "owner" | "admin" | "billing" | "member" | "read_only";

export interface Caller {
  /** A person signed in with a session, or a partner's API key. */
  kind: "user" | "api_key";
  /** The user's or the API key's id. */
  id: string;
  /** The session a signed-in user is calling with (absent for API keys). */
  sessionId?: string | undefined;
  organizationId: string;
  organizationKind: OrganizationKindName;
  role: RoleName;
  /** True for the read-only role and for read-only API keys: no mutation may succeed. */
  readOnly: boolean;
  /**
   * The organisations this caller may see: every one for provider staff, else its own
   * organisation and, for a reseller, each customer under it.
   */
  visibleOrganizationIds: "all" | string[];
}

const KINDS: readonly string[] = ["provider", "reseller", "customer"];
const ROLES: readonly string[] = ["owner", "admin", "billing", "member", "read_only"];

/** Checks the shape of a caller claim; anything else is treated as no caller at all. */
export function parseCaller(value: unknown): Caller | null {
  if (!value || typeof value !== "object") return null;
  const c = value as Record<string, unknown>;
  const visible = c.visibleOrganizationIds;
  const valid =
    (c.kind === "user" || c.kind === "api_key") &&
    typeof c.id === "string" &&
    typeof c.organizationId === "string" &&
    KINDS.includes(c.organizationKind as string) &&
    ROLES.includes(c.role as string) &&
    typeof c.readOnly === "boolean" &&
    (c.sessionId === undefined || c.sessionId === null || typeof c.sessionId === "string") &&
    (visible === "all" || (Array.isArray(visible) && visible.every((id) => typeof id === "string")));
  if (!valid) return null;
  const { sessionId, ...rest } = c as unknown as Caller;
  return sessionId ? { ...rest, sessionId } : (rest as Caller);
}
