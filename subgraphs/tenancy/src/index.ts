import type { SubgraphDefinition } from "@dcx/kit";
import { loadTenancyConfig } from "./config";
import { createTenancyContext, type TenancyContext } from "./context";
import { tenancyTables } from "./db/schema";
import { buildTenancySchema } from "./schema";
import { backChannelLogoutRoute } from "./sso/back-channel-logout.route";
import { createTenancyDeps, type TenancyDeps } from "./tenancy.deps";

/**
 * The tenancy subgraph, with the collaborators it should use: sign-in (mailer, clock, code
 * secret) and sessions (the key that signs access tokens, clock). Read on every request, so
 * `deps` can build them lazily.
 */
export function createTenancySubgraph(
  deps: () => TenancyDeps,
): SubgraphDefinition<typeof tenancyTables, TenancyContext> {
  return {
    name: "tenancy",
    defaultPort: 4001,
    tables: tenancyTables,
    buildSchema: buildTenancySchema,
    createContext: (db, identity) => createTenancyContext(db, deps(), identity),
    // The IdP's back-channel logout: authenticated by the logout token's signature, not the gateway.
    routes: (db) => backChannelLogoutRoute(db, () => deps().sso),
  };
}

let fromEnvironment: TenancyDeps | undefined;

/** Configured from the environment, read once at the first request that needs it. */
export const tenancySubgraph = createTenancySubgraph(
  () => (fromEnvironment ??= createTenancyDeps(loadTenancyConfig())),
);

export { loadTenancyConfig, type TenancyConfig } from "./config";
export { createTenancyDeps, type TenancyDeps } from "./tenancy.deps";
export { createOrganization, type CreateOrganizationInput } from "./organization/organization.service";
export { createOrganizationAs, type NewOrganizationInput } from "./organization/manage-organizations";
export { listOrganizations } from "./organization/organization.store";
export {
  updateBillingDetails,
  updateBillingDetailsAs,
  type BillingDetailsChange,
} from "./billing-details/billing-details.service";
export { OrganizationKind } from "./organization/organization.type";
export type { TenancyDb } from "./organization/organization.store";
export { createUser, listUsers, type CreateUserInput } from "./user/user.service";
export { disableUser, inviteUser, updateUserRole } from "./user/manage-users";
export { UserRole, type User } from "./user/user.type";
export { requestSignInCode, type SignInCodeRequestInput } from "./sign-in/request-sign-in-code";
export { verifySignInCode, type VerifySignInCodeInput } from "./sign-in/verify-sign-in-code";
export { createSignInDeps } from "./sign-in/create-sign-in-deps";
export type { SignInDeps } from "./sign-in/sign-in.deps";
export { signIn, type SignInInput } from "./session/sign-in";
export { refreshSession, type RefreshSessionInput } from "./session/refresh-session";
export { createSessionDeps, type SessionDeps } from "./session/session.deps";
export type { IssuedTokens } from "./session/issue-tokens";
export { createApiKey, listApiKeys, revokeApiKey } from "./api-key/api-key.service";
export { apiKeyCaller, sessionCaller } from "./internal-caller/internal-caller.service";
export { configureSso } from "./sso/sso-config.service";
export type { SsoConfigurationInput } from "./sso/sso-config.rules";
export { createSsoDeps, type SsoDeps } from "./sso/sso.deps";
export { BACK_CHANNEL_LOGOUT_PATH } from "./sso/back-channel-logout.route";
export { findSsoConfiguration } from "./sso/sso-config.store";
