import { randomUUID } from "node:crypto";
import { type CryptoKey, decodeJwt, errors as joseErrors, jwtVerify, type KeyObject, SignJWT } from "jose";
import { DomainError } from "../errors";
import { memoryUsedIdStore, type UsedIds } from "../shared-state/used-ids";

/**
 * A service (e.g. the VMs subgraph) calling another subgraph directly, as itself and not for a
 * person, signs every request with its own Ed25519 key: `iss` = `dcx-service:<name>`, `aud` = the
 * target subgraph, a 60-second lifetime and a unique `jti`. The target holds the public keys of
 * the services it trusts; a token is accepted once.
 */
export const SERVICE_TOKEN_HEADER = "x-dcx-service-token";
export const SERVICE_ISSUER_PREFIX = "dcx-service:";
const LIFETIME_SECONDS = 60;
const CLOCK_TOLERANCE_SECONDS = 5;
/** Lower-case letters, digits and inner hyphens: the names of subgraphs and services. */
export const SERVICE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

type Key = CryptoKey | KeyObject;

/** The public key of every service a subgraph trusts, by service name. */
export type TrustedServiceKeys = ReadonlyMap<string, Key>;

export interface ServiceTokenClaims {
  /** The calling service, e.g. `vms`. */
  service: string;
  /** The subgraph the request is for. */
  audience: string;
  /** Unique per request (the token's `jti`). */
  requestId: string;
}

export function assertServiceName(name: string): string {
  if (!SERVICE_NAME.test(name))
    throw new Error(`"${name}" is not a service name (lower-case letters, digits, hyphens)`);
  return name;
}

export async function signServiceToken(privateKey: Key, service: string, audience: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "EdDSA", typ: "JWT" })
    .setIssuer(`${SERVICE_ISSUER_PREFIX}${assertServiceName(service)}`)
    .setAudience(audience)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .sign(privateKey);
}

export interface ServiceTokenVerifier {
  /** Throws UNAUTHENTICATED unless a trusted service signed the token for this subgraph, recently, once. */
  verify(token: string | undefined): Promise<ServiceTokenClaims>;
}

/**
 * Verifies service tokens for one subgraph (`audience`). The issuer picks the key among the
 * trusted ones (an unknown service is refused before any signature check) and the issuer is then
 * required exactly, so a key only ever vouches for its own service. Each `jti` is accepted once
 * while the token could still be valid, among the processes that share `usedIds` (every replica
 * of the subgraph, on Redis): a captured token cannot be sent again.
 */
export function createServiceTokenVerifier(
  trusted: TrustedServiceKeys,
  audience: string,
  now: () => number = Date.now,
  usedIds: UsedIds = memoryUsedIdStore({ now }).namespace("service"),
): ServiceTokenVerifier {
  const maxAgeSeconds = LIFETIME_SECONDS + CLOCK_TOLERANCE_SECONDS;

  return {
    async verify(token) {
      if (!token) throw refused("missing service signature");
      let issuer: unknown;
      try {
        issuer = decodeJwt(token).iss;
      } catch {
        throw refused("invalid token");
      }
      const service =
        typeof issuer === "string" && issuer.startsWith(SERVICE_ISSUER_PREFIX)
          ? issuer.slice(SERVICE_ISSUER_PREFIX.length)
          : "";
      const key = SERVICE_NAME.test(service) ? trusted.get(service) : undefined;
      if (!key) throw refused("untrusted service");
      let payload;
      try {
        ({ payload } = await jwtVerify(token, key, {
          issuer: `${SERVICE_ISSUER_PREFIX}${service}`,
          audience,
          algorithms: ["EdDSA"],
          typ: "JWT",
          requiredClaims: ["jti", "iat", "exp"],
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          maxTokenAge: `${maxAgeSeconds}s`,
          currentDate: new Date(now()),
        }));
      } catch (error) {
        throw refused(error instanceof joseErrors.JOSEError ? error.code : "invalid token");
      }
      const jti = String(payload.jti);
      const validUntilMs = ((payload.iat as number) + maxAgeSeconds + CLOCK_TOLERANCE_SECONDS) * 1000;
      const claimed = await usedIds.claim(jti, validUntilMs);
      if (claimed === "replayed") throw refused("token already used");
      if (claimed === "full") throw refused("too many requests in flight");
      return { service, audience, requestId: jti };
    },
  };
}

const refused = (reason: string) =>
  new DomainError("UNAUTHENTICATED", "Requests must come through the gateway or a trusted service", { reason });
