import { setTimeout as sleep } from "node:timers/promises";
import type { SignedIn, TestPlatform } from "../../integration/platform";

/** The first error's code of an answer, "CONNECTION_ERROR" when no answer came; undefined for success. */
async function codeOf(answer: Promise<{ errors?: { extensions?: { code?: string } }[] }>): Promise<string | undefined> {
  try {
    const result = await answer;
    return result.errors ? (result.errors[0]?.extensions?.code ?? "NO_CODE") : undefined;
  } catch {
    return "CONNECTION_ERROR";
  }
}

export interface LoadReport {
  sent: number;
  served: number;
  /** Answers with errors, by `extensions.code`. */
  refused: Record<string, number>;
  servedLatencies: number[];
}

/**
 * Tenant A's hostile loop: `workers` connections each sending `query` back to back, not waiting
 * for `retryAfterSeconds` when refused, until `stop()` or `maxRequests` in all. Loopback only.
 */
export function startHostileLoad(
  platform: TestPlatform,
  as: SignedIn,
  query: string,
  variables: Record<string, unknown>,
  options: { workers: number; maxRequests: number },
) {
  const report: LoadReport = { sent: 0, served: 0, refused: {}, servedLatencies: [] };
  let stopped = false;
  const worker = async () => {
    while (!stopped && report.sent < options.maxRequests) {
      report.sent += 1;
      const started = performance.now();
      const code = await codeOf(platform.query(query, variables, as));
      if (code) report.refused[code] = (report.refused[code] ?? 0) + 1;
      else {
        report.served += 1;
        report.servedLatencies.push(performance.now() - started);
      }
    }
  };
  const running = Promise.all(Array.from({ length: options.workers }, worker));
  return {
    report,
    stop: async () => {
      stopped = true;
      await running;
      return report;
    },
  };
}

/**
 * Tenant B's people loading their dashboard: `count` loads in a row, one every `intervalMs`,
 * taking turns among `people` (each person's budget allows a load every ~1.5 s): the latency of
 * each in milliseconds, and the answers that came with an error, by code.
 */
export async function measureDashboard(
  platform: TestPlatform,
  people: readonly SignedIn[],
  query: string,
  variables: Record<string, unknown>,
  options: { count: number; intervalMs: number },
): Promise<{ latencies: number[]; errors: Record<string, number> }> {
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  const start = performance.now();
  for (let i = 0; i < options.count; i += 1) {
    const wait = start + i * options.intervalMs - performance.now();
    if (wait > 0) await sleep(wait);
    const started = performance.now();
    const code = await codeOf(platform.query(query, variables, people[i % people.length]));
    latencies.push(performance.now() - started);
    if (code) errors[code] = (errors[code] ?? 0) + 1;
  }
  return { latencies, errors };
}
