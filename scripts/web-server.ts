import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@dcx/kit";
import { type ManagedProcess, spawnCommand, waitUntilReady } from "./processes";

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

/**
 * Serves the dashboard: a production build behind `vite preview`, or the Vite dev server with
 * `--dev`. Both proxy /graphql to the gateway, so the browser talks to one origin.
 */
export async function startWeb(options: {
  dev: boolean;
  port: number;
  /** Where /graphql is proxied to, e.g. http://127.0.0.1:4000 */
  gatewayUrl: string;
  onSpawn: (service: ManagedProcess) => void;
}): Promise<string> {
  const env = { ...process.env, GATEWAY_URL: options.gatewayUrl, WEB_PORT: String(options.port) };
  if (!options.dev) await run(viteBin(), ["build", "--logLevel", "warn"], env);
  const service = spawnCommand("web", viteBin(), options.dev ? [] : ["preview"], { env, cwd: webRoot });
  options.onSpawn(service);
  const url = `http://127.0.0.1:${options.port}/`;
  await waitUntilReady(url, service);
  return url;
}
