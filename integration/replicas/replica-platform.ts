import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { envPrefix, repoRoot } from "@dcx/kit";
import { testRedisUrl } from "@dcx/kit/testing";
import { type ServiceEntry, scriptEntry, serviceEntries } from "../../scripts/build/service-entries";
import { launchSimulators } from "../../scripts/launch-simulators";
import { planOidcSimulator } from "../../scripts/oidc-simulator";
import { planPayGateSimulator } from "../../scripts/paygate-simulator";
import { type ManagedProcess, stopAll, waitUntilReady } from "../../scripts/processes";
import { planVcenterSimulator } from "../../scripts/vcenter-simulator";
import { freePort } from "../crash/crash-support";
import { createReplicaDatabases, type ReplicaDatabases, SUBGRAPHS, type SubgraphName } from "./replica-databases";
import { type RoundRobinProxy, startRoundRobinProxy } from "./round-robin-proxy";

export const REPLICAS = 2;
/** How long a gateway reuses what tenancy said about a session: the revocation bound under test. */
export const CALLER_CACHE_SECONDS = 3;
/** Telemetry-billing's maintenance (rollups, alerts, metering) on every replica, this often. */
export const MAINTENANCE_SECONDS = 2;
const REDIS_URL = testRedisUrl();
const READY_TIMEOUT_MS = 240_000;
/** As `npm start` runs every service: small young generation, bounded heap (12+ processes, 2 cores). */
const NODE_FLAGS = ["--max-semi-space-size=1", "--max-old-space-size=512"];

export interface Replica {
  name: string;
  url: string;
  process: ManagedProcess;
}

export interface ReplicatedService {
  replicas: Replica[];
  /** The round-robin proxy in front of the replicas: what every caller is given. */
  proxy: RoundRobinProxy;
}

export interface ReplicaPlatform {
  /** The proxy in front of both gateways: where clients send their GraphQL. */
  graphqlUrl: string;
  gateways: ReplicatedService;
  subgraphs: Record<SubgraphName, ReplicatedService>;
  databases: ReplicaDatabases;
  /** Where every process writes its e-mails (sign-in codes, alerts). */
  outboxDir: string;
  /** SIGKILL, as a crash or the kernel's OOM killer would. */
  kill(replica: Replica): Promise<void>;
  stop(): Promise<void>;
}

/** `npm run build` when a source changed since, so the processes run today's code. */
export function buildIfStale(): void {
  const built = spawnSync("npx", ["tsx", "scripts/build.ts", "--if-stale"], { cwd: repoRoot, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`the build failed:\n${built.stdout}\n${built.stderr}`);
}

const exited = ({ child }: ManagedProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
  });

/**
 * The platform as a production deployment with two replicas of everything runs it: the five
 * subgraphs and the gateway twice each, from the build in dist/, on one PostgreSQL server and
 * one Redis, each pair behind a round-robin proxy that every other service and the client use.
 * Databases are fresh, migrated and seeded with the demo once, as `npm start` does on first run.
 * Each process writes its output to a file under the run's folder (a test reads it on failure).
 */
