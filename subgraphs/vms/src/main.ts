import { createObservability, lineLogger, loadSubgraphConfig, parseEnv, runSubgraph } from "@dcx/kit";
import { z } from "zod";
import { loadHypervisorConfig, VSphereClient } from "./hypervisor";
import { createVmsSubgraph } from "./index";
import { loadMoneyGateFromEnv } from "./money/money-gate.config";
import { observeOperationQueue } from "./operation/runner/operation-queue.metrics";
import { collectorLagGauge } from "./telemetry/collector-lag.metrics";
import { loadRunnerOptions, type OperationRunner, startOperationRunner } from "./operation/runner";
import { loadSuspensionSweepConfig, startSuspensionSweep } from "./suspension";
import { describeSync, startInventorySync } from "./sync";
import { loadCollectorConfig, loadTelemetrySink, startPerformanceCollector } from "./telemetry";
import { loadUsageRelayConfig, loadUsageSink, startUsageRelay, usageOutboxGauge } from "./usage";
import { UNCONFIGURED_VMS_DEPS, type VmsDeps } from "./vms.deps";

const observability = createObservability("vms", { processMetrics: true });
const log = lineLogger(observability.logger);
// Every setting is read (and every problem listed) before anything starts.
const config = loadSubgraphConfig("vms", 4004);
const hypervisorOptions = loadHypervisorConfig();
const runnerOptions = loadRunnerOptions();
const collectorConfig = loadCollectorConfig();
const usageRelayConfig = loadUsageRelayConfig();
const suspensionSweepConfig = loadSuspensionSweepConfig();
const { VMS_SYNC_INTERVAL_SECONDS: syncSeconds } = parseEnv({
  VMS_SYNC_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
});

const hypervisor = hypervisorOptions ? new VSphereClient(hypervisorOptions) : null;
// Read on every request: the money gate and the queue are filled in once the database is open,
// before the first request is served (a createVm must never find the runner missing).
const deps: VmsDeps = { ...UNCONFIGURED_VMS_DEPS, hypervisor, log };
let runner: OperationRunner | null = null;
const running = await runSubgraph(
  createVmsSubgraph(() => deps),
  config,
  {
    observability,
    beforeServe: async (database) => {
      deps.moneyGate = loadMoneyGateFromEnv(process.env, database.db);
      runner = hypervisor ? await startOperationRunner(database, { ...deps, hypervisor }, runnerOptions) : null;
      deps.queue = runner?.queue ?? null;
      if (runner) observeOperationQueue(observability.metrics, database);
    },
  },
);
const { database } = running;
const sync =
  hypervisor && syncSeconds > 0
    ? startInventorySync(database.db, hypervisor, { intervalSeconds: syncSeconds, clock: deps.clock, log })
    : null;
const firstSync = sync?.runNow().then(
  (report) => log(describeSync(report)),
  (error: unknown) => log(`inventory sync failed: ${(error as Error).message}`),
);

// Suspended organisations' VMs that are on again (powered on in vCenter, found by the sync) are
// powered off; suspending sweeps its own organisation at once. Needs the runner to power off.
const suspensionSweep =
  deps.queue && suspensionSweepConfig.intervalSeconds > 0
    ? startSuspensionSweep({ db: database.db, queue: deps.queue, clock: deps.clock, log }, suspensionSweepConfig)
    : null;

// Performance, after the runner (started before serving) and the first sync (so the first cycle
// sees the VMs it found). Every replica schedules it; one cycle at a time runs.
const telemetrySink = hypervisor && collectorConfig.intervalSeconds > 0 ? loadTelemetrySink(collectorConfig) : null;
const collector =
  hypervisor && telemetrySink
    ? startPerformanceCollector(
        { database, hypervisor, sink: telemetrySink, clock: deps.clock, log },
        { ...collectorConfig, after: firstSync, onReport: collectorLagGauge(observability.metrics) },
      )
    : null;

// Billable changes, with or without vCenter: VMs seeded or changed by any path land in the outbox.
const usageSink = usageRelayConfig.intervalSeconds > 0 ? loadUsageSink(collectorConfig) : null;
const usageRelay = usageSink
  ? startUsageRelay(
      { database, sink: usageSink, clock: deps.clock, log },
      { ...usageRelayConfig, onReport: usageOutboxGauge(observability.metrics) },
    )
  : null;

log(`vms subgraph ready at ${running.server.graphqlUrl} (${database.driver})`);
if (!hypervisor) log("VCENTER_URL is not set: VM operations are refused and nothing is synced");
if (!deps.moneyGate) log("VMS_WALLET_URL and VMS_CATALOG_URL are not set: operations that cost money are refused");
if (deps.queue && !suspensionSweep) {
  log("VMS_SUSPENSION_SWEEP_SECONDS is 0: VMs of suspended organisations are powered off only when suspended");
}
if (hypervisor && !collector) {
  log(
    collectorConfig.telemetryUrl
      ? "VMS_PERF_INTERVAL_SECONDS is 0: VM performance is not collected"
      : "VMS_TELEMETRY_URL is not set: VM performance is not collected",
  );
}
if (!usageRelay) {
  log(
    collectorConfig.telemetryUrl
      ? "VMS_USAGE_RELAY_INTERVAL_SECONDS is 0: billable VM changes wait in the outbox"
      : "VMS_TELEMETRY_URL is not set: billable VM changes wait in the outbox",
  );
}

let stopping: Promise<void> | undefined;
const shutDown = () => {
  // Jobs in flight finish (or are handed back to the queue) before the database closes.
  stopping ??= (async () => {
    sync?.stop();
    await suspensionSweep?.stop();
    await collector?.stop();
    await usageRelay?.stop();
    await runner?.stop({ timeoutMs: 20_000 });
    await running.close();
    await hypervisor?.close().catch(() => undefined);
  })().then(
    () => process.exit(0),
    (error: unknown) => {
      observability.logger.error({ event: "stop failed", reason: String(error) }, "vms subgraph did not stop cleanly");
      process.exit(1);
    },
  );
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, shutDown);
