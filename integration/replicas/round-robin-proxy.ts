import { type IncomingHttpHeaders, createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as it reached the proxy: enough to send it again byte for byte. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The replica that received it. */
  target: string;
}

export interface RoundRobinProxy {
  url: string;
  targets: string[];
  /** Requests each replica answered, by target. */
  answered: Map<string, number>;
  /** Requests that found a replica closed and went to the next one. */
  skipped: number;
  /** The newest request that carried `recordHeader`, if any. */
  lastRecorded(): RecordedRequest | undefined;
  close(): Promise<void>;
}

/** Headers that belong to one connection, not to the request. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "host"]);

const forwardable = (headers: IncomingHttpHeaders): IncomingHttpHeaders =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));

/**
 * An HTTP load balancer in front of replicas of one service, as a production deployment has:
 * each request goes to the next replica in turn; a replica that refuses the connection (stopped,
 * killed) is skipped for the next one, so the service keeps answering while one replica is down.
 * It remembers the newest request carrying `recordHeader`, to send it again elsewhere.
 */
export async function startRoundRobinProxy(
  targets: string[],
  options: { recordHeader?: string } = {},
): Promise<RoundRobinProxy> {
  let next = 0;
  let recorded: RecordedRequest | undefined;
  const answered = new Map(targets.map((target) => [target, 0]));
  const proxy = { skipped: 0 };

  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const body = Buffer.concat(chunks);
      const first = next++ % targets.length;
      const attempt = (tried: number) => {
        const target = targets[(first + tried) % targets.length]!;
        const upstream = httpRequest(
          new URL(incoming.url ?? "/", target),
          { method: incoming.method, headers: { ...forwardable(incoming.headers), "content-length": body.length } },
          (response) => {
            answered.set(target, (answered.get(target) ?? 0) + 1);
            outgoing.writeHead(response.statusCode ?? 502, forwardable(response.headers));
            response.pipe(outgoing);
          },
        );
        upstream.on("error", (error: NodeJS.ErrnoException) => {
          if (outgoing.headersSent) return outgoing.destroy();
          // Refused: nothing reached the replica, so another one may take the same request.
          if (error.code === "ECONNREFUSED" && tried + 1 < targets.length) {
            proxy.skipped += 1;
            return attempt(tried + 1);
          }
          outgoing.writeHead(502, { "content-type": "text/plain" });
          outgoing.end(`replica ${target} failed: ${error.message}`);
        });
        if (options.recordHeader && incoming.headers[options.recordHeader] !== undefined) {
          recorded = {
            method: incoming.method ?? "GET",
            path: incoming.url ?? "/",
            headers: incoming.headers,
            body,
            target,
          };
        }
        upstream.end(body);
      };
      attempt(0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    targets,
    answered,
    get skipped() {
      return proxy.skipped;
    },
    lastRecorded: () => recorded,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends a recorded request again, unchanged, to `target`: what someone who captured it on the wire could do. */
export async function replay(recorded: RecordedRequest, target: string): Promise<{ status: number; body: string }> {
  const response = await fetch(new URL(recorded.path, target), {
    method: recorded.method,
    headers: Object.fromEntries(
      Object.entries(forwardable(recorded.headers)).flatMap(([name, value]) =>
        value === undefined || name === "content-length"
          ? []
          : [[name, Array.isArray(value) ? value.join(", ") : value]],
      ),
    ),
    body: recorded.method === "GET" || recorded.method === "HEAD" ? undefined : new Uint8Array(recorded.body),
  });
  return { status: response.status, body: await response.text() };
}
