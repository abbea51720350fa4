import type { ServiceEntry } from "./build/service-entries";
import { type ManagedProcess, spawnCommand } from "./processes";

/** The preparation's own output has said why; the launcher shows only this message. */
export class PreparationFailed extends Error {
  override name = "PreparationFailed";
}

/**
 * Runs scripts/prepare.ts (migrate, seed on request) in a process of its own and waits for it to
 * end, its output under `[platform]` as if the launcher had done the work. `npm run dev` runs the
 * source under tsx; `npm start` runs the build.
 */
export function prepareInOwnProcess(
  entry: ServiceEntry,
  options: { dev: boolean; running: ManagedProcess[] },
): (seed: boolean) => Promise<void> {
  return async (seed) => {
    const program = options.dev ? ["--import", "tsx", entry.source] : ["--enable-source-maps", entry.built];
    const service = spawnCommand("platform", process.execPath, [...program, ...(seed ? ["--seed"] : [])], {
      env: process.env,
    });
    // Listed while it runs, so stopping the launcher stops it too.
    options.running.push(service);
    try {
      const code = await new Promise<number | null>((resolve, reject) => {
        service.child.once("error", reject);
        // "close" rather than "exit": its last lines of output are shown before the launcher goes on.
        service.child.once("close", (exitCode, signal) => resolve(signal ? null : exitCode));
      });
      if (code !== 0)
        throw new PreparationFailed(`preparing the databases failed (${code === null ? "stopped" : `code ${code}`})`);
    } finally {
      options.running.splice(options.running.indexOf(service), 1);
    }
  };
}
