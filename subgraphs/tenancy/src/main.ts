import { loadSubgraphConfig, runSubgraph } from "@dcx/kit";
import { tenancySubgraph } from "./index";

const config = loadSubgraphConfig(tenancySubgraph.name, tenancySubgraph.defaultPort);
const running = await runSubgraph(tenancySubgraph, config);
console.log(`tenancy subgraph ready at ${running.server.graphqlUrl} (${running.database.driver})`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void running.close().then(() => process.exit(0)));
}
