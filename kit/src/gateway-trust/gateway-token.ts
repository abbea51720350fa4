import { randomUUID } from "node:crypto";
import { type CryptoKey, type KeyObject, SignJWT, errors as joseErrors, jwtVerify } from "jose";
import { type Caller, parseCaller } from "../caller/caller";
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

/** Who one request is from, as the gateway (or a trusted service) vouches for it. */
export interface RequestIdentity {
  /** Null for a caller who has not signed in (only signing in is open to them), and for a service. */
  caller: Caller | null;
  /** The client's address as the gateway saw it, for rate limits and audit. */
  clientAddress: string;
  /**
   * The trusted service that called directly with its own signed token (e.g. `vms`); null or
   * absent when the request came through the gateway. A service is not a person: `caller` is null.
   */
  service?: string | null;
}

/** What the gateway signs: a caller (or none) and the client's address, never a service. */
export type GatewayIdentity = Omit<RequestIdentity, "service">;

export interface GatewayTokenClaims extends RequestIdentity {
  service: null;
  /** The subgraph the request is for. */
  audience: string;
  /** Unique per request, for log correlation. */
  requestId: string;
}

const ANONYMOUS: GatewayIdentity = { caller: null, clientAddress: "unknown" };

export async function signGatewayToken(
  privateKey: Key,
  audience: string,
  identity: GatewayIdentity = ANONYMOUS,
): Promise<string> {
  return new SignJWT({ caller: identity.caller, clientAddress: identity.clientAddress })
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
    return {
      audience,
      requestId: String(payload.jti),
      caller: parseCaller(payload.caller),
      clientAddress: typeof payload.clientAddress === "string" ? payload.clientAddress : "unknown",
      service: null,
    };
  } catch (error) {
    const reason = error instanceof joseErrors.JOSEError ? error.code : "invalid token";
    throw notThroughGateway(reason);
  }
}

const notThroughGateway = (reason: string) =>
  new DomainError("UNAUTHENTICATED", "Requests must come through the gateway", { reason });
