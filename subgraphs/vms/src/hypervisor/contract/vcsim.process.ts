import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";

/**
 * Where vcsim is: `VCSIM_BIN`, else the newest binary `simulators/vcsim/build.sh` cached under
 * `${XDG_CACHE_HOME:-~/.cache}/dcx-cloud/vcsim-<key>/vcsim`; undefined when neither exists.
 */
export function findVcsimBinary(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.VCSIM_BIN) return existsSync(env.VCSIM_BIN) ? env.VCSIM_BIN : undefined;
  const cache = path.join(env.XDG_CACHE_HOME ?? path.join(homedir(), ".cache"), "dcx-cloud");
  if (!existsSync(cache)) return undefined;
  const binaries = readdirSync(cache)
    .filter((name) => name.startsWith("vcsim-"))
    .map((name) => path.join(cache, name, "vcsim"))
    .filter((file) => existsSync(file))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return binaries[0];
}

export interface VcsimProcess {
  /** The /sdk URL without credentials (vcsim takes any non-empty user and password). */
  url: string;
  close(): Promise<void>;
}

/** Starts vcsim on an ephemeral port and waits for the URL it prints on its first line. */
export async function startVcsim(binary: string, args: string[] = []): Promise<VcsimProcess> {
  const child = spawn(binary, ["-listen", "127.0.0.1:0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  child.stderr.resume();
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("vcsim printed no URL within 30 s")), 30_000);
    child.once("exit", (code) => reject(new Error(`vcsim exited with ${code} before printing its URL`)));
    lines.once("line", (line) => {
      clearTimeout(timer);
      const match = /^VCSIM_URL=(.+)$/.exec(line.trim());
      if (match) resolve(match[1]!);
      else reject(new Error(`vcsim printed "${line}" instead of its URL`));
    });
  });
  const clean = new URL(url);
  clean.username = "";
  clean.password = "";
  return {
    url: clean.toString(),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
