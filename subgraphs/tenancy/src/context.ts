import { type Caller, type RequestIdentity, visibleOrganizations } from "@dcx/kit";
import { createOrganizationLoaders } from "./organization/organization.loaders";
import type { TenancyDb } from "./organization/organization.store";
import type { SessionDeps } from "./session/session.deps";
import type { SignInDeps } from "./sign-in/sign-in.deps";
import { createSsoLoaders } from "./sso/sso.loaders";
import type { SsoDeps } from "./sso/sso.deps";
import type { TenancyDeps } from "./tenancy.deps";
import { createUserLoaders } from "./user/user.loaders";

export interface TenancyContext {
  db: TenancyDb;
  /** Who is asking, as the gateway signed it; null before signing in. */
  caller: Caller | null;
  /** The trusted service that called directly with its own signed token (e.g. `telemetry-billing`); null through the gateway. */
  service: string | null;
  /** The client's network address as the gateway saw it: the sign-in rate limits and sessions use it. */
  clientAddress: string;
  /** Loaders closed over the caller: they never load an organisation (or its users) the caller cannot see. */
  loaders: ReturnType<typeof createOrganizationLoaders> &
    ReturnType<typeof createUserLoaders> &
    ReturnType<typeof createSsoLoaders>;
  signIn: SignInDeps;
  sessions: SessionDeps;
  sso: SsoDeps;
}

export function createTenancyContext(db: TenancyDb, deps: TenancyDeps, identity: RequestIdentity): TenancyContext {
  const visible = visibleOrganizations(identity.caller);
  return {
    db,
    caller: identity.caller,
    service: identity.service ?? null,
    clientAddress: identity.clientAddress,
    loaders: {
      ...createOrganizationLoaders(db, visible),
      ...createUserLoaders(db, visible),
      ...createSsoLoaders(db, identity.caller),
    },
    signIn: deps.signIn,
    sessions: deps.sessions,
    sso: deps.sso,
  };
}
