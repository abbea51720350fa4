import { createObservability, describeMailDestination, lineLogger, runSubgraph } from "@dcx/kit";
import { loadTenancyConfig } from "./config";
import { createTenancySubgraph } from "./index";
import { createTenancyDeps } from "./tenancy.deps";

const config = loadTenancyConfig();
const observability = createObservability("tenancy", { processMetrics: true });
const deps = createTenancyDeps(config, lineLogger(observability.logger));
const running = await runSubgraph(
  createTenancySubgraph(() => deps),
  config.subgraph,
  { observability },
);
observability.logger.info(
  { event: "ready", url: running.server.graphqlUrl, database: running.database.driver },
  `tenancy subgraph ready at ${running.server.graphqlUrl} (${running.database.driver}); ` +
    `sign-in e-mail goes to ${describeMailDestination(config.mail)}`,
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void running.close().then(() => process.exit(0)));
}
