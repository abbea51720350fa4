import type { FanOut } from "./fan-out";
import type { ForkedLoadResult } from "./forked-load";

/** One measured run of one gateway, with what the subgraphs were asked meanwhile. */
export type LoadRun = ForkedLoadResult & FanOut;

interface Summary {
  /** Successful answers: their rate and latency quantiles. */
  answers: number;
  answersPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: Record<string, number>;
  /** Per request, failed ones included: CPU of the process serving gateways and subgraphs, and what the subgraphs were asked. */
  serverCpuMs: number;
  subgraphRequests: number;
  databaseQueries: number;
}

/** All rounds of one gateway as one run. */
export function summarize(runs: LoadRun[]): Summary {
  const latencies = runs.flatMap((run) => run.latenciesMs).sort((a, b) => a - b);
  const errors: Record<string, number> = {};
  for (const run of runs) {
    for (const [cause, count] of Object.entries(run.errors)) errors[cause] = (errors[cause] ?? 0) + count;
  }
  const requests = latencies.length + Object.values(errors).reduce((sum, count) => sum + count, 0);
  const at = (quantile: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))] ?? Number.NaN;
  return {
    answers: latencies.length,
    answersPerSecond: latencies.length / total(runs, "seconds"),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    errors,
    serverCpuMs: total(runs, "serverCpuMs") / requests,
    subgraphRequests: total(runs, "subgraphRequests") / requests,
    databaseQueries: total(runs, "databaseQueries") / requests,
  };
}

const total = (runs: LoadRun[], figure: "seconds" | "serverCpuMs" | "subgraphRequests" | "databaseQueries") =>
  runs.reduce((sum, run) => sum + run[figure], 0);

export function printComparison(label: string, results: { ours?: LoadRun[]; hive?: LoadRun[] }): void {
  console.log(`\n${label}`);
  const ours = results.ours && summarize(results.ours);
  const hive = results.hive && summarize(results.hive);
  if (ours) console.log(row("ours", ours));
  if (hive) console.log(row("Hive", hive));
  if (ours && hive) {
    console.log(
      `  ours ÷ Hive: throughput ${ratio(ours.answersPerSecond, hive.answersPerSecond)}, ` +
        `p50 ${ratio(ours.p50Ms, hive.p50Ms)}, p99 ${ratio(ours.p99Ms, hive.p99Ms)}, ` +
        `CPU per request ${ratio(ours.serverCpuMs, hive.serverCpuMs)}`,
    );
  }
  console.log("");
}

const ratio = (a: number, b: number) => (a / b).toFixed(2);

const row = (name: string, s: Summary) =>
  `  ${name.padEnd(5)} ${s.answersPerSecond.toFixed(1).padStart(7)} answers/s   p50 ${s.p50Ms.toFixed(0).padStart(5)} ms   ` +
  `p99 ${s.p99Ms.toFixed(0).padStart(5)} ms   ${String(s.answers).padStart(6)} answers   errors ${describe(s.errors)}   ` +
  `per request: ${s.serverCpuMs.toFixed(1)} ms CPU, ${s.subgraphRequests.toFixed(1)} subgraph requests, ` +
  `${s.databaseQueries.toFixed(1)} database queries`;

const describe = (errors: Record<string, number>) =>
  Object.keys(errors).length === 0
    ? "0"
    : Object.entries(errors)
        .map(([cause, count]) => `${count} ${cause}`)
        .join(", ");
