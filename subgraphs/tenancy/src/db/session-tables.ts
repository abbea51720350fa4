import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./organization-tables";

/**
 * A signed-in device: created by signing in with a code, kept alive by refreshing, ended by
 * signing out, by revocation, by refresh-token reuse or, at the latest, 30 days after sign-in.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    /** Absolute: refreshing never moves it. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastRefreshedAt: timestamp("last_refreshed_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedReason: text("revoked_reason"),
    /** Where the session was signed in or last refreshed from. */
    clientAddress: text("client_address").notNull(),
    /** The browser's User-Agent at sign-in (at most 512 characters), for "Your sessions". */
    userAgent: text("user_agent"),
    /** How the person signed in: `email_code` or `sso`. */
    signInMethod: text("sign_in_method").notNull().default("email_code"),
  },
  (table) => [
    index("sessions_user_id_idx").on(table.userId, table.createdAt),
    check("sessions_sign_in_method", sql`${table.signInMethod} in ('email_code', 'sso')`),
    check("sessions_revocation_has_reason", sql`(${table.revokedAt} is null) = (${table.revokedReason} is null)`),
  ],
);

export type SessionRow = typeof sessions.$inferSelect;

/** One row per refresh token issued; only a SHA-256 of the token is kept. Used ones stay for reuse detection. */
export const refreshTokens = pgTable(
  "refresh_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => sessions.id),
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("refresh_tokens_token_hash_unique").on(table.tokenHash),
    index("refresh_tokens_session_id_idx").on(table.sessionId),
  ],
);

export type RefreshTokenRow = typeof refreshTokens.$inferSelect;
