import { type Caller, DomainError, cleanText, isUuid, notFound, requireCaller } from "@dcx/kit";
import { assertManagerRole } from "../access/manager";
import { API_KEY_PREFIX, hashSecret, newSecret } from "../credentials/secret";
import type { TenancyDb } from "../organization/organization.store";
import { findApiKeyOfOrganization, findApiKeysOfOrganization, insertApiKey, revokeApiKeyRow } from "./api-key.store";
import type { ApiKey, CreatedApiKey } from "./api-key.type";

export const API_KEY_NAME_MAX = 80;
export const SECRET_PREFIX_LENGTH = 12;

/** Owners and admins of an organisation, signed in as themselves (not with an API key), manage its keys. */
function keyManager(caller: Caller | null): Caller {
  const known = requireCaller(caller);
  if (known.kind !== "user") throw new DomainError("FORBIDDEN", "API keys are managed by signed-in users");
  assertManagerRole(known);
  return known;
}

function validName(raw: string): string {
  return cleanText(raw, { field: "name", label: "Name", maxLength: API_KEY_NAME_MAX });
}

/** A new key for the caller's organisation; the secret is in this answer only, the database keeps its hash. */
export async function createApiKey(
  db: TenancyDb,
  now: Date,
  caller: Caller | null,
  input: { name: string; readOnly: boolean },
): Promise<CreatedApiKey> {
  const manager = keyManager(caller);
  const name = validName(input.name);
  const secret = newSecret(API_KEY_PREFIX);
  const apiKey = await insertApiKey(db, {
    organizationId: manager.organizationId,
    name,
    secretPrefix: secret.slice(0, SECRET_PREFIX_LENGTH),
    secretHash: hashSecret(secret),
    readOnly: input.readOnly,
    createdByUserId: manager.id,
    createdAt: now,
  });
  return { apiKey, secret };
}

/** The keys of the caller's organisation, revoked ones included, newest first. */
export function listApiKeys(db: TenancyDb, caller: Caller | null): Promise<ApiKey[]> {
  return findApiKeysOfOrganization(db, keyManager(caller).organizationId);
}

/** Revokes a key of the caller's organisation; any other key answers NOT_FOUND. */
export async function revokeApiKey(db: TenancyDb, now: Date, caller: Caller | null, id: string): Promise<ApiKey> {
  const known = requireCaller(caller);
  const key = isUuid(id) ? await findApiKeyOfOrganization(db, id, known.organizationId) : null;
  if (!key) throw notFound("API key", id);
  keyManager(known);
  return revokeApiKeyRow(db, key.id, now);
}
