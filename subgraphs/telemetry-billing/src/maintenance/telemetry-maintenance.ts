import { type Clock } from "@dcx/kit";
import type { TelemetryDb } from "../db/telemetry-db";
import { applyRetention, type RetentionReport } from "../rollup/retention";
import { rollUpPending, type RollupReport } from "../rollup/rollup.service";
import { ensureSamplePartitions } from "../sample/sample-partitions";
import type { PassLock } from "./pass-lock";

const DAY_MS = 86_400_000;

/** A step run after the roll-ups (alert evaluation); its report is logged as given. */
export type MaintenanceStep = (db: TelemetryDb, now: Date) => Promise<unknown>;

export interface MaintenanceOptions {
  clock: Clock;
  log: (line: string) => void;
  afterRollups?: MaintenanceStep;
}

export interface MaintenanceReport {
  rollups: RollupReport;
  afterRollups: unknown;
  /** Null when roll-ups were still pending (nothing is dropped before it has been rolled up). */
  retention: RetentionReport | null;
}

/**
 * One pass: today's and tomorrow's partitions exist before samples need them, pending roll-ups are
 * computed, then alerts see them, then what is past retention is dropped.
 */
export async function runMaintenance(db: TelemetryDb, options: MaintenanceOptions): Promise<MaintenanceReport> {
  const now = options.clock();
  await ensureSamplePartitions(db, [now, new Date(now.getTime() + DAY_MS)]);
  const rollups = await rollUpPending(db);
  const afterRollups = options.afterRollups ? await options.afterRollups(db, now) : null;
  const retention = await applyRetention(db, now);
  return { rollups, afterRollups, retention };
}

export interface TelemetryMaintenance {
  /** Asks for a pass soon (after a delivery); passes never overlap, asks during one coalesce into one more. */
  kick(): void;
  /** Runs a pass now (after any in progress) and resolves with its report. */
  runNow(): Promise<MaintenanceReport>;
  stop(): Promise<void>;
}

export interface MaintenanceSchedule extends MaintenanceOptions {
  intervalSeconds: number;
  /**
   * Passes across replicas on one database, one at a time (`maintenancePassLock`); without it a
   * pass is exclusive within this process only.
   */
  exclusive?: PassLock;
}

/** Runs maintenance every `intervalSeconds` and whenever kicked. */
export function startTelemetryMaintenance(db: TelemetryDb, options: MaintenanceSchedule): TelemetryMaintenance {
  const exclusive: PassLock = options.exclusive ?? ((work) => work());
  let running: Promise<MaintenanceReport> | null = null;
  let again = false;
  let stopped = false;
  const pass = (): Promise<MaintenanceReport> => {
    const current = exclusive(() => runMaintenance(db, options)).then(
      (report) => {
        const buckets = Object.entries(report.rollups.bucketsByResolution).filter(([, n]) => n > 0);
        if (buckets.length || report.retention?.partitionsDropped.length) {
          options.log(
            `telemetry maintenance: rolled up ${buckets.map(([level, n]) => `${n}×${level} min`).join(", ") || "nothing"}` +
              (report.retention?.partitionsDropped.length
                ? `; dropped ${report.retention.partitionsDropped.join(", ")}`
                : ""),
          );
        }
        return report;
      },
      (error: unknown) => {
        options.log(`telemetry maintenance failed: ${(error as Error).message}`);
        throw error;
      },
    );
    running = current.finally(() => {
      running = null;
      if (again && !stopped) {
        again = false;
        void pass().catch(() => undefined);
      }
    });
    return current;
  };
  const timer =
    options.intervalSeconds > 0 ? setInterval(() => maintenance.kick(), options.intervalSeconds * 1000) : null;
  timer?.unref();
  const maintenance: TelemetryMaintenance = {
    kick() {
      if (stopped) return;
      if (running) again = true;
      else void pass().catch(() => undefined);
    },
    async runNow() {
      while (running) await running.catch(() => undefined);
      return pass();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      while (running) await running.catch(() => undefined);
    },
  };
  return maintenance;
}
