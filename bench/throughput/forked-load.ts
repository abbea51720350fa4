import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { LoadPlan, LoadResult } from "./load-client";

export interface ForkedLoadResult extends LoadResult {
  /** CPU this process (gateways, subgraphs, PGlite) used while the load ran, in ms. */
  serverCpuMs: number;
}

const ENTRY = fileURLToPath(new URL("./load-process.ts", import.meta.url));

/**
 * Runs the load from its own process: the gateways, subgraphs and (on PGlite) the database share
 * this process's event loop, and a client parsing answers there would be measured as their cost.
 */
export function runForkedLoad(plan: LoadPlan): Promise<ForkedLoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(ENTRY, { execArgv: ["--import", "tsx"], stdio: "inherit" });
    let result: ForkedLoadResult | undefined;
    let cpu: NodeJS.CpuUsage | undefined;
    // The child reports when its load starts, so its own start-up is not counted.
    child.on("message", (message: "started" | LoadResult) => {
      if (message === "started") cpu = process.cpuUsage();
      else {
        const used = process.cpuUsage(cpu);
        result = { ...message, serverCpuMs: (used.user + used.system) / 1000 };
      }
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      result ? resolve(result) : reject(new Error(`the load process exited with ${code} and no result`)),
    );
    child.send(plan);
  });
}
