import { createHash, randomBytes } from "node:crypto";

/**
 * Refresh tokens and API keys are bearer secrets: 32 random bytes from the operating system's
 * generator behind a recognisable prefix (so secret scanners can find leaked ones). The database
 * keeps only their SHA-256: the secret has 256 bits of entropy, so a fast unsalted hash cannot be
 * reversed, and a copy of the table lets nobody sign in.
 */
/** The gateway tells API keys from access tokens by this prefix. */
export const API_KEY_PREFIX = "dcx_key_";
export const REFRESH_TOKEN_PREFIX = "dcx_rt_";

export const newSecret = (prefix: string): string => `${prefix}${randomBytes(32).toString("base64url")}`;

/** Hex SHA-256 of a secret, the form in which it is stored and looked up. */
export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");
