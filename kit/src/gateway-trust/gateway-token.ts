import { randomUUID, timingSafeEqual } from "node:crypto";
import { type CryptoKey, type KeyObject, SignJWT, errors as joseErrors, jwtVerify } from "jose";
import { type Caller, parseCaller } from "../caller/caller";
import { DomainError } from "../errors";
import { bodyHash, type SignedRequest } from "./request-binding";

/**
 * The gateway signs every request it sends to a subgraph with a token bound to that subgraph
 * (`aud`) and to that one request: its HTTP method (`htm`) and the SHA-256 of its exact body
 * (`bh`). Subgraphs accept nothing else, so a caller who reaches a subgraph's port directly gets
 * nothing — `_entities` included — and a captured token cannot carry another operation. Tokens
 * live seconds; the subgraph server also accepts each `jti` once (`createGatewayTokenVerifier`).
 */
export const GATEWAY_TOKEN_HEADER = "x-dcx-gateway-token";
const ISSUER = "dcx-gateway";
export const GATEWAY_TOKEN_LIFETIME_SECONDS = 10;
/** How far the gateway's and a subgraph's clocks may disagree. */
export const GATEWAY_TOKEN_CLOCK_TOLERANCE_SECONDS = 2;

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
  /** Unique per request (`jti`): log correlation, and the key of the once-only check. */
  requestId: string;
  /** When the token stops verifying (ms since the epoch), clock tolerance included. */
  validUntilMs: number;
}

const ANONYMOUS: GatewayIdentity = { caller: null, clientAddress: "unknown" };

/** Signs `request` (method and exact body) for the subgraph `audience`, carrying `identity`. */
export async function signGatewayToken(
  privateKey: Key,
  audience: string,
  request: SignedRequest,
  identity: GatewayIdentity = ANONYMOUS,
): Promise<string> {
  return new SignJWT({
    caller: identity.caller,
    clientAddress: identity.clientAddress,
    htm: request.method.toUpperCase(),
    bh: bodyHash(request.body),
  })
    .setProtectedHeader({ alg: "EdDSA", typ: "JWT" })
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${GATEWAY_TOKEN_LIFETIME_SECONDS}s`)
    .sign(privateKey);
}

/**
 * Throws UNAUTHENTICATED unless the gateway signed the token for this subgraph, seconds ago, for
 * exactly this `request`. Stateless: `createGatewayTokenVerifier` adds the once-only check.
 */
export async function verifyGatewayToken(
  publicKey: Key,
  token: string | undefined,
  audience: string,
  request: SignedRequest,
  now: () => number = Date.now,
): Promise<GatewayTokenClaims> {
  if (!token) throw notThroughGateway("missing gateway signature");
  let payload;
  try {
    ({ payload } = await jwtVerify(token, publicKey, {
      issuer: ISSUER,
      audience,
      algorithms: ["EdDSA"],
      requiredClaims: ["jti", "iat", "exp"],
      clockTolerance: GATEWAY_TOKEN_CLOCK_TOLERANCE_SECONDS,
      currentDate: new Date(now()),
    }));
  } catch (error) {
    throw notThroughGateway(error instanceof joseErrors.JOSEError ? error.code : "invalid token");
  }
  // However late its `exp`, a token lives its lifetime from `iat`, plus the clock tolerance.
  const tolerance = GATEWAY_TOKEN_CLOCK_TOLERANCE_SECONDS * 1000;
  const validUntilMs = Math.min(payload.exp!, payload.iat! + GATEWAY_TOKEN_LIFETIME_SECONDS) * 1000 + tolerance;
  if (now() >= validUntilMs) throw notThroughGateway("ERR_JWT_EXPIRED");
  if (payload.iat! * 1000 > now() + tolerance) throw notThroughGateway("issued in the future");
  if (payload.htm !== request.method.toUpperCase()) throw notThroughGateway("signed for another method");
  if (typeof payload.bh !== "string" || !sameText(payload.bh, bodyHash(request.body))) {
    throw notThroughGateway("signed for another body");
  }
  return {
    audience,
    requestId: String(payload.jti),
    caller: parseCaller(payload.caller),
    clientAddress: typeof payload.clientAddress === "string" ? payload.clientAddress : "unknown",
    service: null,
    validUntilMs,
  };
}

const sameText = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export const notThroughGateway = (reason: string) =>
  new DomainError("UNAUTHENTICATED", "Requests must come through the gateway", { reason });
