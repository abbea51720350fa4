import { post } from "../platform-memory/dashboard-load";
import type { HostileSettings } from "./hostile-settings";
import { startHostileLoad } from "./tenant-load";

/**
 * Tenant A's hostile loop (`startHostileLoad`) in a process of its own, so the load generator
 * does not share the measuring process's event loop. Runs until SIGTERM, then writes one JSON line
 * with what happened to stdout. Argument: `HostileSettings` as JSON.
 */
const settings = JSON.parse(process.argv[2]!) as HostileSettings;
const load = startHostileLoad(
  (query, variables, headers: Record<string, string>) => post(settings.gatewayUrl, query, variables, headers),
  settings.headers,
  settings.query,
  settings.variables,
  settings,
);
process.once("SIGTERM", () => {
  void load.stop().then((report) => {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    process.exit(0);
  });
});
process.stdout.write("started\n");
