import { type Database, type Clock } from "@dcx/kit";
import type { vmsTables } from "../db/schema";
import type { Hypervisor } from "../hypervisor";
import { type CollectionBatch, INTERVAL_SECONDS, planBatches, windowsBetween } from "./collection-plan";
import { emptyReport, type PerformanceCollectionReport } from "./collection-report";
import { collectorLock, type CycleLock } from "./collector-lock";
import { CHUNK_LIMITS, chunkDelivery, type ChunkLimits, type VmShare } from "./delivery-chunks";
import { advanceCursors, type CollectableVm, readCollectableVms } from "./perf-cursor.store";
import { PERF_COUNTERS, type PolledVm, toGuestDiskSamples, toSamples } from "./perf-sample";
import type { PerformanceSink } from "./performance-sink";

export interface CollectorDeps {
  database: Pick<Database<typeof vmsTables>, "backgroundDb" | "driver">;
  hypervisor: Pick<Hypervisor, "queryPerformance" | "readGuestDisks">;
  sink: PerformanceSink;
  clock: Clock;
  log: (line: string) => void;
}

export interface CollectorOptions {
  batchSize: number;
  backfillDays: number;
  chunkLimits?: ChunkLimits;
}

export interface PerformanceCollector {
  /** One cycle; `skipped` when one is already running (here or in another replica). */
  collect(signal?: AbortSignal): Promise<PerformanceCollectionReport>;
}

const FIVE_MINUTES_MS = INTERVAL_SECONDS * 1000;

/**
 * Collects the performance of every powered-on VM from vCenter and delivers it to
 * telemetry-billing, batch by batch; each batch's cursors move only once every call carrying
 * it was acknowledged, so a failure loses nothing and the next cycle sends it again.
 */
export function createPerformanceCollector(deps: CollectorDeps, options: CollectorOptions): PerformanceCollector {
  const lock: CycleLock = collectorLock(deps.database);
  return {
    async collect(signal) {
      const started = performance.now();
      const outcome = await lock(() => runCycle(deps, options, signal));
      const report = outcome.ran ? outcome.result : { ...emptyReport(), outcome: "skipped" as const };
      return { ...report, ms: Math.round(performance.now() - started) };
    },
  };
}

async function runCycle(
  deps: CollectorDeps,
  options: CollectorOptions,
  signal: AbortSignal | undefined,
): Promise<PerformanceCollectionReport> {
  const db = deps.database.backgroundDb;
  const now = deps.clock();
  const report = emptyReport();
  const polledAt = now.toISOString();
  const polled = (vm: CollectableVm): PolledVm => ({
    vmId: vm.id,
    organizationId: vm.organizationId,
    name: vm.name,
    poweredOn: vm.poweredOn,
    polledAt,
  });

  const deliver = async (shares: VmShare[]) => {
    for (const call of chunkDelivery(shares, options.chunkLimits ?? CHUNK_LIMITS)) {
      const receipt = await deps.sink.record(call);
      report.deliveries += 1;
      report.samplesSent += call.samples.length;
      report.guestDisksSent += call.guestDisks.length;
      report.samplesWritten += receipt.samplesWritten;
      report.samplesAlreadyStored += receipt.samplesAlreadyStored;
      for (const sample of call.samples) {
        const at = new Date(sample.sampledAt);
        if (!report.newestSampleAt || at > report.newestSampleAt) report.newestSampleAt = at;
      }
    }
  };

  /** One batch over its windows (a back-fill has several); the last window reaches now. */
  const collectBatch = async (batch: CollectionBatch, pending: VmShare[]) => {
    const uuids = batch.vms.map((vm) => vm.instanceUuid);
    for (const window of windowsBetween(batch.from, now)) {
      const reachesNow = window.end.getTime() === now.getTime();
      const answers = await deps.hypervisor.queryPerformance({
        instanceUuids: uuids,
        counters: PERF_COUNTERS,
        intervalSeconds: INTERVAL_SECONDS,
        start: window.start,
        end: window.end,
        maxSamples: Math.ceil((window.end.getTime() - window.start.getTime()) / FIVE_MINUTES_MS) + 1,
      });
      report.perfCalls += 1;
      const perfOf = new Map(answers.map((answer) => [answer.instanceUuid, answer]));
      // Disk use is a reading of now, not a series: read once, with the window that reaches now.
      const guestOf = new Map(
        (reachesNow ? await deps.hypervisor.readGuestDisks(uuids) : []).map((guest) => [guest.instanceUuid, guest]),
      );
      const diskInstant = new Date(Math.floor(now.getTime() / FIVE_MINUTES_MS) * FIVE_MINUTES_MS);
      const shares: VmShare[] = batch.vms.map((vm) => {
        const perf = perfOf.get(vm.instanceUuid);
        const guest = guestOf.get(vm.instanceUuid);
        return {
          polled: reachesNow ? polled(vm) : undefined,
          samples: perf ? toSamples(vm, perf) : [],
          guestDisks: guest ? toGuestDiskSamples(vm, guest, diskInstant) : [],
        };
      });
      await deliver(reachesNow ? [...pending.splice(0), ...shares] : shares);
      await advanceCursors(
        db,
        batch.vms.map((vm) => vm.id),
        window.end,
      );
    }
  };

  try {
    const vms = await readCollectableVms(db);
    const on = vms.filter((vm) => vm.poweredOn);
    report.polled = vms.length;
    report.poweredOn = on.length;
    // VMs not running are listed with the first delivery that reaches now (or alone): never asked about.
    const pending: VmShare[] = vms
      .filter((vm) => !vm.poweredOn)
      .map((vm) => ({ polled: polled(vm), samples: [], guestDisks: [] }));
    const batches = planBatches(on, now, options);
    report.batches = batches.length;
    for (const batch of batches) {
      if (signal?.aborted) {
        report.outcome = "stopped";
        break;
      }
      const before = report.samplesSent;
      const written = report.samplesWritten;
      await collectBatch(batch, pending);
      report.batchesDone += 1;
      if (now.getTime() - batch.from.getTime() > 86_400_000) {
        deps.log(
          `performance back-fill: batch ${report.batchesDone} of ${batches.length} (${batch.vms.length} VMs from ` +
            `${batch.from.toISOString()}): ${report.samplesSent - before} samples sent (${report.samplesWritten - written} new)`,
        );
      }
    }
    if (pending.length > 0 && report.outcome !== "stopped") await deliver(pending);
  } catch (error) {
    report.outcome = "failed";
    report.error = (error as Error).message;
  }
  if (report.newestSampleAt) {
    report.lagSeconds = Math.round((now.getTime() - report.newestSampleAt.getTime()) / 1000);
  }
  return report;
}
