import { createObservability, startTracing } from "@dcx/kit";
import { loadGatewayConfig } from "./config";
import { loadQueryLimits } from "./limits/limits-config";
import { startGateway } from "./server";

const config = loadGatewayConfig();
const tracing = startTracing("gateway");
const observability = createObservability("gateway", { processMetrics: true });
const running = await startGateway(config, undefined, { limits: loadQueryLimits(), observability });
observability.logger.info(
  { event: "ready", url: running.graphqlUrl, sandbox: config.sandbox, tracesTo: tracing?.url ?? null },
  `gateway ready at ${running.graphqlUrl}${config.sandbox ? " (Apollo Sandbox on GET)" : ""}`,
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(
    signal,
    () =>
      void running
        .close()
        .then(() => tracing?.shutdown())
        .then(() => process.exit(0)),
  );
}
