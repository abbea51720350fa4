import type { KeyObject } from "node:crypto";
import { loadPrivateKey, type Clock, systemClock } from "@dcx/kit";
import type { TenancyConfig } from "../config";

/** What the session services need besides the database; tests pass their own key and clock. */
export interface SessionDeps {
  /** Tenancy's Ed25519 private key: signs access tokens, which the gateway verifies with the public key. */
  signingKey: KeyObject;
  /** The clock: every session and refresh-token timestamp comes from here. */
  now: Clock;
}

/** The configured session key (a file in production, the development key elsewhere) and the system clock. */
export const createSessionDeps = (config: TenancyConfig): SessionDeps => ({
  signingKey: loadPrivateKey(config.sessionSigningKey),
  now: systemClock,
});
