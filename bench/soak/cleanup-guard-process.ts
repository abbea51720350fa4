import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";

/**
 * Runs beside a soak, in a process group of its own (Ctrl+C does not reach it): once the soak's
 * process is gone, however it ended, stops the platform it launched if that still runs and drops
 * its databases. After a clean end there is nothing left to do (`if exists`).
 *
 * argv: <soak pid> <admin URL> <database>…; the platform's launcher pid arrives as an IPC message.
 */
const [watchedPid, adminUrl, ...databases] = process.argv.slice(2);
let launcherPid: number | undefined;
process.on("message", (message: { launcherPid?: number }) => void (launcherPid = message.launcherPid));
// The soak's process ending closes the channel; nothing more will come.
process.on("disconnect", () => {});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

while (alive(Number(watchedPid))) await sleep(500);
if (launcherPid && alive(launcherPid)) {
  process.kill(launcherPid, "SIGTERM");
  for (let waited = 0; waited < 30 && alive(launcherPid); waited += 1) await sleep(1000);
  if (alive(launcherPid)) process.kill(launcherPid, "SIGKILL");
}
const client = new pg.Client({ connectionString: adminUrl });
await client.connect();
try {
  for (const name of databases) await client.query(`drop database if exists ${name} with (force)`);
} finally {
  await client.end();
}
