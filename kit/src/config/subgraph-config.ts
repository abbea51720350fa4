import path from "node:path";
import { z } from "zod";
import { ConfigError, metricsToken, nodeEnv, optionalUrl, parseEnv, port, redisUrl } from "./env";
import { repoRoot } from "../paths";

export interface SubgraphConfig {
  name: string;
  port: number;
  host: string;
  /** PostgreSQL server URL; when absent the subgraph uses an embedded PGlite database. */
  databaseUrl: string | undefined;
  /** Folder of the embedded database, used only without `databaseUrl`. */
  dataDir: string;
  /** DATA_DIR itself: embedded databases and the development gateway key live under it. */
  dataRoot: string;
  /** SPKI PEM file of the gateway's public key; required in production. */
  gatewayPublicKeyFile: string | undefined;
  /**
   * Services that may call this subgraph directly with their own signed token, besides the
   * gateway: from `<PREFIX>_TRUSTED_SERVICES` (comma-separated, e.g. `WALLET_TRUSTED_SERVICES=vms`),
   * each with the SPKI PEM file in `<SERVICE>_SERVICE_PUBLIC_KEY_FILE` (required in production).
   */
  trustedServices: TrustedServiceConfig[];
  nodeEnv: "development" | "production" | "test";
  /** `METRICS_TOKEN`: the bearer token GET /metrics asks for (without it, closed in production). */
  metricsToken: string | undefined;
  /**
   * `REDIS_URL`: where the replicas of this subgraph share the ids of tokens already used. Without
   * it each process remembers its own, which is right for one replica only.
   */
  redisUrl: string | undefined;
}

export interface TrustedServiceConfig {
  name: string;
  publicKeyFile: string | undefined;
}

const SERVICE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** `telemetry-billing` → `TELEMETRY_BILLING` */
export const envPrefix = (subgraph: string) => subgraph.toUpperCase().replace(/-/g, "_");

/**
 * Reads `<PREFIX>_PORT`, `<PREFIX>_DATABASE_URL`, `HOST`, `DATA_DIR`, `GATEWAY_PUBLIC_KEY_FILE`,
 * `NODE_ENV`, `<PREFIX>_TRUSTED_SERVICES`, each trusted service's `<SERVICE>_SERVICE_PUBLIC_KEY_FILE`
 * `METRICS_TOKEN` and `REDIS_URL`.
 */
export function loadSubgraphConfig(
  name: string,
  defaultPort: number,
  env: Record<string, string | undefined> = process.env,
): SubgraphConfig {
  const prefix = envPrefix(name);
  const parsed = parseEnv(
    {
      [`${prefix}_PORT`]: port(defaultPort),
      [`${prefix}_DATABASE_URL`]: optionalUrl(),
      HOST: z.string().default("127.0.0.1"),
      DATA_DIR: z.string().default(path.join(repoRoot, ".data")),
      NODE_ENV: nodeEnv(),
      GATEWAY_PUBLIC_KEY_FILE: z.string().optional(),
      [`${prefix}_TRUSTED_SERVICES`]: z.string().default(""),
      METRICS_TOKEN: metricsToken(),
      REDIS_URL: redisUrl(),
    },
    env,
  ) as Record<string, unknown>;
  const trustedVariable = `${prefix}_TRUSTED_SERVICES`;
  const names = [
    ...new Set(
      (parsed[trustedVariable] as string)
        .split(",")
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ];
  const invalid = names.filter((service) => !SERVICE_NAME.test(service) || service === name);
  if (invalid.length) {
    throw new ConfigError(
      invalid.map((service) => `${trustedVariable}: "${service}" is not another service's name (e.g. vms)`),
    );
  }
  return {
    name,
    port: parsed[`${prefix}_PORT`] as number,
    host: parsed.HOST as string,
    databaseUrl: parsed[`${prefix}_DATABASE_URL`] as string | undefined,
    dataDir: path.join(parsed.DATA_DIR as string, name),
    dataRoot: parsed.DATA_DIR as string,
    gatewayPublicKeyFile: parsed.GATEWAY_PUBLIC_KEY_FILE as string | undefined,
    trustedServices: names.map((service) => ({
      name: service,
      publicKeyFile: env[`${envPrefix(service)}_SERVICE_PUBLIC_KEY_FILE`] || undefined,
    })),
    nodeEnv: parsed.NODE_ENV as SubgraphConfig["nodeEnv"],
    metricsToken: parsed.METRICS_TOKEN as string | undefined,
    redisUrl: parsed.REDIS_URL as string | undefined,
  };
}
