import type { Clock, Database } from "@dcx/kit";
import type { vmsTables } from "../db/schema";
import { cycleLock } from "../telemetry/collector-lock";
import type { VmsDb } from "../vm/vm.store";
import {
  countUndelivered,
  markDelivered,
  type PendingUsageChange,
  purgeDelivered,
  readUndelivered,
} from "./usage-outbox.store";
import type { UsageSink, VmUsageChangeInput } from "./usage-sink";

export interface UsageRelayDeps {
  database: Pick<Database<typeof vmsTables>, "backgroundDb" | "driver">;
  sink: UsageSink;
  clock: Clock;
  log: (line: string) => void;
}

export interface UsageRelayOptions {
  /** Rows read and sent per call, at most. */
  batchSize?: number;
  /** A call is also cut before its JSON passes this many characters (subgraphs read up to 1 MiB). */
  maxCallChars?: number;
  /** Delivered rows older than this are deleted (each VM's newest kept). */
  retentionDays?: number;
  /** The purge runs at most this often per process (it scans the table). */
  purgeEveryMs?: number;
}

export const USAGE_RELAY_DEFAULTS = {
  batchSize: 500,
  maxCallChars: 800_000,
  retentionDays: 30,
  purgeEveryMs: 3_600_000,
} as const;

export interface UsageRelayReport {
  /** `skipped`: another round held the lock; `stopped`: shutdown between calls. */
  outcome: "relayed" | "skipped" | "stopped" | "failed";
  /** Rows acknowledged and marked delivered by this round. */
  delivered: number;
  stored: number;
  alreadyStored: number;
  calls: number;
  purged: number;
  /** Rows still waiting after the round; null when it could not be counted. */
  pending: number | null;
  error?: string;
  ms: number;
}

export interface UsageRelay {
  relay(signal?: AbortSignal): Promise<UsageRelayReport>;
}

/** An outbox row as the receiver's input: the snapshot's keys, named one by one so nothing else travels. */
export function toUsageChangeInput(row: PendingUsageChange): VmUsageChangeInput {
  const { snapshot } = row;
  return {
    changeId: `vms:${row.id}`,
    vmId: row.vmId,
    organizationId: row.organizationId,
    occurredAt: row.occurredAt.toISOString(),
    exists: snapshot.exists,
    poweredOn: snapshot.poweredOn,
    vcpuCount: snapshot.vcpuCount,
    memoryMib: snapshot.memoryMib,
    disks: snapshot.disks.map((disk) => ({ diskId: disk.diskId, tier: disk.tier, capacityGb: disk.capacityGb })),
    licences: snapshot.licences.map((licence) => ({ sku: licence.sku, quantity: licence.quantity })),
    publicIpCount: snapshot.publicIpCount,
  };
}

/** Consecutive runs of `rows` whose JSON stays under `maxChars` (a single larger row travels alone). */
function callsOf(rows: PendingUsageChange[], maxChars: number): PendingUsageChange[][] {
  const calls: PendingUsageChange[][] = [];
  let current: PendingUsageChange[] = [];
  let chars = 0;
  for (const row of rows) {
    const size = JSON.stringify(toUsageChangeInput(row)).length + 1;
    if (current.length && chars + size > maxChars) {
      calls.push(current);
      current = [];
      chars = 0;
    }
    current.push(row);
    chars += size;
  }
  if (current.length) calls.push(current);
  return calls;
}

/**
 * Delivers the outbox (`vm_usage_changes`) to telemetry-billing: undelivered rows oldest first,
 * in calls of at most `batchSize`, each marked delivered only once its call was acknowledged
 * without errors. A failed call ends the round; its rows and every later one stay for the next
 * round, which sends them again with the same change ids (delivery is at least once; the receiver
 * applies each change id once). One round at a time per database (`vms:usage-relay`, as the
 * performance collector's lock): a second relay, in this process or another replica, skips its
 * round, so a row is sent twice only after a call whose answer was lost.
 */
export function createUsageRelay(deps: UsageRelayDeps, options: UsageRelayOptions = {}): UsageRelay {
  const settings = { ...USAGE_RELAY_DEFAULTS, ...options };
  const db: VmsDb = deps.database.backgroundDb;
  const lock = cycleLock(deps.database, "vms:usage-relay");
  let lastPurge = Number.NEGATIVE_INFINITY;

  const round = async (report: UsageRelayReport, signal?: AbortSignal) => {
    for (;;) {
      const rows = await readUndelivered(db, settings.batchSize);
      for (const call of callsOf(rows, settings.maxCallChars)) {
        if (signal?.aborted) return "stopped" as const;
        const receipt = await deps.sink.record(call.map(toUsageChangeInput));
        await markDelivered(
          db,
          call.map((row) => row.id),
          deps.clock(),
        );
        report.calls += 1;
        report.delivered += call.length;
        report.stored += receipt.stored;
        report.alreadyStored += receipt.alreadyStored;
      }
      // A short batch was the end of the queue; rows committed meanwhile wait for the next round.
      if (rows.length < settings.batchSize) break;
    }
    const now = deps.clock();
    if (now.getTime() - lastPurge >= settings.purgeEveryMs) {
      report.purged = await purgeDelivered(db, new Date(now.getTime() - settings.retentionDays * 86_400_000));
      lastPurge = now.getTime();
    }
    return "relayed" as const;
  };

  return {
    async relay(signal) {
      const started = performance.now();
      const report: UsageRelayReport = {
        outcome: "relayed",
        delivered: 0,
        stored: 0,
        alreadyStored: 0,
        calls: 0,
        purged: 0,
        pending: null,
        ms: 0,
      };
      try {
        const result = await lock(() => round(report, signal));
        report.outcome = result.ran ? result.result : "skipped";
      } catch (error) {
        report.outcome = "failed";
        report.error = (error as Error).message;
      }
      report.pending = await countUndelivered(db).catch(() => null);
      report.ms = Math.round(performance.now() - started);
      return report;
    },
  };
}

/** One log line for a round; null for a round that had nothing to do (every 30 s, it would drown the log). */
export function describeUsageRelay(report: UsageRelayReport): string | null {
  const waiting = report.pending === null ? "" : `, ${report.pending} waiting`;
  if (report.outcome === "failed") {
    return `usage relay failed after ${report.delivered} changes delivered${waiting}: ${report.error}`;
  }
  if (!report.delivered && !report.purged) return null;
  const calls = `${report.calls} ${report.calls === 1 ? "call" : "calls"}`;
  return (
    `usage relay: ${report.delivered} changes delivered in ${calls} (${report.stored} stored, ` +
    `${report.alreadyStored} already stored)${report.purged ? `, ${report.purged} old rows purged` : ""}` +
    `${waiting}${report.outcome === "stopped" ? ", stopped" : ""}, ${report.ms} ms`
  );
}
