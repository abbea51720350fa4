import type { TenancyConfig } from "./config";
import { createSessionDeps, type SessionDeps } from "./session/session.deps";
import { createSignInDeps } from "./sign-in/create-sign-in-deps";
import type { SignInDeps } from "./sign-in/sign-in.deps";
import { createSsoDeps, type SsoDeps } from "./sso/sso.deps";

/** Everything the tenancy subgraph needs besides its database, built once per process. */
export interface TenancyDeps {
  signIn: SignInDeps;
  sessions: SessionDeps;
  sso: SsoDeps;
}

/** The real collaborators from the configuration: mailer, code secret, session key, system clock. */
export const createTenancyDeps = (config: TenancyConfig, log?: (line: string) => void): TenancyDeps => ({
  signIn: { ...createSignInDeps(config), ...(log ? { log } : {}) },
  sessions: createSessionDeps(config),
  sso: createSsoDeps(config, log),
});
