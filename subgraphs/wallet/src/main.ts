import { loadSubgraphConfig, runSubgraph } from "@dcx/kit";
import { walletSubgraph } from "./index";

const config = loadSubgraphConfig(walletSubgraph.name, walletSubgraph.defaultPort);
const running = await runSubgraph(walletSubgraph, config);
console.log(`wallet subgraph ready at ${running.server.graphqlUrl} (${running.database.driver})`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void running.close().then(() => process.exit(0)));
}
