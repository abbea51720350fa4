import { validUuids, type Clock } from "@dcx/kit";
import { sql } from "drizzle-orm";
import { type AuditEventInput, recordAuditEvents } from "../audit/audit.writer";
import type { Hypervisor } from "../hypervisor";
import type { VmsDb } from "../vm/vm.store";
import { appearedSnapshot, driftEvent, driftOf } from "./sync.drift";
import { planSync } from "./sync.plan";
import { readBaseline, readDevices, readOperationIds } from "./sync.reads";
import { insertVms, markVanished, updateVms, writeDevices } from "./sync.writes";
import type { SyncedVm } from "./vcenter-vm";

/** What one sync saw and did. Every listed VM is counted once in exactly one of the counts after `seen` but `vanished`. */
export interface InventorySyncReport {
  /** VMs and templates vCenter listed. */
  seen: number;
  /** New to the platform (`drift.vm_appeared`). */
  inserted: number;
  /** Changed outside the platform (`drift.vm_changed`). */
  changed: number;
  /** Only volatile fields (IPs, VMware Tools, host) or untracked configuration changed: updated, no event. */
  refreshed: number;
  unchanged: number;
  /** Ready VMs gone from vCenter, now `deleted` (`drift.vm_vanished`). */
  vanished: number;
  /** Templates and VMs outside every organisation's folder. */
  unassigned: number;
  /** Left to an operation: being created, or changed by an active one. */
  deferred: number;
  /** Could not be recorded as they are (e.g. a name another VM of the organisation has); each is logged. */
  skipped: number;
  ms: number;
  /** Of which reading vCenter. */
  vcenterMs: number;
}

export interface SyncOptions {
  clock: Clock;
  log?: (line: string) => void;
}

const AUDIT_CHUNK = 2_000;

/** One sync at a time across processes: a second waits, then finds the first one's rows. */
const SYNC_LOCK = sql`select pg_advisory_xact_lock(hashtextextended('vms:inventory-sync', 0))`;

/**
 * Reads every VM from vCenter once and reconciles the `vms` rows with it by instance UUID, in
 * one transaction: new VMs in an organisation's folder are inserted, changed ones updated, gone
 * ones marked deleted, each difference made outside the platform recorded as a drift event.
 * VMs an operation is creating or changing are left to it.
 */
export async function syncInventory(
  db: VmsDb,
  hypervisor: Hypervisor,
  options: SyncOptions,
): Promise<InventorySyncReport> {
  const started = performance.now();
  // The time of the look: rows written from it carry it, and a row written after it (by another
  // sync that looked later, or an operation) is newer than what this listing can say about it.
  const now = options.clock();
  const listed = await hypervisor.listVms();
  const vcenterMs = Math.round(performance.now() - started);
  // Markers and instance UUIDs that may be operation ids (the driver stamps both with it).
  const markers = validUuids(listed.flatMap((vm) => [vm.instanceUuid, vm.marker ?? ""]).map((id) => id.toLowerCase()));

  const counts = await db.transaction(async (tx) => {
    await tx.execute(SYNC_LOCK);
    const baseline = await readBaseline(tx);
    const live = new Set(baseline.known.filter((row) => row.lifecycle !== "deleted").map((row) => row.instanceUuid));
    const operationIds = await readOperationIds(
      tx,
      markers.filter((id) => !live.has(id)),
    );
    const plan = planSync(listed, baseline, operationIds, now);
    for (const skipped of plan.skipped) {
      options.log?.(`inventory sync: skipped "${skipped.name}" (${skipped.instanceUuid}): ${skipped.reason}`);
    }
    const events: AuditEventInput[] = [];

    const inserted = await insertVms(tx, plan.appeared, now);
    const appeared = plan.appeared.filter((vm) => inserted.has(vm.instanceUuid));
    for (const vm of appeared) {
      const id = inserted.get(vm.instanceUuid)!;
      events.push(
        driftEvent(
          "drift.vm_appeared",
          { id, ...vm },
          { after: appearedSnapshot(vm) },
          "Found in vCenter, created outside the platform",
          now,
        ),
      );
    }

    const devices = await readDevices(
      tx,
      plan.differing.map(({ row }) => row.id),
    );
    const updates = plan.differing.map(({ row, next }) => ({
      id: row.id,
      row,
      vm: next,
      renamed: row.name.toLowerCase() !== next.name.toLowerCase() || row.organizationId !== next.organizationId,
      drift: driftOf(row, devices.get(row.id)!, next),
    }));
    const updated = await updateVms(tx, updates, now);
    const written = updates.filter((update) => updated.has(update.id));
    for (const { row, vm, drift } of written) {
      if (!drift) continue;
      const message = "Changed in vCenter outside the platform";
      events.push(
        driftEvent(
          "drift.vm_changed",
          { ...row, name: vm.name, organizationId: vm.organizationId },
          drift,
          message,
          now,
        ),
      );
      // A VM moved to another organisation's folder shows in the audit of both.
      if (row.organizationId !== vm.organizationId)
        events.push(driftEvent("drift.vm_changed", row, drift, message, now));
    }

    const devicesToWrite: { id: string; vm: SyncedVm }[] = [
      ...appeared.map((vm) => ({ id: inserted.get(vm.instanceUuid)!, vm })),
      ...written,
    ];
    await writeDevices(tx, devicesToWrite, baseline.networkOfPortGroup);

    const vanished = await markVanished(
      tx,
      plan.vanished.map((row) => row.id),
      now,
    );
    for (const row of plan.vanished.filter((candidate) => vanished.has(candidate.id))) {
      const before = { instanceUuid: row.instanceUuid, name: row.name, powerState: row.powerState };
      events.push(
        driftEvent("drift.vm_vanished", row, { before }, "No longer in vCenter, deleted outside the platform", now),
      );
    }
    // In chunks: one multi-row insert binds 13 values per event, and PostgreSQL allows 65,535.
    for (let start = 0; start < events.length; start += AUDIT_CHUNK) {
      await recordAuditEvents(tx, events.slice(start, start + AUDIT_CHUNK));
    }

    const changed = written.filter((update) => update.drift).length;
    return {
      seen: listed.length,
      inserted: appeared.length,
      changed,
      refreshed: written.length - changed,
      unchanged: plan.unchanged,
      vanished: vanished.size,
      unassigned: plan.unassigned,
      // Rows that changed state between reading and writing are left to whatever changed them.
      deferred: plan.deferred + (plan.appeared.length - appeared.length) + (updates.length - written.length),
      skipped: plan.skipped.length,
    };
  });
  return { ...counts, ms: Math.round(performance.now() - started), vcenterMs };
}
