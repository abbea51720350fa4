import { type Clock } from "@dcx/kit";
import type { Hypervisor } from "../hypervisor";
import type { VmsDb } from "../vm/vm.store";
import { type InventorySyncReport, syncInventory } from "./inventory-sync";

export interface InventorySyncSchedule {
  intervalSeconds: number;
  clock: Clock;
  log: (line: string) => void;
}

const somethingChanged = (report: InventorySyncReport) =>
  report.inserted + report.changed + report.refreshed + report.vanished + report.skipped > 0;

/** A one-line summary of a sync, for the log. */
export const describeSync = (report: InventorySyncReport): string =>
  `inventory sync: ${report.seen} seen, ${report.inserted} new, ${report.changed} changed, ` +
  `${report.refreshed} refreshed, ${report.vanished} vanished, ${report.unchanged} unchanged, ` +
  `${report.unassigned} unassigned, ${report.deferred} left to operations, ${report.skipped} skipped in ${report.ms} ms (vCenter read ${report.vcenterMs} ms)`;

/**
 * Syncs every `intervalSeconds`, never overlapping itself: a tick that finds the previous sync
 * still running is skipped. Logs a line when something changed, and failures (the next tick tries
 * again). `runNow` syncs at once, or joins the sync already running.
 */
export function startInventorySync(db: VmsDb, hypervisor: Hypervisor, schedule: InventorySyncSchedule) {
  let running: Promise<InventorySyncReport> | null = null;
  const runNow = (): Promise<InventorySyncReport> => {
    running ??= syncInventory(db, hypervisor, schedule).finally(() => (running = null));
    return running;
  };
  const tick = () => {
    if (running) return;
    runNow().then(
      (report) => somethingChanged(report) && schedule.log(describeSync(report)),
      (error: unknown) => schedule.log(`inventory sync failed: ${(error as Error).message}`),
    );
  };
  const timer = setInterval(tick, schedule.intervalSeconds * 1000);
  timer.unref();
  return { runNow, stop: () => clearInterval(timer) };
}
