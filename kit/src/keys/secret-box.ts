import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "../config/env";
import { createFileOnce } from "../files/create-file-once";

/**
 * A 256-bit key that seals secrets kept in a database (an SSO client secret, a card's vault id):
 * from a file given in production (`<variable>`), or in development a key made once under
 * DATA_DIR/keys/<name>.
 */
export interface SecretKeySource {
  /** The environment variable that names the file, for messages: e.g. SSO_SECRET_KEY_FILE. */
  variable: string;
  /** The development key's file name under DATA_DIR/keys, e.g. "sso-secret-key". */
  name: string;
  file: string | undefined;
  dataDir: string;
  production: boolean;
}

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export const developmentSecretKeyFile = (dataDir: string, name: string) => path.join(dataDir, "keys", name);

/** What is wrong with the source before anything is read: production needs a file. */
export function secretKeyProblems(source: Pick<SecretKeySource, "variable" | "file" | "production">): string[] {
  return !source.file && source.production
    ? [`${source.variable}: required in production (32 random bytes as base64, \`npm run keys\`)`]
    : [];
}

/** The key, as base64 text in a file (`openssl rand -base64 32`). */
export function loadSecretKey(source: SecretKeySource): Buffer {
  const problems = secretKeyProblems(source);
  if (problems.length > 0) throw new ConfigError(problems);
  const file = source.file ?? writeSecretKey(developmentSecretKeyFile(source.dataDir, source.name)).file;
  const key = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  if (key.length !== KEY_BYTES) throw new ConfigError([`${source.variable}: ${file} must hold 32 bytes as base64`]);
  return key;
}

/**
 * Writes a new random key to `file` unless one is there; processes starting together agree on one
 * key (`createFileOnce`).
 */
export function writeSecretKey(file: string): { file: string; created: boolean } {
  const created = createFileOnce(file, () => `${randomBytes(KEY_BYTES).toString("base64")}\n`, { dirMode: 0o700 });
  return { file, created };
}

/**
 * AES-256-GCM with a fresh IV per secret. `context` (e.g. the owning row's organisation or wallet
 * id) is the associated data, so a ciphertext copied onto another row does not open.
 */
export function sealSecret(key: Buffer, secret: string, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

export function openSecret(key: Buffer, sealed: string, context: string): string {
  const bytes = Buffer.from(sealed, "base64");
  const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}
