import { randomBytes } from "node:crypto";
import { adminQuery } from "@dcx/kit/testing";
import { SUBGRAPH_PREFIXES, type SubgraphPrefix } from "../platform-memory/launch-platform";
import { type CleanupGuard, startCleanupGuard } from "./cleanup-guard";

export interface ServerDatabases {
  names: string[];
  urls: Record<SubgraphPrefix, string>;
  /** Drops every database, connections still open included; safe to call twice. */
  drop(): Promise<void>;
  /** Drops them, and stops the platform, should this process end without doing so. */
  guard: CleanupGuard;
}

/**
 * One fresh, empty database per subgraph on the server behind `adminUrl`, under names no other
 * run uses, so the platform migrates and seeds them as on a first `npm start`. A guard process
 * watches them from before the first exists.
 */
export async function createServerDatabases(adminUrl: string): Promise<ServerDatabases> {
  const run = randomBytes(4).toString("hex");
  const nameOf = (prefix: SubgraphPrefix) => `dcx_soak_${prefix.toLowerCase()}_${run}`;
  const names = SUBGRAPH_PREFIXES.map(nameOf);
  const guard = startCleanupGuard(adminUrl, names);
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    for (const name of names) await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  };
  const urls = {} as Record<SubgraphPrefix, string>;
  try {
    for (const prefix of SUBGRAPH_PREFIXES) {
      await adminQuery(adminUrl, `create database ${nameOf(prefix)}`);
      const url = new URL(adminUrl);
      url.pathname = `/${nameOf(prefix)}`;
      urls[prefix] = url.toString();
    }
  } catch (error) {
    await drop();
    throw error;
  }
  return { names, urls, drop, guard };
}
