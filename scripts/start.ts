import path from "node:path";
import { loadSubgraphConfig, parseEnv, port, repoRoot } from "@dcx/kit";
import { loadTenancyConfig } from "@dcx/tenancy";
import { loadGatewayConfig } from "@dcx/supergraph";
import { platformSubgraphs } from "./platform-databases";
import { preparePlatform } from "./prepare-platform";
import { announceOutboxMail } from "./outbox-notices";
import { type ManagedProcess, spawnService, stopAll, waitUntilReady } from "./processes";
import { startWeb } from "./web-server";

/**
 * `npm start`: migrate, seed on first run, then start the five subgraphs, the gateway and the
 * dashboard, each subgraph and the gateway in its own process. `npm run dev` watches sources.
 */
const dev = process.argv.includes("--dev");
const started = Date.now();
const log = (message: string) => console.log(`[platform] ${message}`);
const services: ManagedProcess[] = [];
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  log("stopping…");
  await stopAll(services);
  process.exit(code);
}
process.once("SIGINT", () => void shutdown(0));
process.once("SIGTERM", () => void shutdown(0));

try {
  const gatewayConfig = loadGatewayConfig();
  await preparePlatform(log);
  const env: NodeJS.ProcessEnv = { NODE_ENV: "development", ...process.env };

  // Without a real PayGate configured, card top-ups go to the local simulator (PayGate's test cards).
  const paygateSimulator = process.env.PAYGATE_URL ? undefined : startPayGateSimulator(env, dev);
  if (paygateSimulator) {
    services.push(paygateSimulator.service);
    env.PAYGATE_URL = paygateSimulator.url;
  }
  const { WEB_PORT } = parseEnv({ WEB_PORT: port(5173) });
  // After paying, PayGate sends the browser back through the wallet to the dashboard.
  env.WEB_URL ??= `http://127.0.0.1:${WEB_PORT}`;
  // The VMs subgraph may place and capture wallet holds directly, signed with its own key.
  env.WALLET_TRUSTED_SERVICES ??= "vms";

  const subgraphs = Object.values(platformSubgraphs).map((definition) => {
    const config = loadSubgraphConfig(definition.name, definition.defaultPort);
    const entry = path.join(repoRoot, "subgraphs", definition.name, "src", "main.ts");
    const service = spawnService(definition.name, entry, env, dev);
    services.push(service);
    return { service, url: `http://${config.host}:${config.port}` };
  });
  const gatewayUrl = `http://${gatewayConfig.host}:${gatewayConfig.port}`;
  const webStarting = startWeb({ dev, port: WEB_PORT, gatewayUrl, onSpawn: (web) => services.push(web) });
  webStarting.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
  await Promise.all([
    ...subgraphs.map(({ service, url }) => waitUntilReady(`${url}/ready`, service)),
    ...(paygateSimulator ? [waitUntilReady(`${paygateSimulator.url}/health`, paygateSimulator.service)] : []),
  ]);

  const gateway = spawnService("gateway", path.join(repoRoot, "supergraph", "src", "main.ts"), env, dev);
  services.push(gateway);
  await waitUntilReady(`${gatewayUrl}/ready`, gateway);
  const webUrl = await webStarting;

  for (const service of services) {
    service.child.once("exit", (code) => {
      if (!stopping) {
        log(`${service.name} stopped unexpectedly (code ${code}); shutting the platform down`);
        void shutdown(1);
      }
    });
  }
  const mail = loadTenancyConfig().mail;
  if (!mail.smtp) announceOutboxMail(mail.outboxDir, (line) => console.log(`[mail] ${line}`));
  const mailHint = mail.smtp
    ? "Codes go out through the configured SMTP server."
    : `In development the e-mails are files in ${path.relative(process.cwd(), mail.outboxDir)}/ (listed below as they arrive).`;
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  console.log(`
  Dashboard        ${webUrl}
  GraphQL gateway  ${gatewayUrl}/graphql   (open it in a browser for Apollo Sandbox)
  PayGate          ${paygateSimulator ? `${paygateSimulator.url}  (local simulator: pay with Visa 4000000000000002 to approve)` : process.env.PAYGATE_URL}
  Subgraphs        ${subgraphs.map(({ service, url }) => `${url}/graphql  (${service.name})`).join("\n                   ")}

  Sign in with a code sent by e-mail to one of the demo users, e.g.
    it@adcock.co.za (customer owner), admin@cloudtech.co.za (reseller owner),
    ops@datacentrix.co.za (provider staff).
  ${mailHint}

  Press Ctrl+C to stop.
`);
} catch (error) {
  console.error(error);
  await shutdown(1);
}

function startPayGateSimulator(env: NodeJS.ProcessEnv, watch: boolean) {
  const { PAYGATE_SIMULATOR_PORT } = parseEnv({ PAYGATE_SIMULATOR_PORT: port(4010) });
  const entry = path.join(repoRoot, "subgraphs", "wallet", "src", "paygate", "simulator", "main.ts");
  const service = spawnService(
    "paygate",
    entry,
    { ...env, PAYGATE_SIMULATOR_PORT: String(PAYGATE_SIMULATOR_PORT) },
    watch,
  );
  // The wallet's default PAYGATE_URL is this address.
  return { service, url: `http://127.0.0.1:${PAYGATE_SIMULATOR_PORT}` };
}
