import path from "node:path";
import { parseEnv, port, repoRoot } from "@dcx/kit/config";
import { z } from "zod";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { startOidcSimulator } from "./oidc-simulator";
import { loadOrCreateSimulatorClient, simulatorClientFile } from "./simulator-client";

/** Starts the simulator as its variables say (OIDC_SIMULATOR_*, DATA_DIR, WEB_URL): on its own or beside the others. */
export async function runOidcSimulator(
  variables: Record<string, string | undefined>,
  log: (line: string) => void,
): Promise<{ close(): Promise<void> }> {
  const env = parseEnv(
    {
      OIDC_SIMULATOR_PORT: port(4030),
      OIDC_SIMULATOR_HOST: z.string().min(1).default("127.0.0.1"),
      DATA_DIR: z.string().min(1).default(path.join(repoRoot, ".data")),
      /** The dashboard: its /sso/callback is the redirect URI, its / the place to land after signing out. */
      WEB_URL: z.url().default("http://127.0.0.1:5173"),
      /** Tenancy's back-channel logout endpoint. */
      OIDC_BACKCHANNEL_LOGOUT_URL: z.url().default("http://127.0.0.1:4001/sso/back-channel-logout"),
    },
    variables,
  );
  // The platform's client, made once under DATA_DIR; its URLs follow the ports of this start.
  const client = loadOrCreateSimulatorClient(env.DATA_DIR);
  const web = env.WEB_URL.replace(/\/$/, "");
  const simulator = await startOidcSimulator({
    port: env.OIDC_SIMULATOR_PORT,
    host: env.OIDC_SIMULATOR_HOST,
    cookieKey: client.cookieKey,
    clients: [
      {
        clientId: client.clientId,
        clientSecret: client.clientSecret,
        redirectUris: [`${web}/sso/callback`],
        postLogoutRedirectUris: [`${web}/`],
        backchannelLogoutUri: env.OIDC_BACKCHANNEL_LOGOUT_URL,
      },
    ],
    log,
  });
  log(
    `OpenID Connect simulator ready at ${simulator.issuer}; client ${client.clientId} (secret in ` +
      `${simulatorClientFile(env.DATA_DIR)}); demo accounts ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}, ` +
      `password ${DEMO_PASSWORD}`,
  );
  return simulator;
}
