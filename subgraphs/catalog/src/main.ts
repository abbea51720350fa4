import { createObservability, loadSubgraphConfig, runSubgraph } from "@dcx/kit";
import { catalogSubgraph } from "./index";

const config = loadSubgraphConfig(catalogSubgraph.name, catalogSubgraph.defaultPort);
const observability = createObservability(catalogSubgraph.name, { processMetrics: true });
const running = await runSubgraph(catalogSubgraph, config, { observability });
observability.logger.info(
  { event: "ready", url: running.server.graphqlUrl, database: running.database.driver },
  `catalog subgraph ready at ${running.server.graphqlUrl} (${running.database.driver})`,
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void running.close().then(() => process.exit(0)));
}
