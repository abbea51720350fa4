import { loadSubgraphConfig, runSubgraph } from "@dcx/kit";
import { vmsSubgraph } from "./index";

const config = loadSubgraphConfig(vmsSubgraph.name, vmsSubgraph.defaultPort);
const running = await runSubgraph(vmsSubgraph, config);
console.log(`vms subgraph ready at ${running.server.graphqlUrl} (${running.database.driver})`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void running.close().then(() => process.exit(0)));
}
