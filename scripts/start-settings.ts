import path from "node:path";
import { assertDistinctPorts, envPrefix, loadSubgraphConfig, parseEnv, port, repoRoot } from "@dcx/kit/config";
import { type GatewayConfig, loadGatewayConfig } from "@dcx/supergraph/config";
import { z } from "zod";

export interface StartSettings {
  gateway: GatewayConfig;
  /** Each subgraph's bind address and port, by name. */
  subgraphs: Record<string, { host: string; port: number; databaseUrl: string | undefined }>;
  webPort: number;
  /** The PayGate simulator's port, or undefined when PAYGATE_URL names a real PayGate. */
  paygateSimulatorPort: number | undefined;
  /** The vCenter simulator's port, or undefined when VCENTER_URL names a real vCenter (or vcsim). */
  vcenterSimulatorPort: number | undefined;
  /** The local OpenID Connect provider's port (the demo's single sign-on), or undefined in production. */
  oidcSimulatorPort: number | undefined;
  readyTimeoutMs: number;
  /** DATA_DIR: embedded databases, development keys, the outbox. */
  dataDir: string;
}

/**
 * What `npm start` reads before it starts anything, checked as a whole: every port valid for
 * fetch and no two services on one port, each problem naming its variable.
 */
export function loadStartSettings(
  subgraphs: { name: string; defaultPort: number }[],
  env: Record<string, string | undefined> = process.env,
): StartSettings {
  const parsed = parseEnv(
    {
      WEB_PORT: port(5173),
      PAYGATE_SIMULATOR_PORT: port(4010),
      PAYGATE_URL: z.string().optional(),
      VCENTER_SIMULATOR_PORT: port(4020),
      VCENTER_URL: z.string().optional(),
      OIDC_SIMULATOR_PORT: port(4030),
      NODE_ENV: z.string().optional(),
      DATA_DIR: z.string().min(1).default(path.join(repoRoot, ".data")),
      // Generous by default: on a busy two-core machine a subgraph's first start can take a minute.
      READY_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(180),
    },
    env,
  );
  const gateway = loadGatewayConfig(env);
  const subgraphConfigs = Object.fromEntries(
    subgraphs.map(({ name, defaultPort }) => {
      const { host, port, databaseUrl } = loadSubgraphConfig(name, defaultPort, env);
      return [name, { host, port, databaseUrl }];
    }),
  );
  const paygateSimulatorPort = parsed.PAYGATE_URL ? undefined : parsed.PAYGATE_SIMULATOR_PORT;
  const vcenterSimulatorPort = parsed.VCENTER_URL ? undefined : parsed.VCENTER_SIMULATOR_PORT;
  // A local IdP belongs to the demo: production organisations bring their own.
  const oidcSimulatorPort = parsed.NODE_ENV === "production" ? undefined : parsed.OIDC_SIMULATOR_PORT;
  assertDistinctPorts({
    GATEWAY_PORT: gateway.port,
    ...Object.fromEntries(Object.entries(subgraphConfigs).map(([name, { port }]) => [`${envPrefix(name)}_PORT`, port])),
    WEB_PORT: parsed.WEB_PORT,
    ...(paygateSimulatorPort === undefined ? {} : { PAYGATE_SIMULATOR_PORT: paygateSimulatorPort }),
    ...(vcenterSimulatorPort === undefined ? {} : { VCENTER_SIMULATOR_PORT: vcenterSimulatorPort }),
    ...(oidcSimulatorPort === undefined ? {} : { OIDC_SIMULATOR_PORT: oidcSimulatorPort }),
  });
  return {
    gateway,
    subgraphs: subgraphConfigs,
    webPort: parsed.WEB_PORT,
    paygateSimulatorPort,
    vcenterSimulatorPort,
    oidcSimulatorPort,
    readyTimeoutMs: parsed.READY_TIMEOUT_SECONDS * 1000,
    dataDir: parsed.DATA_DIR,
  };
}
