import { createServer } from "node:net";

/** What the crash suites share: random moments, a free port for the process they kill, admin SQL. */
export const rand = (from: number, to: number) => from + Math.floor(Math.random() * (to - from + 1));

/** A port nothing listens on right now, for a child process that must keep one port across restarts. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export { adminQuery } from "@dcx/kit/testing";
