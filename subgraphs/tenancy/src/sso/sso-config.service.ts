import {
  badUserInput,
  type Caller,
  conflict,
  isUniqueViolation,
  isUuid,
  notFound,
  openSecret,
  requireCaller,
  sealSecret,
} from "@dcx/kit";
import type { TenancyDb } from "../organization/organization.store";
import { findOrganizationsByIds } from "../organization/organization.store";
import type { UserRole } from "../user/user.type";
import { normalizeEmail } from "../user/email-address";
import { ssoManagedOrganization } from "./sso.access";
import type { SsoDeps } from "./sso.deps";
import { checkSsoConfiguration, type SsoConfigurationInput } from "./sso-config.rules";
import {
  deleteSsoConfiguration,
  findDomainsOfOtherOrganizations,
  findSsoConfiguration,
  findSsoConfigurationByDomain,
  saveSsoConfiguration,
  type StoredSsoConfiguration,
} from "./sso-config.store";
import type { SignInOptions, SingleSignOn } from "./sso-config.type";

export const toSingleSignOn = (row: StoredSsoConfiguration): SingleSignOn => ({
  issuer: row.issuer,
  clientId: row.clientId,
  clientSecretSet: row.clientSecretCiphertext.length > 0,
  emailDomains: row.emailDomains,
  allowEmailCodes: row.allowEmailCodes,
  jitProvisioning: row.jitProvisioning,
  jitDefaultRole: row.jitDefaultRole as UserRole,
  updatedAt: row.updatedAt,
});

/** The stored configuration with its client secret opened (for talking to the IdP, never for answering). */
export function withClientSecret(deps: SsoDeps, row: StoredSsoConfiguration) {
  return { ...row, clientSecret: openSecret(deps.secretKey(), row.clientSecretCiphertext, row.organizationId) };
}

function checkSsoOrganizationId(organizationId: string): void {
  if (!isUuid(organizationId)) throw badUserInput("Not an organisation id", "organizationId");
}

/**
 * Sets an organisation's single sign-on (trusted code: the demo). Every field is checked, then
 * no other organisation may hold one of the domains (CONFLICT), then the IdP's discovery must
 * answer for this issuer (BAD_USER_INPUT on `issuer` otherwise); only then is anything written.
 */
export async function configureSso(
  db: TenancyDb,
  deps: SsoDeps,
  organizationId: string,
  input: SsoConfigurationInput,
): Promise<SingleSignOn> {
  const checked = checkSsoConfiguration(input, deps.issuers.allowInsecure);
  const [organization] = await findOrganizationsByIds(db, [organizationId], "all");
  if (!organization) throw badUserInput("No such organisation", "organizationId");
  const stored = await findSsoConfiguration(db, organizationId);
  const clientSecret = checked.clientSecret ?? (stored ? withClientSecret(deps, stored).clientSecret : null);
  if (clientSecret === null) throw badUserInput("A client secret is required", "clientSecret");
  const taken = await findDomainsOfOtherOrganizations(db, checked.emailDomains, organizationId);
  if (taken.length > 0) throw conflict(`Another organisation's single sign-on holds ${taken.join(", ")}`);

  let issuer: string;
  try {
    const client = await deps.issuers.client(checked.issuer, checked.clientId, clientSecret, { fresh: true });
    issuer = client.serverMetadata().issuer;
  } catch (error) {
    deps.log(`single sign-on discovery failed for ${checked.issuer}: ${(error as Error).message}`);
    throw badUserInput(
      `No OpenID Connect provider answered at ${checked.issuer.replace(/\/$/, "")}/.well-known/openid-configuration for that issuer`,
      "issuer",
    );
  }

  const row = {
    organizationId,
    issuer,
    clientId: checked.clientId,
    clientSecretCiphertext: sealSecret(deps.secretKey(), clientSecret, organizationId),
    allowEmailCodes: checked.allowEmailCodes,
    jitProvisioning: checked.jitProvisioning,
    jitDefaultRole: checked.jitDefaultRole,
    updatedAt: deps.now(),
  };
  try {
    await db.transaction((tx) => saveSsoConfiguration(tx, row, checked.emailDomains));
  } catch (error) {
    // Two organisations claiming one domain at once: the primary key on the domain decides.
    if (isUniqueViolation(error)) throw conflict("Another organisation's single sign-on holds one of these domains");
    throw error;
  }
  return toSingleSignOn({ ...row, emailDomains: checked.emailDomains });
}

/** `configureSso` for a caller: the organisation's owner or provider staff (see sso.access.ts). */
export async function configureSsoAs(
  db: TenancyDb,
  deps: SsoDeps,
  caller: Caller | null,
  organizationId: string,
  input: SsoConfigurationInput,
): Promise<SingleSignOn> {
  requireCaller(caller);
  // Input first (BAD_USER_INPUT names what is wrong), then who may, then the IdP.
  checkSsoOrganizationId(organizationId);
  checkSsoConfiguration(input, deps.issuers.allowInsecure);
  await ssoManagedOrganization(db, caller, organizationId);
  return configureSso(db, deps, organizationId, input);
}

/** Removes the organisation's single sign-on; its users sign in with e-mail codes again. */
export async function clearSsoAs(db: TenancyDb, caller: Caller | null, organizationId: string): Promise<boolean> {
  requireCaller(caller);
  checkSsoOrganizationId(organizationId);
  await ssoManagedOrganization(db, caller, organizationId);
  const deleted = await db.transaction((tx) => deleteSsoConfiguration(tx, organizationId));
  if (!deleted) throw notFound("Single sign-on of organisation", organizationId);
  return true;
}

/**
 * What the sign-in page offers for an address. It tells only whether the address's domain uses
 * single sign-on (as any IdP's login page does), never whether the address has an account.
 */
export async function signInOptionsFor(db: TenancyDb, rawEmail: string): Promise<SignInOptions> {
  const email = normalizeEmail(rawEmail);
  const config = await findSsoConfigurationByDomain(db, email.slice(email.lastIndexOf("@") + 1));
  return { singleSignOn: config !== null, emailCode: config?.allowEmailCodes ?? true };
}
