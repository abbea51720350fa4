/**
 * Tenant A's hostile loop in a process of its own (so the load generator does not share the
 * measuring process's event loop): `workers` connections send the query back to back until
 * SIGTERM — as often as the limits allow (waiting `retryAfterSeconds` when refused), or with
 * `ignoreRetryAfter` at once again — then one JSON line with what happened goes to stdout.
 * Argument: a JSON object { gatewayUrl, headers, query, variables, workers, maxRequests, ignoreRetryAfter }.
 */
interface Settings {
  gatewayUrl: string;
  headers: Record<string, string>;
  query: string;
  variables: Record<string, unknown>;
  workers: number;
  maxRequests: number;
  ignoreRetryAfter: boolean;
}

const settings = JSON.parse(process.argv[2]!) as Settings;
const report = { sent: 0, served: 0, refused: {} as Record<string, number>, servedLatencies: [] as number[] };
let stopped = false;

async function send(): Promise<{ code: string; retryAfterSeconds?: number } | undefined> {
  try {
    const response = await fetch(`${settings.gatewayUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...settings.headers },
      body: JSON.stringify({ query: settings.query, variables: settings.variables }),
    });
    const body = (await response.json()) as {
      errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[];
    };
    const extensions = body.errors?.[0]?.extensions;
    return body.errors
      ? { code: extensions?.code ?? "NO_CODE", retryAfterSeconds: extensions?.retryAfterSeconds }
      : undefined;
  } catch {
    return { code: "CONNECTION_ERROR" };
  }
}

async function worker() {
  while (!stopped && report.sent < settings.maxRequests) {
    report.sent += 1;
    const started = performance.now();
    const refusal = await send();
    if (refusal) {
      report.refused[refusal.code] = (report.refused[refusal.code] ?? 0) + 1;
      if (!settings.ignoreRetryAfter && refusal.retryAfterSeconds) {
        await new Promise((resolve) => setTimeout(resolve, refusal.retryAfterSeconds! * 1000));
      }
    } else {
      report.served += 1;
      report.servedLatencies.push(performance.now() - started);
    }
  }
}

const running = Promise.all(Array.from({ length: settings.workers }, worker));
process.once("SIGTERM", () => {
  stopped = true;
  void running.then(() => {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    process.exit(0);
  });
});
process.stdout.write("started\n");
