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
    const server = createServer({ maxHeaderSize: options.maxHeaderSize }, app).listen(port, host);
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
