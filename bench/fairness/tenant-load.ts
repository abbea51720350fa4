import { setTimeout as sleep } from "node:timers/promises";

type Answer = { errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[] };

/** Sends one operation as `person` and resolves with the answer (whatever the platform's shape). */
export type Ask<Person> = (query: string, variables: Record<string, unknown>, person: Person) => Promise<Answer>;

/** The first error of an answer ("CONNECTION_ERROR" when no answer came); undefined for success. */
async function refusalOf(answer: Promise<Answer>): Promise<{ code: string; retryAfterSeconds?: number } | undefined> {
  try {
    const result = await answer;
    const extensions = result.errors?.[0]?.extensions;
    return result.errors
      ? { code: extensions?.code ?? "NO_CODE", retryAfterSeconds: extensions?.retryAfterSeconds }
      : undefined;
  } catch {
    return { code: "CONNECTION_ERROR" };
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
 * Tenant A's hostile loop: `workers` connections each sending `query` back to back until `stop()`
 * or `maxRequests` in all — as often as the limits allow (waiting `retryAfterSeconds` when
 * refused), or with `ignoreRetryAfter` at once again. Loopback only.
 */
export function startHostileLoad<Person>(
  ask: Ask<Person>,
  as: Person,
  query: string,
  variables: Record<string, unknown>,
  options: { workers: number; maxRequests: number; ignoreRetryAfter: boolean },
) {
  const report: LoadReport = { sent: 0, served: 0, refused: {}, servedLatencies: [] };
  let stopped = false;
  const worker = async () => {
    while (!stopped && report.sent < options.maxRequests) {
      report.sent += 1;
      const started = performance.now();
      const refusal = await refusalOf(ask(query, variables, as));
      if (refusal) {
        report.refused[refusal.code] = (report.refused[refusal.code] ?? 0) + 1;
        if (!options.ignoreRetryAfter && refusal.retryAfterSeconds) await sleep(refusal.retryAfterSeconds * 1000);
      } else {
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
export async function measureDashboard<Person>(
  ask: Ask<Person>,
  people: readonly Person[],
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
    const refusal = await refusalOf(ask(query, variables, people[i % people.length]!));
    latencies.push(performance.now() - started);
    if (refusal) errors[refusal.code] = (errors[refusal.code] ?? 0) + 1;
  }
  return { latencies, errors };
}
