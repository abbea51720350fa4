import { badUserInput, isEmailAddress } from "@dcx/kit";
import { UserRole } from "../user/user.type";

export interface SsoConfigurationInput {
  issuer: string;
  clientId: string;
  /** Null or left out keeps the stored secret (required the first time). */
  clientSecret?: string | null | undefined;
  emailDomains: string[];
  allowEmailCodes: boolean;
  jitProvisioning: boolean;
  jitDefaultRole: UserRole;
}

export type CheckedSsoConfiguration = Omit<SsoConfigurationInput, "clientSecret"> & { clientSecret: string | null };

export const ISSUER_MAX = 500;
export const CLIENT_ID_MAX = 255;
export const CLIENT_SECRET_MAX = 1000;
export const DOMAINS_MAX = 20;
const PRINTABLE = /^[\x21-\x7e]+$/;
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * An issuer is an absolute https URL without query, fragment or credentials (OIDC Discovery
 * §2); plain http only where `allowInsecure` (development: the local IdP on loopback).
 */
export function checkIssuer(raw: string, allowInsecure: boolean): string {
  const text = raw.trim();
  let url: URL | null = null;
  try {
    url = text.length <= ISSUER_MAX ? new URL(text) : null;
  } catch {
    url = null;
  }
  if (!url || url.search || url.hash || url.username || url.password) {
    throw badUserInput("The issuer must be an https URL without query, fragment or credentials", "issuer");
  }
  const insecureAllowed = allowInsecure && url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !insecureAllowed) {
    throw badUserInput("The issuer must be an https URL", "issuer");
  }
  return text;
}

/**
 * A domain as an e-mail address ends: lower-cased, host-name labels, alphabetic or xn-- TLD.
 * The refusal names the list item as GraphQL names an input (`"input.emailDomains[2]"`).
 */
export function normalizeDomain(raw: string, index = 0): string {
  const domain = raw.trim().toLowerCase().replace(/^@/, "");
  if (!domain.includes(".") || !isEmailAddress(`user@${domain}`)) {
    throw badUserInput(`Domain ${index + 1} ("input.emailDomains[${index}]") is not an e-mail domain`, "emailDomains");
  }
  return domain;
}

/** Every field checked before anything is asked of the IdP or written. */
export function checkSsoConfiguration(input: SsoConfigurationInput, allowInsecure: boolean): CheckedSsoConfiguration {
  const issuer = checkIssuer(input.issuer, allowInsecure);
  const clientId = input.clientId.trim();
  if (!clientId || clientId.length > CLIENT_ID_MAX || !PRINTABLE.test(clientId)) {
    throw badUserInput(`The client id must be 1–${CLIENT_ID_MAX} printable characters without spaces`, "clientId");
  }
  const secret = input.clientSecret ?? null;
  if (secret !== null && (secret.length === 0 || secret.length > CLIENT_SECRET_MAX || !PRINTABLE.test(secret))) {
    throw badUserInput(
      `The client secret must be 1–${CLIENT_SECRET_MAX} printable characters without spaces`,
      "clientSecret",
    );
  }
  if (input.emailDomains.length === 0 || input.emailDomains.length > DOMAINS_MAX) {
    throw badUserInput(`Give 1–${DOMAINS_MAX} e-mail domains`, "emailDomains");
  }
  const emailDomains = [...new Set(input.emailDomains.map((domain, index) => normalizeDomain(domain, index)))].sort();
  if (!Object.values(UserRole).includes(input.jitDefaultRole)) {
    throw badUserInput("Unknown role", "jitDefaultRole");
  }
  if (input.jitDefaultRole === UserRole.OWNER) {
    throw badUserInput("Users created at first sign-in cannot be owners", "jitDefaultRole");
  }
  return {
    issuer,
    clientId,
    clientSecret: secret,
    emailDomains,
    allowEmailCodes: input.allowEmailCodes,
    jitProvisioning: input.jitProvisioning,
    jitDefaultRole: input.jitDefaultRole,
  };
}
