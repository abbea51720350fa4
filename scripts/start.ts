import path from "node:path";
// Configuration modules alone: the launcher reads settings and watches processes, so it loads none
// of the server libraries the services run on (the packages' indexes would load them all).
import { DEFAULT_SUBGRAPH_PORTS, SUBGRAPH_NAMES } from "@dcx/supergraph/config";
import { loadTenancyConfig } from "@dcx/tenancy/config";
import { type ServiceEntry, scriptEntry, serviceEntries } from "./build/service-entries";
import { prepareOnce } from "./prepare-once";
import { PreparationFailed, prepareInOwnProcess } from "./prepare-process";
import { isProduction } from "./seed/demo-guard";
import { announceOutboxMail } from "./outbox-notices";
import { launchSimulators } from "./launch-simulators";
import { planOidcSimulator } from "./oidc-simulator";
import { planPayGateSimulator } from "./paygate-simulator";
import { planVcenterSimulator } from "./vcenter-simulator";
import {
  acceptedNodeFlags,
  type ManagedProcess,
  spawnBuilt,
  spawnCommand,
  spawnService,
  stopAll,
  waitUntilReady,
} from "./processes";
import { loadStartSettings } from "./start-settings";
import { type RunningWeb, startWeb } from "./web-server";
import { serviceNodeFlags } from "./service-node-flags";

/**
 * `npm start`: migrate, seed on first run (in a process that exits, handing its memory back), then
 * start the five subgraphs, the gateway and the dashboard, each subgraph and the gateway in its own
 * process running its bundle from dist/ (`npm run build`). `npm run dev` runs the TypeScript
 * sources under tsx and restarts on change.
 */
const dev = process.argv.includes("--dev");
const started = Date.now();
const log = (message: string) => console.log(`[platform] ${message}`);
const services: ManagedProcess[] = [];
let web: RunningWeb | undefined;
/**
 * A subgraph on an embedded database runs PostgreSQL compiled to WebAssembly. V8 would compile
 * its hot functions a second time with its optimising compiler and keep both copies (≈ 40 MB a
 * process); the baseline compiler's code alone answered the dashboard as fast. V8 counts the flag
 * among its testing flags: a Node that no longer knows it simply runs without it.
 */
const EMBEDDED_DATABASE_NODE_FLAGS = acceptedNodeFlags(["--liftoff-only"]);
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  log("stopping…");
  await Promise.all([stopAll(services), web?.close()]);
  process.exit(code);
}
process.once("SIGINT", () => void shutdown(0));
process.once("SIGTERM", () => void shutdown(0));

/** `seed --demo-sso <issuer>` in a process of its own: it opens tenancy's database before tenancy does. */
async function runDemoSso(issuer: string): Promise<void> {
  const seed = scriptEntry("seed");
  const program = dev ? ["--import", "tsx", seed.source] : ["--enable-source-maps", seed.built];
  const step = spawnCommand("platform", process.execPath, [...program, "--demo-sso", issuer], { env: process.env });
  services.push(step);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      step.child.once("error", reject);
      step.child.once("close", (exitCode) => resolve(exitCode));
    });
    // The demo works without it (codes still sign in): say so and go on.
    if (code !== 0) log("the demo's single sign-on could not be configured (see above); e-mail codes still work");
  } finally {
    services.splice(services.indexOf(step), 1);
  }
}

const launch = (entry: ServiceEntry, env: NodeJS.ProcessEnv, extraNodeFlags: string[] = []) => {
  const nodeFlags = [...serviceNodeFlags(entry.name), ...extraNodeFlags];
  const service = dev
    ? spawnService(entry.name, entry.source, env, true, nodeFlags)
    : spawnBuilt(entry, env, nodeFlags);
  services.push(service);
  return service;
};

