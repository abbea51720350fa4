import type { CryptoKey, KeyObject } from "jose";
import { type GatewayTokenClaims, notThroughGateway, verifyGatewayToken } from "./gateway-token";
import type { SignedRequest } from "./request-binding";
import { UsedTokenIds } from "./used-token-ids";

export interface GatewayTokenVerifier {
  /** Throws UNAUTHENTICATED unless the token is the gateway's, for this subgraph and request, and new. */
  verify(token: string | undefined, request: SignedRequest): Promise<GatewayTokenClaims>;
}

/**
 * Verifies gateway tokens for one subgraph and accepts each token once in this process: a token
 * captured on the wire is refused when sent again, even with the very request it was signed for.
 */
export function createGatewayTokenVerifier(
  publicKey: CryptoKey | KeyObject,
  audience: string,
  options: { now?: () => number; capacity?: number } = {},
): GatewayTokenVerifier {
  const now = options.now ?? Date.now;
  const used = new UsedTokenIds(options.capacity, now);
  return {
    async verify(token, request) {
      const claims = await verifyGatewayToken(publicKey, token, audience, request, now);
      const claimed = used.claim(claims.requestId, claims.validUntilMs);
      if (claimed === "replayed") throw notThroughGateway("token already used");
      if (claimed === "full") throw notThroughGateway("too many requests in flight");
      return claims;
    },
  };
}
