import { type Clock, systemClock } from "@dcx/kit";
import { createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { CapturingMailer } from "./sign-in/sign-in.testing";
import { testSsoDeps } from "./sso/sso.testing";
import type { TenancyDeps } from "./tenancy.deps";

export { CapturingMailer, codeIn, mailHandedOver, movableClock } from "./sign-in/sign-in.testing";
export { testSsoDeps } from "./sso/sso.testing";

export interface TestTenancyDeps {
  deps: TenancyDeps;
  /** Every sign-in e-mail, in order: read codes with `codeIn(mailer.messages.at(-1))`. */
  mailer: CapturingMailer;
  /** Verifies the access tokens `deps` signs (give it to the gateway as its session public key). */
  sessionPublicKey: KeyObject;
}

/**
 * Collaborators for tests: a mailer that keeps messages, a test code secret, and a session key
 * (`sessionKey`, or a fresh Ed25519 key). `now` is the clock of both sign-in and sessions.
 */
export function testTenancyDeps(options: { sessionKey?: KeyObject; now?: Clock } = {}): TestTenancyDeps {
  const signingKey = options.sessionKey ?? generateKeyPairSync("ed25519").privateKey;
  const now = options.now ?? systemClock;
  const mailer = new CapturingMailer();
  return {
    deps: {
      signIn: { codeSecret: "test-sign-in-code-secret-".padEnd(40, "x"), mailer, now, log: () => {} },
      sessions: { signingKey, now },
      sso: testSsoDeps({ now }),
    },
    mailer,
    sessionPublicKey: createPublicKey(signingKey),
  };
}
