import { isUuid } from "@dcx/kit";
import { API_KEY_PREFIX, hashSecret } from "../credentials/secret";
import type { OrganizationRow } from "../db/schema";
import { findChildIds, type TenancyDb } from "../organization/organization.store";
import type { InternalCaller } from "./internal-caller.type";
import { findLiveSession, useLiveApiKey } from "./internal-caller.store";

type Scope = Pick<
  InternalCaller,
  "organizationId" | "organizationKind" | "allOrganizations" | "visibleOrganizationIds"
>;

/** Provider staff see everything; a reseller itself and every customer under it; a customer itself. */
export async function scopeOf(db: TenancyDb, organization: OrganizationRow): Promise<Scope> {
  const base = { organizationId: organization.id, organizationKind: organization.kind };
  switch (organization.kind) {
    case "provider":
      return { ...base, allOrganizations: true, visibleOrganizationIds: [organization.id] };
    case "reseller":
      return {
        ...base,
        allOrganizations: false,
        visibleOrganizationIds: [organization.id, ...(await findChildIds(db, organization.id))],
      };
    case "customer":
      return { ...base, allOrganizations: false, visibleOrganizationIds: [organization.id] };
  }
}

/** The caller of a live session of a user who is not disabled; null for anything else. */
export async function sessionCaller(db: TenancyDb, sessionId: string, now: Date): Promise<InternalCaller | null> {
  if (!isUuid(sessionId)) return null;
  const found = await findLiveSession(db, sessionId, now);
  if (!found) return null;
  return {
    kind: "user",
    id: found.user.id,
    sessionId,
    role: found.user.role,
    readOnly: found.user.role === "read_only",
    ...(await scopeOf(db, found.organization)),
  };
}

/** The caller of an API key that has not been revoked (recording that it was used); null otherwise. */
export async function apiKeyCaller(db: TenancyDb, secret: string, now: Date): Promise<InternalCaller | null> {
  if (!secret.startsWith(API_KEY_PREFIX)) return null;
  const found = await useLiveApiKey(db, hashSecret(secret), now);
  if (!found) return null;
  return {
    kind: "api_key",
    id: found.key.id,
    sessionId: null,
    role: "member",
    readOnly: found.key.readOnly,
    ...(await scopeOf(db, found.organization)),
  };
}
