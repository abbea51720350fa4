import { createServer as createHttpServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";

export interface TestProxy {
  /** The proxy's /sdk URL. */
  url: string;
  /** The vim25 methods that passed through, in order. */
  methods: string[];
  close(): Promise<void>;
}

export interface TestProxyOptions {
  target: string;
  tls?: { cert: string; key: string };
  /** Holds answers this long: every answer, or only those to `delayMethod`. */
  delayMs?: number;
  delayMethod?: string;
  /** Lets vCenter act on this method, then cuts the connection instead of answering. */
  dropAnswerTo?: string;
}

/**
 * A reverse proxy in front of a vim25 endpoint, for what the endpoint itself cannot show: TLS with
 * a test certificate, answers that arrive late, and answers lost after vCenter acted.
 */
export async function startTestProxy(options: TestProxyOptions): Promise<TestProxy> {
  const target = new URL(options.target);
  const methods: string[] = [];
  const delayFor = (method: string) =>
    options.delayMethod === undefined || options.delayMethod === method ? (options.delayMs ?? 0) : 0;
  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const method = /<soapenv:Body><([A-Za-z_]+)/.exec(body.toString("utf8"))?.[1] ?? "";
    methods.push(method);
    const forward = request(
      { host: target.hostname, port: target.port, path: target.pathname, method: "POST", headers: incoming.headers },
      (answer) => {
        if (method === options.dropAnswerTo) {
          answer.resume();
          answer.on("end", () => outgoing.socket?.destroy());
          return;
        }
        setTimeout(() => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        }, delayFor(method));
      },
    );
    forward.on("error", () => outgoing.destroy());
    forward.end(body);
  };
  const listener = (incoming: IncomingMessage, outgoing: ServerResponse) => void handle(incoming, outgoing);
  const server = options.tls ? createHttpsServer(options.tls, listener) : createHttpServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? "https" : "http"}://127.0.0.1:${port}/sdk`,
    methods,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
