import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { repoRoot } from "@dcx/kit";

const GUARD_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), "cleanup-guard-process.ts");

export interface CleanupGuard {
  /** Has the guard stop this launcher too should the soak's process end without stopping it. */
  watchLauncher(pid: number): void;
}

/**
 * Starts `cleanup-guard-process.ts` detached, so that the databases are dropped even when this
 * process is killed outright (tsx ends a child that does not confirm a signal within 30 ms with
 * SIGKILL, which a busy machine easily provokes). It does not keep this process alive.
 */
export function startCleanupGuard(adminUrl: string, databases: string[]): CleanupGuard {
  const guard = spawn(
    process.execPath,
    ["--import", "tsx", GUARD_SCRIPT, String(process.pid), adminUrl, ...databases],
    { cwd: repoRoot, detached: true, stdio: ["ignore", "ignore", "ignore", "ipc"] },
  );
  guard.unref();
  guard.channel?.unref();
  return { watchLauncher: (pid) => void guard.send({ launcherPid: pid }) };
}
