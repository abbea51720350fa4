import path from "node:path";
import { z } from "zod";
import { nodeEnv, optionalUrl, parseEnv, port } from "./env";
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
  nodeEnv: "development" | "production" | "test";
}

/** `telemetry-billing` → `TELEMETRY_BILLING` */
export const envPrefix = (subgraph: string) => subgraph.toUpperCase().replace(/-/g, "_");

/**
 * Reads `<PREFIX>_PORT`, `<PREFIX>_DATABASE_URL`, `HOST`, `DATA_DIR`, `GATEWAY_PUBLIC_KEY_FILE`
 * and `NODE_ENV`.
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
    },
    env,
  ) as Record<string, unknown>;
  return {
    name,
    port: parsed[`${prefix}_PORT`] as number,
    host: parsed.HOST as string,
    databaseUrl: parsed[`${prefix}_DATABASE_URL`] as string | undefined,
    dataDir: path.join(parsed.DATA_DIR as string, name),
    dataRoot: parsed.DATA_DIR as string,
    gatewayPublicKeyFile: parsed.GATEWAY_PUBLIC_KEY_FILE as string | undefined,
    nodeEnv: parsed.NODE_ENV as SubgraphConfig["nodeEnv"],
  };
}
