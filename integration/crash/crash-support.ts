import { createServer } from "node:net";
import pg from "pg";

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

/** One statement on the PostgreSQL server (create or drop a test database). */
export async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
