import { loadSubgraphConfig, runSubgraph } from "@dcx/kit";
import { catalogSubgraph } from "./index";

const config = loadSubgraphConfig(catalogSubgraph.name, catalogSubgraph.defaultPort);
const running = await runSubgraph(catalogSubgraph, config);
console.log(`catalog subgraph ready at ${running.server.graphqlUrl} (${running.database.driver})`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void running.close().then(() => process.exit(0)));
}
