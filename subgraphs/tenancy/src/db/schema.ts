import { apiKeys } from "./api-key-tables";
import { organizationKind, organizations, userRole, users } from "./organization-tables";
import { refreshTokens, sessions } from "./session-tables";
import { signInCodes, signInEventKind, signInEvents } from "./sign-in-tables";
import { ssoConfigurations, ssoDomains, ssoIdentities, ssoSessions, ssoSignInAttempts } from "./sso-tables";

/** The tenancy database: one file per aggregate, all of them here for Drizzle and drizzle-kit. */
export * from "./api-key-tables";
export * from "./organization-tables";
export * from "./session-tables";
export * from "./sign-in-tables";
export * from "./sso-tables";

export const tenancyTables = {
  organizations,
  organizationKind,
  users,
  userRole,
  signInCodes,
  signInEvents,
  signInEventKind,
  sessions,
  refreshTokens,
  apiKeys,
  ssoConfigurations,
  ssoDomains,
  ssoIdentities,
  ssoSignInAttempts,
  ssoSessions,
};
