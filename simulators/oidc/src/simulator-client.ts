import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createFileOnce } from "@dcx/kit/config";

/** The platform's client at the local IdP, and the IdP's cookie key: made once per installation. */
export interface SimulatorClient {
  clientId: string;
  clientSecret: string;
  cookieKey: string;
}

/** Read by the simulator and by `npm start` (which gives the demo organisation the same client). */
export const simulatorClientFile = (dataDir: string) => path.join(dataDir, "keys", "oidc-simulator.json");

export function loadOrCreateSimulatorClient(dataDir: string): SimulatorClient {
  const file = simulatorClientFile(dataDir);
  if (!existsSync(file)) create(file);
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  let value: Partial<SimulatorClient> = {};
  try {
    value = JSON.parse(readFileSync(file, "utf8")) as Partial<SimulatorClient>;
  } catch {
    value = {};
  }
  const { clientId, clientSecret, cookieKey } = value;
  if (typeof clientId !== "string" || typeof clientSecret !== "string" || typeof cookieKey !== "string") {
    // Never replaced silently: the demo organisation is configured with it. Deleting it makes a new one.
    throw new Error(
      `${file} is not an IdP client ({"clientId", "clientSecret", "cookieKey"}); delete it to make a new one`,
    );
  }
  return { clientId, clientSecret, cookieKey };
}

/** Written to a draft and hard-linked into place: processes starting together agree on one client. */
function create(file: string): void {
  const client: SimulatorClient = {
    clientId: "dcx-cloud",
    clientSecret: randomBytes(32).toString("base64url"),
    cookieKey: randomBytes(32).toString("base64url"),
  };
  createFileOnce(file, () => `${JSON.stringify(client, null, 2)}\n`, { dirMode: 0o700 });
}
