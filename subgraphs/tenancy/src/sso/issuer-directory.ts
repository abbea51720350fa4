import * as client from "openid-client";
import { createRemoteJWKSet, type JWTVerifyGetKey } from "jose";

/** An organisation's IdP as the platform's OIDC client: discovery metadata, client id and secret. */
export type IssuerClient = client.Configuration;

export interface IssuerDirectory {
  /** Discovery (`/.well-known/openid-configuration`) checked by openid-client; cached for `cacheMs` unless `fresh`. */
  client(issuer: string, clientId: string, clientSecret: string, options?: { fresh?: boolean }): Promise<IssuerClient>;
  /** The IdP's signing keys (its `jwks_uri`), fetched and cached by jose. */
  keys(jwksUri: string): JWTVerifyGetKey;
  /** Whether plain-http issuers are allowed (development and tests: the local IdP). */
  allowInsecure: boolean;
}

const CACHE_MS = 5 * 60 * 1000;
const TIMEOUT_SECONDS = 5;

export function createIssuerDirectory(options: {
  allowInsecure: boolean;
  cacheMs?: number;
  /** How the client reaches the IdP after discovery (tests put a hostile network in between). */
  fetch?: client.CustomFetch;
}): IssuerDirectory {
  const clients = new Map<string, { at: number; client: Promise<IssuerClient> }>();
  const keySets = new Map<string, JWTVerifyGetKey>();
  const cacheMs = options.cacheMs ?? CACHE_MS;

  async function discover(issuer: string, clientId: string, clientSecret: string): Promise<IssuerClient> {
    const url = new URL(issuer);
    const found = await client.discovery(url, clientId, undefined, client.ClientSecretPost(clientSecret), {
      timeout: TIMEOUT_SECONDS,
      ...(options.allowInsecure && url.protocol === "http:" ? { execute: [client.allowInsecureRequests] } : {}),
    });
    if (options.fetch) found[client.customFetch] = options.fetch;
    return found;
  }

  return {
    allowInsecure: options.allowInsecure,
    client(issuer, clientId, clientSecret, { fresh = false } = {}) {
      const key = JSON.stringify([issuer, clientId, clientSecret]);
      const cached = clients.get(key);
      if (!fresh && cached && Date.now() - cached.at < cacheMs) return cached.client;
      const found = discover(issuer, clientId, clientSecret);
      clients.set(key, { at: Date.now(), client: found });
      // A failed discovery is not remembered: the next sign-in asks again.
      found.catch(() => clients.delete(key));
      return found;
    },
    keys(jwksUri) {
      let keys = keySets.get(jwksUri);
      if (!keys) {
        keys = createRemoteJWKSet(new URL(jwksUri), { timeoutDuration: TIMEOUT_SECONDS * 1000 });
        keySets.set(jwksUri, keys);
      }
      return keys;
    },
  };
}
