import path from "node:path";
import { repoRoot, writeGatewayKeyPair } from "@dcx/kit";

/**
 * `npm run keys -- <folder>`: writes the gateway's Ed25519 key pair for a deployment (once).
 * Give the gateway GATEWAY_SIGNING_KEY_FILE and every subgraph GATEWAY_PUBLIC_KEY_FILE.
 */
const folder = path.resolve(process.argv[2] ?? path.join(repoRoot, ".data", "deploy-keys"));
const { signingKeyFile, publicKeyFile, created } = writeGatewayKeyPair(folder);
console.log(`${created ? "wrote" : "kept existing"} ${signingKeyFile} and ${publicKeyFile}`);
