import type { CryptoKey, KeyObject } from "jose";
import { type GatewayTokenClaims, notThroughGateway, verifyGatewayToken } from "./gateway-token";
import type { SignedRequest } from "./request-binding";
import { memoryUsedIdStore, type UsedIds } from "../shared-state/used-ids";

export interface GatewayTokenVerifier {
  /** Throws UNAUTHENTICATED unless the token is the gateway's, for this subgraph and request, and new. */
  verify(token: string | undefined, request: SignedRequest): Promise<GatewayTokenClaims>;
}

/**
 * Verifies gateway tokens for one subgraph and accepts each token once among the processes that
 * share `usedIds` (this process alone by default): a token captured on the wire is refused when
 * sent again, even with the very request it was signed for.
 */
export function createGatewayTokenVerifier(
  publicKey: CryptoKey | KeyObject,
  audience: string,
  options: { now?: () => number; capacity?: number; usedIds?: UsedIds } = {},
): GatewayTokenVerifier {
  const now = options.now ?? Date.now;
  const used = options.usedIds ?? memoryUsedIdStore({ capacity: options.capacity, now }).namespace("gateway");
  return {
    async verify(token, request) {
      const claims = await verifyGatewayToken(publicKey, token, audience, request, now);
      const claimed = await used.claim(claims.requestId, claims.validUntilMs);
      if (claimed === "replayed") throw notThroughGateway("token already used");
      if (claimed === "full") throw notThroughGateway("too many requests in flight");
      return claims;
    },
  };
}
