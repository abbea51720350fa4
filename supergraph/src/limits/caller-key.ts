import type { RequestIdentity } from "@dcx/kit";

/**
 * Whose budget an operation spends: the signed-in user or the API key, else (before sign-in) the
 * client address, so anonymous callers cannot share one budget nor use a tenant's.
 */
export function callerKey(identity: RequestIdentity): string {
  const { caller, clientAddress } = identity;
  return caller ? `${caller.kind}:${caller.id}` : `address:${clientAddress}`;
}
