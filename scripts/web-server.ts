import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@dcx/kit/config";
import { isStale } from "./build/staleness";
import { type ManagedProcess, type ReadinessOptions, spawnCommand, stopAll, waitUntilReady } from "./processes";
import { startDashboardServer } from "./web/dashboard-server";

const webRoot = path.join(repoRoot, "web");

/** npm may keep the web app's Vite beside it or hoist it to the root. */
const viteBin = () =>
  [path.join(webRoot, "node_modules", ".bin", "vite"), path.join(repoRoot, "node_modules", ".bin", "vite")].find(
    (candidate) => existsSync(candidate),
  ) ?? "vite";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: webRoot, env, stdio: ["ignore", "inherit", "inherit"] });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}`)),
    );
  });
}

/** What the dashboard's build reads: when none of it changed, the last build is served again. */
const WEB_INPUTS = ["src", "index.html", "vite.config.ts", "package.json", "tsconfig.json"].map((input) =>
  path.join(webRoot, input),
);

export interface RunningWeb {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the dashboard: a production build (rebuilt only when its sources changed) from this
 * process (scripts/web/dashboard-server.ts), or the Vite dev server in a process of its own with
 * `--dev`. Both forward /graphql, /auth and /documents to the gateway with X-Forwarded-For, so the
 * browser talks to one origin and per-client limits see the client.
 */
export async function startWeb(options: {
  dev: boolean;
  port: number;
  /** Where /graphql is forwarded to, e.g. http://127.0.0.1:4000 */
  gatewayUrl: string;
  /** Told of the Vite dev server's process (`--dev` only), to watch and stop it with the rest. */
  onSpawn?: (service: ManagedProcess) => void;
  readiness?: ReadinessOptions;
}): Promise<RunningWeb> {
  const env = { ...process.env, GATEWAY_URL: options.gatewayUrl, WEB_PORT: String(options.port) };
  if (options.dev) {
    const service = spawnCommand("web", viteBin(), [], { env, cwd: webRoot });
    options.onSpawn?.(service);
    const url = `http://127.0.0.1:${options.port}/`;
    await waitUntilReady(url, service, options.readiness);
    return { url, close: () => stopAll([service]) };
  }
  const outDir = path.resolve(webRoot, process.env.WEB_OUT_DIR ?? "dist");
  if (isStale(path.join(outDir, "index.html"), WEB_INPUTS)) {
    // A production bundle even when the caller runs under NODE_ENV=test (the browser suites).
    await run(viteBin(), ["build", "--logLevel", "warn"], { ...env, NODE_ENV: "production" });
  }
  return startDashboardServer({ root: outDir, port: options.port, gatewayUrl: options.gatewayUrl });
}
