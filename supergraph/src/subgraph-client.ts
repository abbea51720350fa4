import type { IncomingHttpHeaders } from "node:http";
import { Agent, type Dispatcher } from "undici";

/**
 * How long the gateway keeps an idle connection to a subgraph. Subgraph servers keep theirs
 * longer (`SERVER_KEEP_ALIVE_MS` in the kit, 75 s): the gateway always lets go first, so it never
 * sends a plan step on a socket the subgraph is closing. The margin (45 s) outlasts any stall of
 * a busy gateway's event loop, which is when a small margin (Node's 5 s against undici's 4 s)
 * turned into "socket hang up".
 */
export const SUBGRAPH_IDLE_MS = 30_000;

/**
 * A subgraph announcing a shorter idle time (`Keep-Alive: timeout=…`, e.g. behind a proxy) is
 * let go this much earlier than it says.
 */
export const SUBGRAPH_IDLE_MARGIN_MS = 2_000;

/**
 * Connections per subgraph, and so plan steps in flight to it at once; later steps wait in the
 * data source, not yet signed. More would only queue inside the subgraph (its database pool holds
 * 10) and, when it is slow to read them, age their gateway tokens past their 10 s: with 50
 * dashboards at once on one busy machine, tokens expired in transit with 32, not with 16.
 */
export const CONNECTIONS_PER_SUBGRAPH = 16;

/**
 * One pool of kept-alive connections per subgraph origin, one request at a time on each
 * (pipelining 1: a reset then loses one plan step, not the ones queued behind it).
 */
const subgraphAgent = new Agent({
  keepAliveTimeout: SUBGRAPH_IDLE_MS,
  keepAliveMaxTimeout: SUBGRAPH_IDLE_MS,
  keepAliveTimeoutThreshold: SUBGRAPH_IDLE_MARGIN_MS,
  connections: CONNECTIONS_PER_SUBGRAPH,
  pipelining: 1,
});

export interface SubgraphRequest {
  method?: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  signal?: AbortSignal;
}

/** A subgraph's answer: its status and headers have come, its body is read with `text()`. */
export interface SubgraphAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text(): Promise<string>;
}

const targets = new Map<string, { origin: string; path: string }>();

/** A subgraph's URL split once: the gateway sends to the same few URLs all day. */
function targetOf(url: string): { origin: string; path: string } {
  let target = targets.get(url);
  if (!target) {
    const parsed = new URL(url);
    target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
    targets.set(url, target);
  }
  return target;
}

/**
 * Sends one HTTP request to a subgraph over the gateway's pool; resolves once the answer's
 * headers have come.
 *
 * undici's `request`, not `fetch`: a plan step needs neither WHATWG streams nor a `Response`, and
 * building them cost more of the gateway's CPU than the step's own JSON. A connection that fails
 * throws undici's error itself (`UND_ERR_SOCKET`, `ECONNREFUSED`, …), which the retry reads.
 */
export async function sendToSubgraph(url: string, init: SubgraphRequest): Promise<SubgraphAnswer> {
  const { origin, path } = targetOf(url);
  const answer = await subgraphAgent.request({
    origin,
    path,
    method: (init.method ?? "GET") as Dispatcher.HttpMethod,
    headers: init.headers,
    body: init.body,
    signal: init.signal,
  });
  return { status: answer.statusCode, headers: answer.headers, text: () => answer.body.text() };
}
