import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "../config/env";

export interface GatewayKeyFiles {
  /** PKCS#8 PEM file with the gateway's Ed25519 signing key (the gateway only). */
  signingKeyFile?: string | undefined;
  /** SPKI PEM file with the gateway's public key (every subgraph). */
  publicKeyFile?: string | undefined;
  /** Where a development key is kept when no files are configured. */
  dataDir: string;
  production: boolean;
}

export const developmentKeyFile = (dataDir: string) => path.join(dataDir, "keys", "gateway-signing-key.pem");

/**
 * Outside production, one Ed25519 key is created on first use under DATA_DIR and shared by every
 * local process. The key is written to a temporary file and hard-linked into place, which fails
 * if the key exists: processes starting together agree on one complete key.
 */
export function ensureDevelopmentKey(dataDir: string): string {
  const file = developmentKeyFile(dataDir);
  if (existsSync(file)) return file;
  mkdirSync(path.dirname(file), { recursive: true });
  const draft = `${file}.${process.pid}.${randomUUID()}`;
  const { privateKey } = generateKeyPairSync("ed25519");
  writeFileSync(draft, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(draft);
  }
  return file;
}

function developmentFallback(files: GatewayKeyFiles, what: string): string {
  if (files.production) {
    throw new ConfigError([`${what} is required in production (GATEWAY_SIGNING_KEY_FILE / GATEWAY_PUBLIC_KEY_FILE)`]);
  }
  return ensureDevelopmentKey(files.dataDir);
}

export function loadGatewaySigningKey(files: GatewayKeyFiles) {
  const file = files.signingKeyFile ?? developmentFallback(files, "GATEWAY_SIGNING_KEY_FILE");
  return createPrivateKey(readFileSync(file));
}

export function loadGatewayPublicKey(files: GatewayKeyFiles) {
  if (files.publicKeyFile) return createPublicKey(readFileSync(files.publicKeyFile));
  return createPublicKey(createPrivateKey(readFileSync(developmentFallback(files, "GATEWAY_PUBLIC_KEY_FILE"))));
}

/**
 * Writes a key pair (PKCS#8 + SPKI PEM) for deployments unless the folder has one:
 * `npm run keys -- <folder>`.
 */
export function writeGatewayKeyPair(folder: string): {
  signingKeyFile: string;
  publicKeyFile: string;
  created: boolean;
} {
  const signingKeyFile = path.join(folder, "gateway-signing-key.pem");
  const publicKeyFile = path.join(folder, "gateway-public-key.pem");
  if (existsSync(signingKeyFile) && existsSync(publicKeyFile)) return { signingKeyFile, publicKeyFile, created: false };
  mkdirSync(folder, { recursive: true });
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  writeFileSync(signingKeyFile, privateKey.export({ type: "pkcs8", format: "pem" }), { flag: "w", mode: 0o600 });
  writeFileSync(publicKeyFile, publicKey.export({ type: "spki", format: "pem" }), { flag: "w" });
  return { signingKeyFile, publicKeyFile, created: true };
}
