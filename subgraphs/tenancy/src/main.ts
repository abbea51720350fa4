import { describeMailDestination, runSubgraph } from "@dcx/kit";
import { loadTenancyConfig } from "./config";
import { createTenancySubgraph } from "./index";
import { createTenancyDeps } from "./tenancy.deps";

const config = loadTenancyConfig();
const deps = createTenancyDeps(config);
const running = await runSubgraph(
  createTenancySubgraph(() => deps),
  config.subgraph,
);
console.log(
  `tenancy subgraph ready at ${running.server.graphqlUrl} (${running.database.driver}); ` +
    `sign-in e-mail goes to ${describeMailDestination(config.mail)}`,
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void running.close().then(() => process.exit(0)));
}
