import { Agent, request } from "node:http";

/** One load run: `connections` loops, each sending the same POST back to back until `durationMs` is over. */
export interface LoadPlan {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  durationMs: number;
}

export interface LoadResult {
  seconds: number;
  /** One per successful answer (HTTP 200 without GraphQL errors). */
  latenciesMs: number[];
  /** Failed answers by cause: an HTTP status, a GraphQL error code, or a socket error. */
  errors: Record<string, number>;
}

/** Runs `plan` over keep-alive sockets, one per connection. */
export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: plan.connections });
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  const started = performance.now();
  const ends = started + plan.durationMs;
  const loop = async () => {
    while (performance.now() < ends) {
      const sent = performance.now();
      const failure = await post(agent, plan);
      if (failure) errors[failure] = (errors[failure] ?? 0) + 1;
      else latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: plan.connections }, loop));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { seconds, latenciesMs: latencies, errors };
}

/** Resolves with why the answer failed, or undefined for a 200 without GraphQL errors. */
function post(agent: Agent, plan: LoadPlan): Promise<string | undefined> {
  return new Promise((resolve) => {
    const req = request(
      plan.url,
      {
        method: "POST",
        agent,
        headers: {
          ...plan.headers,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(plan.body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", (error) => resolve(error.message));
        res.on("end", () => resolve(failureOf(res.statusCode ?? 0, Buffer.concat(chunks).toString("utf8"))));
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end(plan.body);
  });
}

function failureOf(status: number, text: string): string | undefined {
  // Parsing every answer (tens of kilobytes) would load this process more than the check is worth.
  if (status === 200 && !text.includes('"errors"')) return undefined;
  try {
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    const code = body.errors?.[0]?.extensions?.code;
    if (code) return code;
  } catch {
    // Not JSON: the status says enough.
  }
  return status === 200 ? "GraphQL error" : `HTTP ${status}`;
}
