import type { TestPlatform } from "../../integration/platform";

export interface FanOut {
  /** HTTP requests the subgraphs received. */
  subgraphRequests: number;
  databaseQueries: number;
}

/** Counts what the subgraphs are asked (on their HTTP servers and databases) while `work` runs. */
export async function countingFanOut<T>(
  platform: TestPlatform,
  work: () => Promise<T>,
): Promise<{ result: T; fanOut: FanOut }> {
  let subgraphRequests = 0;
  const count = () => (subgraphRequests += 1);
  const servers = Object.values(platform.subgraphs).map((subgraph) => subgraph.server.server);
  for (const server of servers) server.on("request", count);
  platform.resetQueryCount();
  try {
    const result = await work();
    return { result, fanOut: { subgraphRequests, databaseQueries: platform.queryCount() } };
  } finally {
    for (const server of servers) server.off("request", count);
  }
}
