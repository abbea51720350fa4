import { randomUUID } from "node:crypto";
import { type CryptoKey, type KeyObject, SignJWT, errors as joseErrors, jwtVerify } from "jose";
import { DomainError } from "../errors";

/**
 * The gateway signs every request it sends to a subgraph with a short-lived token bound to that
 * subgraph (`aud`). Subgraphs accept nothing else, so a caller who reaches a subgraph's port
 * directly gets nothing — `_entities` included. The gateway's public key is all a subgraph holds.
 */
export const GATEWAY_TOKEN_HEADER = "x-dcx-gateway-token";
const ISSUER = "dcx-gateway";
const LIFETIME_SECONDS = 60;

type Key = CryptoKey | KeyObject;

export interface GatewayTokenClaims {
  /** The subgraph the request is for. */
  audience: string;
  /** Unique per request, for log correlation. */
  requestId: string;
}

export async function signGatewayToken(privateKey: Key, audience: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "EdDSA", typ: "JWT" })
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .sign(privateKey);
}

/** Throws UNAUTHENTICATED unless the token was signed by the gateway, for this subgraph, recently. */
export async function verifyGatewayToken(
  publicKey: Key,
  token: string | undefined,
  audience: string,
): Promise<GatewayTokenClaims> {
  if (!token) throw notThroughGateway("missing gateway signature");
  try {
    const { payload } = await jwtVerify(token, publicKey, {
      issuer: ISSUER,
      audience,
      algorithms: ["EdDSA"],
      clockTolerance: 5,
      maxTokenAge: `${LIFETIME_SECONDS + 5}s`,
    });
    return { audience, requestId: String(payload.jti) };
  } catch (error) {
    const reason = error instanceof joseErrors.JOSEError ? error.code : "invalid token";
    throw notThroughGateway(reason);
  }
}

const notThroughGateway = (reason: string) =>
  new DomainError("UNAUTHENTICATED", "Requests must come through the gateway", { reason });
