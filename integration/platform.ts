import { loadGatewayConfig, type RunningGateway, startGateway } from "@dcx/supergraph";
import { type TestSubgraph, startTestSubgraph, testGatewayKeys } from "@dcx/kit/testing";
import { platformSubgraphs } from "../scripts/platform-databases";
import { type PlatformDbs, seedDemo, type SeedReport } from "../scripts/seed/seed-demo";

type Key = keyof PlatformDbs;

export interface TestPlatform {
  gateway: RunningGateway;
  subgraphs: Record<Key, TestSubgraph<Record<string, unknown>>>;
  dbs: PlatformDbs;
  seed: SeedReport;
  /** Queries sent to all five databases since the last reset. */
  queryCount(): number;
  resetQueryCount(): void;
  close(): Promise<void>;
}

/**
 * The whole platform for a test: five subgraphs on fresh databases (PGlite, or the PostgreSQL
 * server with TEST_POSTGRES_URL), seeded with the demo, behind a real gateway, over real HTTP.
 */
export async function startTestPlatform(): Promise<TestPlatform> {
  const keys = testGatewayKeys();
  const subgraphs = {} as TestPlatform["subgraphs"];
  for (const [key, definition] of Object.entries(platformSubgraphs)) {
    subgraphs[key as Key] = await startTestSubgraph(definition, keys);
  }
  const dbs = Object.fromEntries(
    Object.entries(subgraphs).map(([key, subgraph]) => [key, subgraph.database.db]),
  ) as unknown as PlatformDbs;
  const seed = await seedDemo(dbs);

  const urls = Object.fromEntries(
    Object.values(platformSubgraphs).map((definition, index) => [
      `${definition.name.toUpperCase().replace(/-/g, "_")}_URL`,
      Object.values(subgraphs)[index]!.server.graphqlUrl,
    ]),
  );
  const gateway = await startGateway(
    loadGatewayConfig({ GATEWAY_PORT: "0", NODE_ENV: "test", ...urls }),
    keys.privateKey,
  );
  const all = () => Object.values(subgraphs);
  return {
    gateway,
    subgraphs,
    dbs,
    seed,
    queryCount: () => all().reduce((sum, subgraph) => sum + subgraph.database.queryCount(), 0),
    resetQueryCount: () => all().forEach((subgraph) => subgraph.database.resetQueryCount()),
    close: async () => {
      await gateway.close();
      for (const subgraph of all()) await subgraph.close();
    },
  };
}
