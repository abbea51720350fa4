import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "../config/env";
import { createFileOnce } from "../files/create-file-once";

/**
 * The platform signs with Ed25519 keys: the gateway's (requests to subgraphs), tenancy's session
 * key (access tokens) and one per service that calls subgraphs directly (`serviceKey`). Each
 * private key lives with its signer only; verifiers hold the public key. In production they come
 * from files; elsewhere a development key is made once.
 */
export interface KeyName {
  /** File stem under DATA_DIR/keys for the development key, e.g. "gateway-signing-key". */
  name: string;
  /** The variables that point at the PEM files in production. */
  privateKeyVariable: string;
  publicKeyVariable: string;
}

export const GATEWAY_KEY: KeyName = {
  name: "gateway-signing-key",
  privateKeyVariable: "GATEWAY_SIGNING_KEY_FILE",
  publicKeyVariable: "GATEWAY_PUBLIC_KEY_FILE",
};

export const SESSION_KEY: KeyName = {
  name: "session-signing-key",
  privateKeyVariable: "SESSION_SIGNING_KEY_FILE",
  publicKeyVariable: "SESSION_PUBLIC_KEY_FILE",
};

/**
 * The key a service signs its direct requests with (`vms` → `vms-service-signing-key.pem`,
 * `VMS_SERVICE_SIGNING_KEY_FILE` for the service, `VMS_SERVICE_PUBLIC_KEY_FILE` for the subgraphs
 * that trust it).
 */
export function serviceKey(service: string): KeyName {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(service)) throw new Error(`"${service}" is not a service name`);
  const prefix = service.toUpperCase().replace(/-/g, "_");
  return {
    name: `${service}-service-signing-key`,
    privateKeyVariable: `${prefix}_SERVICE_SIGNING_KEY_FILE`,
    publicKeyVariable: `${prefix}_SERVICE_PUBLIC_KEY_FILE`,
  };
}

export interface KeySource {
  key: KeyName;
  /** The PEM file configured for this process, if any. */
  file?: string | undefined;
  dataDir: string;
  production: boolean;
}

export const developmentKeyFile = (dataDir: string, key: KeyName) => path.join(dataDir, "keys", `${key.name}.pem`);

/**
 * Creates the development key on first use, shared by every local process. It is written to a
 * temporary file and hard-linked into place, which fails if the key exists: processes starting
 * together agree on one complete key.
 */
export function ensureDevelopmentKey(dataDir: string, key: KeyName): string {
  const file = developmentKeyFile(dataDir, key);
  createFileOnce(file, () =>
    generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  );
  return file;
}

function developmentFallback(source: KeySource, variable: string): string {
  if (source.production) throw new ConfigError([`${variable} is required in production`]);
  return ensureDevelopmentKey(source.dataDir, source.key);
}

export function loadPrivateKey(source: KeySource): KeyObject {
  return createPrivateKey(readFileSync(source.file ?? developmentFallback(source, source.key.privateKeyVariable)));
}

export function loadPublicKey(source: KeySource): KeyObject {
  if (source.file) return createPublicKey(readFileSync(source.file));
  return createPublicKey(createPrivateKey(readFileSync(developmentFallback(source, source.key.publicKeyVariable))));
}

/** Writes `<name>.pem` (PKCS#8) and `<name>.pub.pem` (SPKI) for a deployment, unless present. */
export function writeKeyPair(folder: string, key: KeyName) {
  const privateKeyFile = path.join(folder, `${key.name}.pem`);
  const publicKeyFile = path.join(folder, `${key.name}.pub.pem`);
  if (existsSync(privateKeyFile) && existsSync(publicKeyFile)) return { privateKeyFile, publicKeyFile, created: false };
  mkdirSync(folder, { recursive: true });
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  writeFileSync(privateKeyFile, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  writeFileSync(publicKeyFile, publicKey.export({ type: "spki", format: "pem" }));
  return { privateKeyFile, publicKeyFile, created: true };
}
