import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";

/** Where VMware's vcsim binary is looked for: `VCSIM_BIN`, else the usual build folder. */
export const VCSIM_BIN = process.env.VCSIM_BIN ?? "/tmp/vcsim-build/vcsim";
export const vcsimAvailable = () => existsSync(VCSIM_BIN);

export interface VcsimProcess {
  /** `http://127.0.0.1:PORT/sdk`, without vcsim's sample credentials. */
  url: string;
  stop: () => Promise<void>;
}

/** Starts vcsim on a free port and waits for the line that announces its SDK address. */
export async function startVcsim(timeoutMs = 30_000): Promise<VcsimProcess> {
  const child: ChildProcess = spawn(VCSIM_BIN, ["-listen", "127.0.0.1:0"], { stdio: ["ignore", "pipe", "pipe"] });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vcsim did not print its URL within ${timeoutMs} ms`)), timeoutMs);
    child.once("exit", (code) => reject(new Error(`vcsim exited with ${String(code)}`)));
    lines.on("line", (line) => {
      const match = /^VCSIM_URL=(\w+):\/\/(?:[^@/]*@)?([^/]+)(\/sdk)/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolve(`${match[1]}://${match[2]}${match[3]}`);
    });
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