try {
  const definitions = SUBGRAPH_NAMES.map((name) => ({ name, defaultPort: DEFAULT_SUBGRAPH_PORTS[name] }));
  const settings = loadStartSettings(definitions);
  const readiness = { timeoutMs: settings.readyTimeoutMs, onProgress: log };
  const entries = serviceEntries();
  const need = (name: string) => {
    const entry = entries[name];
    if (!entry) throw new Error(`no entry point for ${name} (expected ${name}/src/main.ts)`);
    return entry;
  };
  const preparation = scriptEntry("prepare");
  await prepareOnce({
    dataDir: settings.dataDir,
    embedded: Object.values(settings.subgraphs).every((subgraph) => !subgraph.databaseUrl),
    // Production databases are migrated, never given the demo.
    seed: !isProduction(),
    log,
    prepare: prepareInOwnProcess(preparation, { dev, running: services }),
  });
  const env: NodeJS.ProcessEnv = { NODE_ENV: "development", ...process.env };

  // Without a real PayGate configured, card top-ups go to the local simulator (PayGate's test cards).
  const paygate =
    settings.paygateSimulatorPort === undefined
      ? undefined
      : planPayGateSimulator({ port: settings.paygateSimulatorPort, dataDir: settings.dataDir });
  Object.assign(env, paygate?.walletEnv);
  // Without a vCenter configured, VMs live in the local simulator (the demo estate, under DATA_DIR).
  const vcenter =
    settings.vcenterSimulatorPort === undefined
      ? undefined
      : planVcenterSimulator({ port: settings.vcenterSimulatorPort, dataDir: settings.dataDir });
  Object.assign(env, vcenter?.vmsEnv);
  // The demo's single sign-on: a local IdP, and Adcock pointed at it (before tenancy opens its database).
  const oidc =
    settings.oidcSimulatorPort === undefined
      ? undefined
      : planOidcSimulator({
          port: settings.oidcSimulatorPort,
          dataDir: settings.dataDir,
          webUrl: `http://127.0.0.1:${settings.webPort}`,
          backChannelLogoutUrl: `http://127.0.0.1:${settings.subgraphs.tenancy!.port}/sso/back-channel-logout`,
        });
  const simulatorPlans = [paygate, vcenter, oidc].filter((plan) => plan !== undefined);
  const simulators = simulatorPlans.length
    ? launchSimulators(simulatorPlans, scriptEntry("simulators"), env, launch)
    : undefined;
  if (oidc && simulators) {
    await waitUntilReady(oidc.healthUrl, simulators, readiness);
    await runDemoSso(oidc.url);
  }
  // After paying, PayGate sends the browser back through the wallet to the dashboard.
  env.WEB_URL ??= `http://127.0.0.1:${settings.webPort}`;
  // The VMs subgraph places wallet holds and asks the catalog for prices directly, signed with its own key.
  // …and telemetry-billing posts each day's metered usage to the wallets.
  env.WALLET_TRUSTED_SERVICES ??= "vms,telemetry-billing";
  // …and telemetry-billing copies the catalog's prices to bill metered usage.
  env.CATALOG_TRUSTED_SERVICES ??= "vms,telemetry-billing";
  // The VMs subgraph owns the vCenter connection and delivers the performance samples it collects.
  env.TELEMETRY_BILLING_TRUSTED_SERVICES ??= "vms";
  // Telemetry asks tenancy whom to e-mail about an alert (the organisation's owners and admins),
  // the wallet whom to tell about unpaid usage (the owners).
  env.TENANCY_TRUSTED_SERVICES ??= "telemetry-billing,wallet";
  // The wallet suspends an organisation's VMs when its usage stays unpaid, and lifts it.
  env.VMS_TRUSTED_SERVICES ??= "wallet";
  const subgraphUrl = (name: string) => {
    const { host, port } = settings.subgraphs[name]!;
    return `http://${host}:${port}/graphql`;
  };
  env.VMS_WALLET_URL ??= subgraphUrl("wallet");
  env.VMS_CATALOG_URL ??= subgraphUrl("catalog");
  env.VMS_TELEMETRY_URL ??= subgraphUrl("telemetry-billing");
  env.TELEMETRY_BILLING_TENANCY_URL ??= subgraphUrl("tenancy");
  env.TELEMETRY_BILLING_CATALOG_URL ??= subgraphUrl("catalog");
  env.TELEMETRY_BILLING_WALLET_URL ??= subgraphUrl("wallet");
  env.WALLET_VMS_URL ??= subgraphUrl("vms");
  env.WALLET_TENANCY_URL ??= subgraphUrl("tenancy");
  // The dashboard's proxy on this machine forwards each browser's address (X-Forwarded-For).
  env.TRUST_PROXY ??= "loopback";

  const subgraphs = definitions.map((definition) => {
    const { host, port, databaseUrl } = settings.subgraphs[definition.name]!;
    const nodeFlags = databaseUrl ? [] : EMBEDDED_DATABASE_NODE_FLAGS;
    return { service: launch(need(definition.name), env, nodeFlags), url: `http://${host}:${port}` };
  });
  const gatewayUrl = `http://${settings.gateway.host}:${settings.gateway.port}`;
  const webStarting = startWeb({
    dev,
    port: settings.webPort,
    gatewayUrl,
    onSpawn: (web) => services.push(web),
    readiness,
  });
  webStarting.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
  await Promise.all([
    ...subgraphs.map(({ service, url }) => waitUntilReady(`${url}/ready`, service, readiness)),
    ...(simulators ? simulatorPlans.map((plan) => waitUntilReady(plan.healthUrl, simulators, readiness)) : []),
  ]);
  const gateway = launch(need("gateway"), env);
  await waitUntilReady(`${gatewayUrl}/ready`, gateway, readiness);
  web = await webStarting;

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
  Dashboard        ${web.url}
  GraphQL gateway  ${gatewayUrl}/graphql   (open it in a browser for Apollo Sandbox)
  PayGate          ${paygate ? `${paygate.url}  (local simulator: pay with Visa 4000000000000002 to approve)` : process.env.PAYGATE_URL}
  vCenter          ${vcenter ? `${vcenter.url}  (local simulator: the demo estate, kept in ${path.relative(process.cwd(), path.join(settings.dataDir, "vcenter"))}/)` : process.env.VCENTER_URL}
  Single sign-on   ${oidc ? `${oidc.url}  (local IdP: on the sign-in page enter it@adcock.co.za or new.hire@adcock.co.za, then password demo-sso)` : "bring your own IdP (Single sign-on page)"}
  Subgraphs        ${subgraphs.map(({ service, url }) => `${url}/graphql  (${service.name})`).join("\n                   ")}

  Sign in with a code sent by e-mail to one of the demo users, e.g.
    it@adcock.co.za (customer owner), admin@cloudtech.co.za (reseller owner),
    ops@datacentrix.co.za (provider staff).
  ${mailHint}

  Press Ctrl+C to stop.
`);
} catch (error) {
  const explained = error instanceof Error && (error.name === "ConfigError" || error instanceof PreparationFailed);
  console.error(explained ? error.message : error);
  await shutdown(1);
}
