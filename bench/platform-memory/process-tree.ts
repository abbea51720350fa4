import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface ProcessMemory {
  pid: number;
  /** What the process is to the platform: launcher, a subgraph's name, gateway, … */
  label: string;
  rssKib: number;
}

const readProc = (pid: number, file: string) => {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return null; // exited meanwhile
  }
};

/** The parent of each live process, from /proc/<pid>/stat (the command may hold spaces and parentheses). */
function parents(): Map<number, number> {
  const found = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = readProc(pid, "stat");
    if (!stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    found.set(pid, ppid);
  }
  return found;
}

/** The process and everything it started, directly or not. */
export function descendantsOf(root: number): number[] {
  const parentOf = parents();
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) {
    for (const [pid, ppid] of parentOf) if (ppid === tree[i]) tree.push(pid);
  }
  return tree.filter((pid) => parentOf.has(pid));
}

/** Names a process of `npm start` by the program it runs, built (dist/) or from source (`--dev`). */
export function labelOf(argv: string[]): string {
  const command = argv.join(" ");
  const subgraph = /subgraphs\/([\w-]+)(?:\.js|\/src\/main\.ts)/.exec(command)?.[1];
  if (subgraph) return subgraph;
  const simulator = /simulators\/([\w-]+)(?:\.js|\/src\/main\.ts)/.exec(command)?.[1];
  if (simulator) return `${simulator} simulator`;
  if (/scripts\/simulators(?:\.js|\.ts)/.test(command)) return "simulators";
  if (/supergraph\/gateway\.js|supergraph\/src\/main\.ts/.test(command)) return "gateway";
  if (/\bvite\b/.test(command)) return "dashboard server";
  return path.basename(argv[0] ?? "?");
}

/** Resident memory (VmRSS) of the process tree under `root`, the root labelled `rootLabel`. */
export function treeMemory(root: number, rootLabel: string): ProcessMemory[] {
  const rows: ProcessMemory[] = [];
  for (const pid of descendantsOf(root)) {
    const status = readProc(pid, "status");
    const cmdline = readProc(pid, "cmdline");
    if (!status || cmdline === null) continue;
    const rssKib = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? 0);
    const label = pid === root ? rootLabel : labelOf(cmdline.split("\0").filter(Boolean));
    rows.push({ pid, label, rssKib });
  }
  return rows;
}
