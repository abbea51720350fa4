import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations, userRole, users } from "./organization-tables";
import { sessions } from "./session-tables";

/**
 * An organisation's OpenID Connect identity provider: one per organisation. The client secret
 * is stored only as AES-256-GCM ciphertext (the key is a file, never in the database).
 */
export const ssoConfigurations = pgTable("sso_configurations", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id),
  issuer: text("issuer").notNull(),
  clientId: text("client_id").notNull(),
  /** base64 of iv ‖ tag ‖ ciphertext (`sealSecret` in the kit). */
  clientSecretCiphertext: text("client_secret_ciphertext").notNull(),
  allowEmailCodes: boolean("allow_email_codes").notNull().default(true),
  jitProvisioning: boolean("jit_provisioning").notNull().default(false),
  jitDefaultRole: userRole("jit_default_role").notNull().default("member"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});

export type SsoConfigurationRow = typeof ssoConfigurations.$inferSelect;

/** The e-mail domains an organisation's IdP vouches for: a domain belongs to one organisation at most. */
export const ssoDomains = pgTable(
  "sso_domains",
  {
    domain: text("domain").primaryKey(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => ssoConfigurations.organizationId, { onDelete: "cascade" }),
  },
  (table) => [
    index("sso_domains_organization_id_idx").on(table.organizationId),
    check("sso_domains_lower_case", sql`${table.domain} = lower(${table.domain})`),
  ],
);

/** A platform user as an IdP knows them: (issuer, subject) is the identity, never the e-mail. */
export const ssoIdentities = pgTable(
  "sso_identities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    issuer: text("issuer").notNull(),
    subject: text("subject").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex("sso_identities_issuer_subject_unique").on(table.issuer, table.subject),
    uniqueIndex("sso_identities_user_issuer_unique").on(table.userId, table.issuer),
  ],
);

/**
 * A sign-in in flight between `startSsoSignIn` and `completeSsoSignIn`: the `state` (only its
 * SHA-256), nonce and PKCE verifier stay here, server-side; each row is used once.
 */
export const ssoSignInAttempts = pgTable(
  "sso_sign_in_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    stateHash: text("state_hash").notNull(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    nonce: text("nonce").notNull(),
    codeVerifier: text("code_verifier").notNull(),
    redirectUri: text("redirect_uri").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    consumedAt: timestamp("consumed_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("sso_sign_in_attempts_state_hash_unique").on(table.stateHash),
    index("sso_sign_in_attempts_expires_at_idx").on(table.expiresAt),
  ],
);

/**
 * The IdP's side of a platform session signed in by single sign-on: the ID token (the hint for
 * RP-initiated logout) and its `sid`/`sub`, which back-channel logout names.
 */
export const ssoSessions = pgTable(
  "sso_sessions",
  {
    sessionId: uuid("session_id")
      .primaryKey()
      .references(() => sessions.id),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    issuer: text("issuer").notNull(),
    subject: text("subject").notNull(),
    idpSessionId: text("idp_session_id"),
    idToken: text("id_token").notNull(),
  },
  (table) => [
    index("sso_sessions_issuer_sid_idx").on(table.issuer, table.idpSessionId),
    index("sso_sessions_issuer_subject_idx").on(table.issuer, table.subject),
  ],
);

export type SsoSessionRow = typeof ssoSessions.$inferSelect;
