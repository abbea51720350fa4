import path from "node:path";
import {
  assertDistinctPorts,
  envPrefix,
  metricsToken,
  nodeEnv,
  optionalUrl,
  parseEnv,
  port,
  redisUrl,
  repoRoot,
} from "@dcx/kit/config";
import { z } from "zod";
import { DEFAULT_SUBGRAPH_PORTS, subgraphUrl } from "./subgraph-urls";

export { DEFAULT_SUBGRAPH_PORTS };

export const SUBGRAPH_NAMES = ["tenancy", "wallet", "catalog", "vms", "telemetry-billing"] as const;

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  /** Apollo Sandbox landing page and introspection: on in development, opt-in in production. */
  sandbox: boolean;
  corsOrigins: string[] | true;
  supergraphPath: string;
  /**
   * Each subgraph's URL by name: `<SUBGRAPH>_URL` when given, else derived from `HOST` and
   * `<SUBGRAPH>_PORT` (the same variables the subgraph itself listens on), so moving a port
   * takes one variable.
   */
  subgraphUrls: Record<string, string>;
  /** PKCS#8 PEM file of the key that signs requests to subgraphs; required in production. */
  signingKeyFile: string | undefined;
  /** SPKI PEM file of tenancy's session key, to verify access tokens; required in production. */
  sessionPublicKeyFile: string | undefined;
  /** DATA_DIR: where development keys are kept when no files are configured. */
  dataDir: string;
  /** How long what tenancy said about a session or API key is reused (revocation delay). */
  callerCacheMs: number;
  /** Express "trust proxy": which proxies' X-Forwarded-For to believe (default: none). */
  trustProxy: string | number | boolean;
  /** `METRICS_TOKEN`: the bearer token GET /metrics asks for (without it, closed in production). */
  metricsToken: string | undefined;
  /** `REDIS_URL`: where gateway replicas share each caller's cost budget (else each keeps its own). */
  redisUrl: string | undefined;
}

const boolean = () =>
  z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((value) => (value === undefined || value === "" ? undefined : value === "true" || value === "1"));

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const urlShape = Object.fromEntries(
    SUBGRAPH_NAMES.flatMap((name) => [
      [`${envPrefix(name)}_URL`, optionalUrl()],
      [`${envPrefix(name)}_PORT`, port(DEFAULT_SUBGRAPH_PORTS[name])],
    ]),
  );
  const parsed = parseEnv(
    {
      GATEWAY_PORT: port(4000),
      HOST: z.string().default("127.0.0.1"),
      NODE_ENV: nodeEnv(),
      GATEWAY_SANDBOX: boolean(),
      CORS_ORIGINS: z.string().optional(),
      SUPERGRAPH_PATH: z.string().default(path.join(repoRoot, "schema", "supergraph.graphql")),
      GATEWAY_SIGNING_KEY_FILE: z.string().optional(),
      SESSION_PUBLIC_KEY_FILE: z.string().optional(),
      TRUST_PROXY: z.string().optional(),
      CALLER_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
      DATA_DIR: z.string().default(path.join(repoRoot, ".data")),
      METRICS_TOKEN: metricsToken(),
      REDIS_URL: redisUrl(),
      ...urlShape,
    },
    env,
  ) as Record<string, unknown>;
  const production = parsed.NODE_ENV === "production";
  const host = parsed.HOST as string;
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => {
      const given = parsed[`${envPrefix(name)}_URL`] as string | undefined;
      return [name, given ?? subgraphUrl(host, parsed[`${envPrefix(name)}_PORT`] as number)];
    }),
  );
  // Only ports this machine listens on can collide: a subgraph given by URL runs elsewhere.
  assertDistinctPorts({
    GATEWAY_PORT: parsed.GATEWAY_PORT as number,
    ...Object.fromEntries(
      SUBGRAPH_NAMES.filter((name) => !parsed[`${envPrefix(name)}_URL`]).map((name) => [
        `${envPrefix(name)}_PORT`,
        parsed[`${envPrefix(name)}_PORT`] as number,
      ]),
    ),
  });
  const origins = (parsed.CORS_ORIGINS as string | undefined)
    ?.split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  return {
    port: parsed.GATEWAY_PORT as number,
    host,
    production,
    sandbox: (parsed.GATEWAY_SANDBOX as boolean | undefined) ?? !production,
    // In production only listed origins may call from a browser; in development any origin may.
    corsOrigins: origins?.length ? origins : production ? [] : true,
    supergraphPath: parsed.SUPERGRAPH_PATH as string,
    signingKeyFile: parsed.GATEWAY_SIGNING_KEY_FILE as string | undefined,
    sessionPublicKeyFile: parsed.SESSION_PUBLIC_KEY_FILE as string | undefined,
    callerCacheMs: (parsed.CALLER_CACHE_SECONDS as number) * 1000,
    trustProxy: parseTrustProxy(parsed.TRUST_PROXY as string | undefined),
    dataDir: parsed.DATA_DIR as string,
    metricsToken: parsed.METRICS_TOKEN as string | undefined,
    redisUrl: parsed.REDIS_URL as string | undefined,
    subgraphUrls,
  };
}

/** "2" → trust two hops; "loopback" or a list of addresses as Express understands them; unset → none. */
function parseTrustProxy(value: string | undefined): string | number | boolean {
  if (!value) return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}