export async function startReplicaPlatform(): Promise<ReplicaPlatform> {
  // First: without a server nothing else is worth starting.
  const databases = await createReplicaDatabases();
  const folder = mkdtempSync(path.join(tmpdir(), "dcx-replicas-"));
  const dataDir = path.join(folder, "data");
  const logDir = path.join(folder, "logs");
  mkdirSync(logDir, { recursive: true });
  const running: ManagedProcess[] = [];
  const proxies: RoundRobinProxy[] = [];
  const logFile = (name: string) => path.join(logDir, `${name}.log`);
  const spawnLogged = (name: string, args: string[], env: NodeJS.ProcessEnv): ManagedProcess => {
    const log = openSync(logFile(name), "a");
    const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ["ignore", log, log] });
    closeSync(log);
    const managed = { name, child };
    running.push(managed);
    return managed;
  };
  const launch = (entry: ServiceEntry, env: NodeJS.ProcessEnv, name = entry.name) =>
    spawnLogged(name, [...NODE_FLAGS, "--enable-source-maps", entry.built], env);
  /** The last lines a process wrote, to explain why it did not start. */
  const tail = (name: string, lines = 40) => {
    try {
      return readFileSync(logFile(name), "utf8").trimEnd().split("\n").slice(-lines).join("\n");
    } catch {
      return "(no output)";
    }
  };
  const ready = async (url: string, service: ManagedProcess) => {
    try {
      await waitUntilReady(url, service, READY_TIMEOUT_MS);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- ${service.name} ---\n${tail(service.name)}`);
    }
  };

  const stop = async () => {
    await stopAll(running);
    for (const proxy of proxies) await proxy.close();
    await databases.drop();
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "development",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      OUTBOX_DIR: path.join(dataDir, "outbox"),
      REDIS_URL,
      ...databases.env,
    };

    // Migrate and seed once, in a process that exits, as `npm start` does on first run.
    const prepare = scriptEntry("prepare");
    const preparation = spawnLogged("prepare", ["--enable-source-maps", prepare.built, "--seed"], env);
    const code = await new Promise<number | null>((resolve) => preparation.child.once("exit", resolve));
    if (code !== 0) throw new Error(`preparing the databases failed (code ${code}):\n${tail("prepare")}`);

    const entries = serviceEntries();
    const [paygatePort, vcenterPort, oidcPort] = [await freePort(), await freePort(), await freePort()];
    const paygate = planPayGateSimulator({ port: paygatePort, dataDir });
    Object.assign(env, paygate.walletEnv);
    const vcenter = planVcenterSimulator({ port: vcenterPort, dataDir });
    Object.assign(env, vcenter.vmsEnv);

    // Every replica's port is chosen first, so each proxy knows its replicas before any starts.
    const subgraphs = {} as Record<SubgraphName, ReplicatedService>;
    const ports = {} as Record<SubgraphName, number[]>;
    for (const subgraph of SUBGRAPHS) {
      ports[subgraph] = [];
      for (let index = 0; index < REPLICAS; index++) ports[subgraph].push(await freePort());
      const proxy = await startRoundRobinProxy(
        ports[subgraph].map((port) => `http://127.0.0.1:${port}`),
        { recordHeader: "x-dcx-gateway-token" },
      );
      proxies.push(proxy);
      subgraphs[subgraph] = { replicas: [], proxy };
    }
    const viaProxy = (subgraph: SubgraphName) => `${subgraphs[subgraph].proxy.url}/graphql`;
    const oidc = planOidcSimulator({
      port: oidcPort,
      dataDir,
      webUrl: "http://127.0.0.1:5173",
      backChannelLogoutUrl: `${subgraphs.tenancy.proxy.url}/sso/back-channel-logout`,
    });
    const simulatorsEntry = scriptEntry("simulators");
    const simulators = launchSimulators([paygate, vcenter, oidc], simulatorsEntry, env, launch);
    Object.assign(env, {
      WEB_URL: "http://127.0.0.1:5173",
      // Who may call whom with a service token, and where: as `npm start` sets them, through the proxies.
      WALLET_TRUSTED_SERVICES: "vms,telemetry-billing",
      CATALOG_TRUSTED_SERVICES: "vms,telemetry-billing",
      TELEMETRY_BILLING_TRUSTED_SERVICES: "vms",
      TENANCY_TRUSTED_SERVICES: "telemetry-billing,wallet",
      VMS_TRUSTED_SERVICES: "wallet",
      VMS_WALLET_URL: viaProxy("wallet"),
      VMS_CATALOG_URL: viaProxy("catalog"),
      VMS_TELEMETRY_URL: viaProxy("telemetry-billing"),
      TELEMETRY_BILLING_TENANCY_URL: viaProxy("tenancy"),
      TELEMETRY_BILLING_CATALOG_URL: viaProxy("catalog"),
      TELEMETRY_BILLING_WALLET_URL: viaProxy("wallet"),
      WALLET_VMS_URL: viaProxy("vms"),
      WALLET_TENANCY_URL: viaProxy("tenancy"),
      TRUST_PROXY: "loopback",
      // Background work often enough that both replicas of each job run it during the suite.
      TELEMETRY_MAINTENANCE_INTERVAL_SECONDS: String(MAINTENANCE_SECONDS),
      VMS_PERF_INTERVAL_SECONDS: "20",
      VMS_PERF_BACKFILL_DAYS: "1",
    });
    await Promise.all([
      ready(paygate.healthUrl, simulators),
      ready(vcenter.healthUrl, simulators),
      ready(oidc.healthUrl, simulators),
    ]);

    // One replica of each subgraph, then the second ones: two cores start five at a time well enough.
    for (let index = 0; index < REPLICAS; index++) {
      const starting = SUBGRAPHS.map((subgraph) => {
        const port = ports[subgraph][index]!;
        const name = `${subgraph}-${index + 1}`;
        const service = launch(entries[subgraph]!, { ...env, [`${envPrefix(subgraph)}_PORT`]: String(port) }, name);
        const replica = { name, url: `http://127.0.0.1:${port}`, process: service };
        subgraphs[subgraph].replicas.push(replica);
        return replica;
      });
      await Promise.all(starting.map((replica) => ready(`${replica.url}/ready`, replica.process)));
    }

    const gatewayPorts = [await freePort(), await freePort()];
    const gatewayProxy = await startRoundRobinProxy(gatewayPorts.map((port) => `http://127.0.0.1:${port}`));
    proxies.push(gatewayProxy);
    const gatewayEnv: NodeJS.ProcessEnv = {
      ...env,
      CALLER_CACHE_SECONDS: String(CALLER_CACHE_SECONDS),
      ...Object.fromEntries(SUBGRAPHS.map((subgraph) => [`${envPrefix(subgraph)}_URL`, viaProxy(subgraph)])),
      // One caller sends 20 mutations at once here; the per-caller limits have suites of their own.
      GATEWAY_MAX_CONCURRENT_PER_CALLER: "1000",
      GATEWAY_COST_BUDGET: "100000000",
      GATEWAY_COST_REFILL_PER_SECOND: "100000000",
    };
    const gateways: ReplicatedService = { replicas: [], proxy: gatewayProxy };
    for (const [index, port] of gatewayPorts.entries()) {
      const name = `gateway-${index + 1}`;
      const service = launch(entries.gateway!, { ...gatewayEnv, GATEWAY_PORT: String(port) }, name);
      const replica = { name, url: `http://127.0.0.1:${port}`, process: service };
      gateways.replicas.push(replica);
      await ready(`${replica.url}/ready`, service);
    }

    return {
      graphqlUrl: `${gatewayProxy.url}/graphql`,
      gateways,
      subgraphs,
      databases,
      outboxDir: env.OUTBOX_DIR!,
      kill: async (replica) => {
        replica.process.child.kill("SIGKILL");
        await exited(replica.process);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
