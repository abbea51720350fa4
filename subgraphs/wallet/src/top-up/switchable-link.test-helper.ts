import { createServer, request as forward } from "node:http";
import type { AddressInfo } from "node:net";

export interface SwitchableLink {
  /** Use in place of the target's base URL. */
  url: string;
  /** From now on every request fails as a dropped connection would. */
  cut(): void;
  restore(): void;
  /** Requests that reached the target. */
  forwarded: number;
  close(): Promise<void>;
}

/**
 * A real HTTP hop in front of `target` that a test can cut and restore: PayGate going away and
 * coming back, without stopping the simulator (which would forget its transactions).
 */
export async function startSwitchableLink(target: string): Promise<SwitchableLink> {
  const upstream = new URL(target);
  let open = true;
  const server = createServer((incoming, outgoing) => {
    if (!open) {
      incoming.socket.destroy();
      return;
    }
    link.forwarded++;
    const proxied = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: incoming.url,
        method: incoming.method,
        headers: { ...incoming.headers, host: upstream.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    proxied.on("error", () => outgoing.destroy());
    incoming.pipe(proxied);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const link: SwitchableLink = {
    url: `http://127.0.0.1:${port}`,
    cut: () => (open = false),
    restore: () => (open = true),
    forwarded: 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return link;
}
