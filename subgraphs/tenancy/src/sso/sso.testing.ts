import { randomBytes } from "node:crypto";
import { type Clock, systemClock } from "@dcx/kit";
import type { CustomFetch } from "openid-client";
import { createIssuerDirectory } from "./issuer-directory";
import type { SsoDeps } from "./sso.deps";

/**
 * Single sign-on for tests: a fresh secret key, plain-http issuers allowed (the local IdP), no
 * log unless given; `fetch` is how the client reaches the IdP after discovery.
 */
export function testSsoDeps(options: { now?: Clock; log?: (line: string) => void; fetch?: CustomFetch } = {}): SsoDeps {
  const key = randomBytes(32);
  return {
    secretKey: () => key,
    issuers: createIssuerDirectory({ allowInsecure: true, ...(options.fetch ? { fetch: options.fetch } : {}) }),
    now: options.now ?? systemClock,
    log: options.log ?? (() => {}),
  };
}
