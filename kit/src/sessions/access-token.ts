import { randomUUID } from "node:crypto";
import { type CryptoKey, type KeyObject, SignJWT, errors as joseErrors, jwtVerify } from "jose";
import { systemClock } from "../clock";
import { DomainError } from "../errors";

/**
 * Access tokens: short-lived EdDSA JWTs that tenancy signs with its session key and the gateway
 * verifies with the public key. They name a session; the gateway asks tenancy (cached briefly)
 * whether that session is still alive, so signing out takes effect without waiting for expiry.
 */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 10 * 60;
const ISSUER = "dcx-tenancy";
const AUDIENCE = "dcx-gateway";

type Key = CryptoKey | KeyObject;

export interface AccessTokenClaims {
  sessionId: string;
  userId: string;
  expiresAt: Date;
}

export async function signAccessToken(
  privateKey: Key,
  claims: { sessionId: string; userId: string },
  now: Date = systemClock(),
): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = new Date((issuedAt + ACCESS_TOKEN_LIFETIME_SECONDS) * 1000);
  const token = await new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: "EdDSA", typ: "JWT" })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(claims.userId)
    .setJti(randomUUID())
    .setIssuedAt(issuedAt)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(privateKey);
  return { token, expiresAt };
}

/** Throws UNAUTHENTICATED (HTTP 401) for a forged, expired or malformed token. */
export async function verifyAccessToken(publicKey: Key, token: string): Promise<AccessTokenClaims> {
  try {
    const { payload } = await jwtVerify(token, publicKey, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["EdDSA"],
      clockTolerance: 5,
    });
    if (typeof payload.sid !== "string" || typeof payload.sub !== "string" || typeof payload.exp !== "number") {
      throw new joseErrors.JWTInvalid("missing claims");
    }
    return { sessionId: payload.sid, userId: payload.sub, expiresAt: new Date(payload.exp * 1000) };
  } catch (error) {
    const expired = error instanceof joseErrors.JWTExpired;
    throw new DomainError("UNAUTHENTICATED", expired ? "Access token expired" : "Invalid access token", {
      reason: error instanceof joseErrors.JOSEError ? error.code : "invalid",
      http: { status: 401 },
    });
  }
}
