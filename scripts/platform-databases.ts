import { catalogSubgraph } from "@dcx/catalog";
import { type Database, loadSubgraphConfig, openSubgraphDatabase, type SubgraphDefinition } from "@dcx/kit";
import { telemetryBillingSubgraph } from "@dcx/telemetry-billing";
import { tenancySubgraph } from "@dcx/tenancy";
import { vmsSubgraph } from "@dcx/vms";
import { walletSubgraph } from "@dcx/wallet";
import type { PlatformDbs } from "./seed/seed-demo";

type AnyDefinition = SubgraphDefinition<Record<string, unknown>, object>;

/** The five subgraphs, keyed as the seed names their databases. */
export const platformSubgraphs = {
  tenancy: tenancySubgraph,
  wallet: walletSubgraph,
  catalog: catalogSubgraph,
  vms: vmsSubgraph,
  telemetry: telemetryBillingSubgraph,
} as unknown as Record<keyof PlatformDbs, AnyDefinition>;

export interface PlatformDatabases {
  databases: Record<keyof PlatformDbs, Database<Record<string, unknown>>>;
  dbs: PlatformDbs;
  close(): Promise<void>;
}

/**
 * Opens and migrates every subgraph's database as each subgraph would (embedded PGlite under
 * DATA_DIR, or `<SUBGRAPH>_DATABASE_URL`), one after another.
 */
export async function openPlatformDatabases(
  open: (definition: AnyDefinition) => Promise<Database<Record<string, unknown>>> = (definition) =>
    openSubgraphDatabase(definition, loadSubgraphConfig(definition.name, definition.defaultPort)),
): Promise<PlatformDatabases> {
  const databases = {} as PlatformDatabases["databases"];
  for (const [key, definition] of Object.entries(platformSubgraphs)) {
    const database = await open(definition);
    await database.migrate();
    databases[key as keyof PlatformDbs] = database;
  }
  const dbs = Object.fromEntries(
    Object.entries(databases).map(([key, database]) => [key, database.db]),
  ) as unknown as PlatformDbs;
  return {
    databases,
    dbs,
    close: async () => {
      for (const database of Object.values(databases)) await database.close();
    },
  };
}
