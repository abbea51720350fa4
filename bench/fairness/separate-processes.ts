import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { openDatabase, repoRoot } from "@dcx/kit";
import type { TelemetryDb } from "@dcx/telemetry-billing";
import type { VmsDb } from "@dcx/vms";
import { telemetryTables } from "../../subgraphs/telemetry-billing/src/db/schema";
import { vmsTables } from "../../subgraphs/vms/src/db/schema";
import { BUILD_INPUTS, BUILD_STAMP, bundlePlatform } from "../../scripts/build/bundle";
import { isStale } from "../../scripts/build/staleness";
import { post, type Session, signIn } from "../platform-memory/dashboard-load";
import { launchPlatform } from "../platform-memory/launch-platform";
import { createServerDatabases } from "../soak/server-databases";
import type { HostileSettings } from "./hostile-settings";
import type { LoadReport } from "./tenant-load";

export interface PlatformProcesses {
  gatewayUrl: string;
  /** Direct handles on two of the platform's databases, to give a tenant fixture VMs and samples. */
  dbs: { vms: VmsDb; telemetry: TelemetryDb };
  signIn(email: string, address: string): Promise<Session & { organizationId: string }>;
  /** Stops everything; `keepLog` keeps the platform's output (its path is printed) to look into a failure. */
  stop(options?: { keepLog?: boolean }): Promise<void>;
}

/**
 * The built platform as `npm start` runs it — every subgraph and the gateway in its own process —
 * on fresh databases of the PostgreSQL server, with the inventory sync and the performance
 * collector off (the benchmark's fixture VMs are not in the vCenter simulator, and must not be
 * taken for vanished ones).
 */
export async function startPlatformProcesses(
  adminUrl: string,
  log: (line: string) => void,
): Promise<PlatformProcesses> {
  if (isStale(BUILD_STAMP, BUILD_INPUTS)) {
    log("building dist/");
    await bundlePlatform();
  }
  const databases = await createServerDatabases(adminUrl);
  const dataDir = mkdtempSync(path.join(tmpdir(), "dcx-fairness-"));
  Object.assign(process.env, { VMS_SYNC_INTERVAL_SECONDS: "0", VMS_PERF_INTERVAL_SECONDS: "0", LOG_LEVEL: "warn" });
  const platform = await launchPlatform(dataDir, log, { databaseUrls: databases.urls }).catch(async (error) => {
    await databases.drop();
    throw error;
  });
  const vms = await openDatabase({ schema: vmsTables, migrationsFolder: "", url: databases.urls.VMS });
  const telemetry = await openDatabase({
    schema: telemetryTables,
    migrationsFolder: "",
    url: databases.urls.TELEMETRY_BILLING,
  });
  const outboxDir = path.join(dataDir, "outbox");
  return {
    gatewayUrl: platform.gatewayUrl,
    dbs: { vms: vms.db as unknown as VmsDb, telemetry: telemetry.db as unknown as TelemetryDb },
    signIn: async (email, address) => {
      const session = await signIn(platform.gatewayUrl, outboxDir, email, address);
      const me = await post<{ me: { organization: { id: string } } }>(
        platform.gatewayUrl,
        "{ me { organization { id } } }",
        {},
        session.headers,
      );
      return { ...session, organizationId: me.data!.me.organization.id };
    },
    stop: async ({ keepLog = false } = {}) => {
      await vms.close();
      await telemetry.close();
      await platform.stop();
      await databases.drop();
      if (keepLog) log(`the platform's output is in ${platform.logFile}`);
      else rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Tenant A's loop in a child process (see hostile-process.ts); `stop` ends it and reads its report. */
export async function startHostileProcess(settings: HostileSettings): Promise<{ stop(): Promise<LoadReport> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", path.join(repoRoot, "bench", "fairness", "hostile-process.ts"), JSON.stringify(settings)],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const lines = createInterface({ input: child.stdout! });
  const received: string[] = [];
  const started = new Promise<void>((resolve) =>
    lines.on("line", (line) => {
      if (line === "started") resolve();
      else received.push(line);
    }),
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await started;
  return {
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
      return JSON.parse(received.at(-1)!) as LoadReport;
    },
  };
}
