import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createInterface } from "node:readline";
import type { ServiceEntry } from "./build/service-entries";
import { readableLogLine } from "./log-line";

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
}

/**
 * Runs a TypeScript entry point under tsx in its own Node process; `watch` restarts it on change
 * (`npm run dev`). `nodeFlags` go to node itself.
 */
export function spawnService(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  watch = false,
  nodeFlags: string[] = [],
): ManagedProcess {
  const args = watch ? ["--import", "tsx", "--watch", entry] : ["--import", "tsx", entry];
  return spawnCommand(name, process.execPath, [...nodeFlags, ...args], { env });
}

/**
 * The flags this Node accepts, of those given. Node refuses to start at all with a V8 flag its V8
 * no longer knows, so optional tuning flags are tried once before any service gets them.
 */
export function acceptedNodeFlags(flags: string[]): string[] {
  return flags.filter((flag) => spawnSync(process.execPath, [flag, "-e", ""], { stdio: "ignore" }).status === 0);
}

/** Runs a service from its bundle in dist/ with plain node (`npm start`): nothing compiles at start-up. */
export function spawnBuilt(service: ServiceEntry, env: NodeJS.ProcessEnv, nodeFlags: string[] = []): ManagedProcess {
  return spawnCommand(service.name, process.execPath, [...nodeFlags, "--enable-source-maps", service.built], { env });
}

const RAW_LOGS = process.env.LOG_FORMAT === "json";

/** Runs any command as a managed process with prefixed output (JSON log lines made readable). */
export function spawnCommand(
  name: string,
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string },
): ManagedProcess {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on("line", (line) =>
      console.log(`[${name}] ${RAW_LOGS ? line : readableLogLine(line)}`),
    );
  }
  return { name, child };
}

export interface ReadinessOptions {
  /** How long to wait before giving up (READY_TIMEOUT_SECONDS). */
  timeoutMs: number;
  /** Told every `progressEveryMs` while still waiting, so a slow start does not look like a hang. */
  onProgress?: (message: string) => void;
  progressEveryMs?: number;
}

/** Polls a URL until it answers 2xx, the process dies, or the time runs out. */
export async function waitUntilReady(
  url: string,
  service: ManagedProcess,
  wait: ReadinessOptions | number = 60_000,
): Promise<void> {
  const options = typeof wait === "number" ? { timeoutMs: wait } : wait;
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  const every = options.progressEveryMs ?? 10_000;
  let nextProgress = started + every;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null || service.child.signalCode !== null) {
      const how = service.child.signalCode ?? `code ${service.child.exitCode}`;
      throw new Error(`${service.name} exited (${how}) before it was ready`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() >= nextProgress) {
      const waited = Math.round((Date.now() - started) / 1000);
      options.onProgress?.(`waiting for ${service.name} (${waited}s of ${options.timeoutMs / 1000}s)…`);
      nextProgress += every;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `${service.name} was not ready at ${url} within ${options.timeoutMs / 1000}s ` +
      `(raise READY_TIMEOUT_SECONDS on a busy machine)`,
  );
}

export async function stopAll(services: ManagedProcess[]): Promise<void> {
  await Promise.all(
    services.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 5000).unref();
        }),
    ),
  );
}
