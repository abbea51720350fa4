import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Express } from "express";

export interface RunningHttpServer {
  server: Server;
  /** Base URL, e.g. http://127.0.0.1:4001 */
  url: string;
  close(): Promise<void>;
}

/**
 * How long the platform's servers keep an idle keep-alive socket open (Node's default is 5 s).
 * Their clients must let go first: a request sent on a socket the server is closing at that very
 * moment is lost as "socket hang up". The gateway keeps idle connections to subgraphs 30 s, well
 * inside this even when its event loop stalls; clients that follow the `Keep-Alive: timeout=75`
 * header Node sends (undici's fetch) let go a moment earlier than it says.
 */
export const SERVER_KEEP_ALIVE_MS = 75_000;

/**
 * Starts an Express app and resolves once it accepts connections (port 0 picks a free port).
 * `maxHeaderSize` raises Node's 16 KiB header limit where a trusted peer sends large headers.
 */
export function listen(
  app: Express,
  port: number,
  host: string,
  options: { maxHeaderSize?: number } = {},
): Promise<RunningHttpServer> {
  return new Promise((resolve, reject) => {
    const server = createServer({ maxHeaderSize: options.maxHeaderSize }, app);
    server.keepAliveTimeout = SERVER_KEEP_ALIVE_MS;
    // Above the keep-alive time, so that a socket's wait for its next request ends as idle
    // (a clean close) and not as a headers timeout.
    server.headersTimeout = server.keepAliveTimeout + 1_000;
    server.listen(port, host);
    server.once("error", reject);
    server.once("listening", () => {
      const address = server.address() as AddressInfo;
      let closing: Promise<void> | undefined;
      resolve({
        server,
        url: `http://${host}:${address.port}`,
        // Idempotent: a test may stop a server on purpose and its clean-up stops it again.
        close: () =>
          (closing ??= new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          })),
      });
    });
  });
}
