import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BUILD_INPUTS, BUILD_STAMP, bundlePlatform } from "../scripts/build/bundle";
import { isStale } from "../scripts/build/staleness";
import { runDashboardLoad } from "./platform-memory/dashboard-load";
import { launchPlatform } from "./platform-memory/launch-platform";
import { type ProcessMemory, treeMemory } from "./platform-memory/process-tree";

/**
 * `npm run bench:memory [-- <minutes>] [--clients <n>] [--data-dir <dir>]`: the memory `npm start`
 * needs. Starts the built platform (embedded PGlite databases) on a fresh data directory (or
 * `--data-dir`, kept, to measure a second start), prints each process's resident memory once it
 * is ready, then has `n` people of a demo customer (default 3) load the dashboard in a loop for
 * `minutes` (default 10) and prints the memory again. Goal: at most 1.5 GiB in all, at most
 * 250 MiB per subgraph, both at ready and after the load.
 */
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args.splice(at, 2)[1];
};
const clients = Number(option("--clients") ?? 3);
const givenDataDir = option("--data-dir");
const minutes = Number(args[0] ?? 10);
const PEOPLE = ["it@adcock.co.za", "finance@adcock.co.za", "auditor@adcock.co.za"];
const SUBGRAPHS = ["tenancy", "wallet", "catalog", "vms", "telemetry-billing"];
const GOAL_TOTAL_MIB = 1536;
const GOAL_SUBGRAPH_MIB = 250;

const step = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
const mib = (kib: number) => kib / 1024;

/** One row per process kind (a kind's helper processes, such as esbuild under Vite, added to it). */
function byLabel(rows: ProcessMemory[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.label, (totals.get(row.label) ?? 0) + row.rssKib);
  return totals;
}

function printTable(title: string, now: Map<string, number>, before?: Map<string, number>) {
  const labels = [...new Set([...(before?.keys() ?? []), ...now.keys()])];
  const sum = (map: Map<string, number> | undefined) => [...(map?.values() ?? [])].reduce((a, b) => a + b, 0);
  const line = (label: string, kib: number, earlier: number | undefined) =>
    `  ${label.padEnd(22)} ${mib(kib).toFixed(0).padStart(6)} MiB` +
    (earlier === undefined ? "" : `   ${(mib(kib - earlier) >= 0 ? "+" : "") + mib(kib - earlier).toFixed(0)} MiB`);
  console.log(`\n${title}${before ? "                (growth)" : ""}`);
  for (const label of labels)
    console.log(line(label, now.get(label) ?? 0, before ? (before.get(label) ?? 0) : undefined));
  console.log(line("total", sum(now), before ? sum(before) : undefined));
  const total = mib(sum(now));
  const largest = Math.max(...SUBGRAPHS.map((name) => mib(now.get(name) ?? 0)));
  console.log(
    `  goal: total ≤ ${GOAL_TOTAL_MIB} MiB ${total <= GOAL_TOTAL_MIB ? "met" : "MISSED"}, ` +
      `each subgraph ≤ ${GOAL_SUBGRAPH_MIB} MiB ${largest <= GOAL_SUBGRAPH_MIB ? "met" : "MISSED"} (largest ${largest.toFixed(0)} MiB)\n`,
  );
}

if (isStale(BUILD_STAMP, BUILD_INPUTS)) {
  step("building dist/");
  await bundlePlatform();
}
const dataDir = givenDataDir ?? mkdtempSync(path.join(tmpdir(), "dcx-memory-"));
mkdirSync(dataDir, { recursive: true });
step(`starting the platform on ${dataDir}`);
const platform = await launchPlatform(dataDir, step);
try {
  const launcherPid = platform.launcher.pid!;
  const atReady = byLabel(treeMemory(launcherPid, "launcher"));
  printTable("Resident memory at ready", atReady);

  step(`${Math.min(clients, PEOPLE.length)} people load the Adcock dashboard for ${minutes} min`);
  const report = await runDashboardLoad({
    gatewayUrl: platform.gatewayUrl,
    outboxDir: path.join(dataDir, "outbox"),
    people: PEOPLE.slice(0, clients),
    durationMs: minutes * 60_000,
  });
  const sorted = [...report.latenciesMs].sort((a, b) => a - b);
  const percentile = (p: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0).toFixed(0);
  step(
    `${report.loads} dashboard loads (median ${percentile(0.5)} ms, p95 ${percentile(0.95)} ms), ` +
      `${report.rateLimited} rate-limited, ${report.failed} failed` +
      (report.firstFailure ? ` (first: ${report.firstFailure})` : ""),
  );
  printTable("Resident memory after the load", byLabel(treeMemory(launcherPid, "launcher")), atReady);
} finally {
  step("stopping the platform");
  await platform.stop();
  if (!givenDataDir) rmSync(dataDir, { recursive: true, force: true });
}
