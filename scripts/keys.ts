import path from "node:path";
import { GATEWAY_KEY, repoRoot, serviceKey, SESSION_KEY, writeKeyPair, writeSecretKey } from "@dcx/kit";

/**
 * `npm run keys -- <folder>`: writes the platform's Ed25519 key pairs for a deployment (once):
 * the gateway's (GATEWAY_SIGNING_KEY_FILE for the gateway, GATEWAY_PUBLIC_KEY_FILE for subgraphs),
 * the session key (SESSION_SIGNING_KEY_FILE for tenancy, SESSION_PUBLIC_KEY_FILE for the gateway)
 * and one per service that calls subgraphs directly: the VMs subgraph's
 * (VMS_SERVICE_SIGNING_KEY_FILE for vms, VMS_SERVICE_PUBLIC_KEY_FILE for the wallet, the catalog and
 * telemetry-billing, which trust it with <SUBGRAPH>_TRUSTED_SERVICES=vms) and telemetry-billing's
 * (asking tenancy whom to e-mail about an alert; TENANCY_TRUSTED_SERVICES=telemetry-billing) and the
 * wallet's (unpaid usage: asking tenancy for the owners and vms to suspend; VMS_TRUSTED_SERVICES=wallet).
 * Besides, two AES-256 keys that seal secrets kept in databases: sso-secret-key (SSO_SECRET_KEY_FILE
 * for tenancy: organisations' SSO client secrets) and card-vault-key (CARD_VAULT_KEY_FILE for the
 * wallet: saved cards' PayGate vault ids).
 */
const SERVICE_CALLERS = ["vms", "telemetry-billing", "wallet"];

const folder = path.resolve(process.argv[2] ?? path.join(repoRoot, ".data", "deploy-keys"));
for (const key of [GATEWAY_KEY, SESSION_KEY, ...SERVICE_CALLERS.map(serviceKey)]) {
  const { privateKeyFile, publicKeyFile, created } = writeKeyPair(folder, key);
  console.log(`${created ? "wrote" : "kept existing"} ${privateKeyFile} and ${publicKeyFile}`);
}
for (const name of ["sso-secret-key", "card-vault-key"]) {
  const { file, created } = writeSecretKey(path.join(folder, name));
  console.log(`${created ? "wrote" : "kept existing"} ${file}`);
}
