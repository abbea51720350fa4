import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { repoRoot } from "../../kit/src/paths";
import { freePorts } from "../../scripts/free-ports";

export interface LaunchedPlatform {
  launcher: ChildProcess;
  gatewayUrl: string;
  /** The port of each service, by its variable's prefix (`GATEWAY`, `VMS`, …). */
  ports: Record<string, number>;
  dataDir: string;
  /** Where the launcher's whole output went. */
  logFile: string;
  stop(): Promise<void>;
}

export const SUBGRAPH_PREFIXES = ["TENANCY", "WALLET", "CATALOG", "VMS", "TELEMETRY_BILLING"] as const;
export type SubgraphPrefix = (typeof SUBGRAPH_PREFIXES)[number];

export interface LaunchOptions {
  /** A PostgreSQL server database per subgraph (`<PREFIX>_DATABASE_URL`); embedded PGlite when absent. */
  databaseUrls?: Record<SubgraphPrefix, string>;
  /** Stops the platform when aborted, also while it is still starting. */
  signal?: AbortSignal;
  /** Told the launcher's pid as soon as it runs, before the platform is ready. */
  onSpawn?: (pid: number) => void;
}

/**
 * The environment `npm start` gets on a developer's machine with nothing configured: embedded
 * databases under `dataDir` (or the given server databases), both simulators, the outbox, every
 * service on a free port.
 */
async function platformEnv(
  dataDir: string,
  options: LaunchOptions,
): Promise<{ env: NodeJS.ProcessEnv; ports: Record<string, number> }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "development", DATA_DIR: dataDir };
  for (const name of ["PAYGATE_URL", "VCENTER_URL", "SMTP_URL", "OUTBOX_DIR"]) delete env[name];
  const ports: Record<string, number> = {};
  const names = ["GATEWAY", "WEB", "PAYGATE_SIMULATOR", "VCENTER_SIMULATOR", "OIDC_SIMULATOR", ...SUBGRAPH_PREFIXES];
  const chosen = await freePorts(names.length);
  for (const [index, name] of names.entries()) {
    ports[name] = chosen[index]!;
    env[`${name}_PORT`] = String(ports[name]);
  }
  for (const prefix of SUBGRAPH_PREFIXES) {
    env[`${prefix}_DATABASE_URL`] = options.databaseUrls?.[prefix] ?? "";
    delete env[`${prefix}_URL`];
  }
  return { env, ports };
}

/** Starts `dist/scripts/start.js` as `npm start` does and resolves once it reports ready. */
export async function launchPlatform(
  dataDir: string,
  log: (line: string) => void,
  options: LaunchOptions = {},
): Promise<LaunchedPlatform> {
  const { env, ports } = await platformEnv(dataDir, options);
  const launcherScript = path.join(repoRoot, "dist", "scripts", "start.js");
  const launcher = spawn(process.execPath, ["--enable-source-maps", launcherScript], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logFile = path.join(dataDir, "platform.log");
  const output = createWriteStream(logFile);
  launcher.stderr.pipe(output);
  const exited = new Promise<void>((resolve) => launcher.once("exit", () => resolve()));
  const stop = async () => {
    if (launcher.exitCode === null && launcher.signalCode === null) launcher.kill("SIGTERM");
    await exited;
  };
  options.signal?.addEventListener("abort", () => void stop(), { once: true });
  if (launcher.pid !== undefined) options.onSpawn?.(launcher.pid);
  const ready = new Promise<void>((resolve, reject) => {
    createInterface({ input: launcher.stdout }).on("line", (line) => {
      output.write(`${line}\n`);
      if (line.startsWith("[platform]")) log(line);
      if (line.startsWith("[platform] ready in")) resolve();
    });
    launcher.once("exit", (code) => reject(new Error(`the platform exited (code ${code}); see ${logFile}`)));
  });
  try {
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  return { launcher, gatewayUrl: `http://127.0.0.1:${ports.GATEWAY}`, ports, dataDir, logFile, stop };
}
