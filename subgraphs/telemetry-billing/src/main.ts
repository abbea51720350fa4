import { loadSubgraphConfig, runSubgraph } from "@dcx/kit";
import { telemetryBillingSubgraph } from "./index";

const config = loadSubgraphConfig(telemetryBillingSubgraph.name, telemetryBillingSubgraph.defaultPort);
const running = await runSubgraph(telemetryBillingSubgraph, config);
console.log(`telemetry-billing subgraph ready at ${running.server.graphqlUrl} (${running.database.driver})`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void running.close().then(() => process.exit(0)));
}
