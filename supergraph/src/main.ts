import { loadGatewayConfig } from "./config";
import { loadQueryLimits } from "./limits/limits-config";
import { startGateway } from "./server";

const config = loadGatewayConfig();
const running = await startGateway(config, undefined, { limits: loadQueryLimits() });
console.log(`gateway ready at ${running.graphqlUrl}${config.sandbox ? " (Apollo Sandbox on GET)" : ""}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void running.close().then(() => process.exit(0)));
}
