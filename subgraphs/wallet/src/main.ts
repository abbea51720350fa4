import { createMailer, createObservability, describeMailDestination, lineLogger, runSubgraph } from "@dcx/kit";
import { loadArrearsCollaborators } from "./arrears/arrears.config";
import { loadWalletConfig } from "./config";
import { createWalletSubgraph } from "./index";
import { startWalletJobs } from "./jobs";
import { createWalletDeps } from "./wallet.deps";

const config = loadWalletConfig();
const observability = createObservability("wallet", { processMetrics: true });
const arrears = loadArrearsCollaborators(config.subgraph);
const log = lineLogger(observability.logger);
const deps = { ...createWalletDeps(config, arrears.billing, log), log };
const running = await runSubgraph(
  createWalletSubgraph(() => deps),
  config.subgraph,
  { observability },
);
const jobs = startWalletJobs(running.database, deps, createMailer(config.mail), config.jobs, arrears);
observability.logger.info(
  { event: "ready", url: running.server.graphqlUrl, database: running.database.driver },
  `wallet subgraph ready at ${running.server.graphqlUrl} (${running.database.driver}); ` +
    `PayGate ${config.paygate.baseUrl} as ${config.paygate.paygateId}, notify ${config.paygateNotifyUrl}; ` +
    `receipts go to ${describeMailDestination(config.mail)}; unpaid usage ` +
    `${arrears.suspensions ? "suspends VMs" : "suspends nothing (WALLET_VMS_URL unset)"}` +
    `${arrears.owners ? ", e-mails owners" : ", e-mails only the low-balance address (WALLET_TENANCY_URL unset)"}`,
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    jobs.stop();
    void running.close().then(() => process.exit(0));
  });
}
