import { badUserInput, isUuid } from "@dcx/kit";
import type { TelemetryDb } from "../db/telemetry-db";
import { inputFieldOf, ROLLED_METRICS } from "../metric/metric-catalogue";
import { ensureSamplePartitions, forgetKnownPartitions } from "./sample-partitions";
import { insertGuestDisks, insertSamples, upsertPowerStates } from "./sample.store";
import type { DeliveryReport, PerformanceDelivery, PolledVm, VmPerformanceSample } from "./sample.types";

/** Per list and call: a delivery is one statement per table, so this bounds one statement's size. */
export const MAX_DELIVERY_ITEMS = 5_000;
/** Basis points: at most 100 %. */
const PERCENT_BP_MAX = 10_000;

/**
 * Stores one delivery from the collector: samples, guest disk use and what was polled, in one
 * transaction. Everything is checked first; one bad item refuses the whole delivery with the item
 * named (`samples[3].cpuUsageBp`) and nothing written. Repeats of stored samples are counted, not
 * written, so the collector may resend freely.
 */
export async function recordPerformance(db: TelemetryDb, delivery: PerformanceDelivery): Promise<DeliveryReport> {
  assertValidDelivery(delivery);
  const write = async () => {
    if (delivery.samples.length > 0)
      await ensureSamplePartitions(
        db,
        delivery.samples.map((s) => s.sampledAt),
      );
    return db.transaction(async (tx) => {
      const count = await insertSamples(tx, delivery.samples);
      await insertGuestDisks(tx, delivery.guestDisks);
      await upsertPowerStates(tx, powerStates(delivery));
      return count;
    });
  };
  const written = await write().catch(async (error: unknown) => {
    // Another replica dropped a day this process thought existed: look again, once.
    if (!isMissingPartition(error)) throw error;
    forgetKnownPartitions(db);
    return write();
  });
  const newest = delivery.samples.reduce<Date | null>(
    (max, s) => (max && max >= s.sampledAt ? max : s.sampledAt),
    null,
  );
  return { samplesWritten: written, samplesAlreadyStored: delivery.samples.length - written, newestSampleAt: newest };
}

/** PostgreSQL's "no partition of relation … found for row" (a check violation on the partitioned table). */
const isMissingPartition = (error: unknown): boolean => {
  const cause =
    (error as { cause?: { code?: string; message?: string } })?.cause ?? (error as { code?: string; message?: string });
  return cause?.code === "23514" && /no partition/.test(cause.message ?? "");
};

/**
 * The polled VMs, once each (the newest poll wins). Only a poll says whether a VM runs: samples
 * alone, e.g. a back-fill of past days, must not make a VM look powered on and silent since then.
 */
function powerStates(delivery: PerformanceDelivery): PolledVm[] {
  const states = new Map<string, PolledVm>();
  for (const vm of delivery.vms) {
    const seen = states.get(vm.vmId);
    if (!seen || seen.polledAt <= vm.polledAt) states.set(vm.vmId, vm);
  }
  return [...states.values()];
}

function assertValidDelivery(delivery: PerformanceDelivery): void {
  for (const list of ["vms", "samples", "guestDisks"] as const) {
    if (delivery[list].length > MAX_DELIVERY_ITEMS) {
      throw badUserInput(`At most ${MAX_DELIVERY_ITEMS} ${list} per delivery`, list);
    }
  }
  const ids = (item: { vmId: string; organizationId: string }, at: string) => {
    for (const field of ["vmId", "organizationId"] as const) {
      if (!isUuid(item[field])) throw badUserInput(`${field} must be a UUID`, `${at}.${field}`);
    }
  };
  const instant = (value: Date, at: string) => {
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw badUserInput("must be a valid date", at);
  };
  delivery.vms.forEach((vm, i) => {
    ids(vm, `vms[${i}]`);
    instant(vm.polledAt, `vms[${i}].polledAt`);
    if (vm.name != null && (vm.name.length > 255 || /\p{Cc}/u.test(vm.name))) {
      throw badUserInput("name must be at most 255 characters without control characters", `vms[${i}].name`);
    }
  });
  delivery.samples.forEach((sample, i) => assertValidSample(sample, `samples[${i}]`, ids, instant));
  delivery.guestDisks.forEach((disk, i) => {
    const at = `guestDisks[${i}]`;
    ids(disk, at);
    instant(disk.sampledAt, `${at}.sampledAt`);
    if (!disk.path || disk.path.length > 255 || /\p{Cc}/u.test(disk.path)) {
      throw badUserInput("path must be 1–255 characters without control characters", `${at}.path`);
    }
    if (!(disk.capacityMb >= 0 && disk.freeMb >= 0 && disk.freeMb <= disk.capacityMb)) {
      throw badUserInput("capacityMb and freeMb must be ≥ 0 with freeMb ≤ capacityMb", `${at}.freeMb`);
    }
  });
}

function assertValidSample(
  sample: VmPerformanceSample,
  at: string,
  ids: (item: VmPerformanceSample, at: string) => void,
  instant: (value: Date, at: string) => void,
): void {
  ids(sample, at);
  instant(sample.sampledAt, `${at}.sampledAt`);
  for (const metric of ROLLED_METRICS) {
    const value = sample.values[metric.column];
    if (value == null) continue;
    const max = metric.column.endsWith("_bp") ? PERCENT_BP_MAX : 2 ** 31 - 1;
    if (!Number.isInteger(value) || value < 0 || value > max) {
      throw badUserInput(`must be a whole number from 0 to ${max}`, `${at}.${inputFieldOf(metric.column)}`);
    }
  }
  const uptime = sample.uptimeSeconds;
  if (uptime != null && (!Number.isInteger(uptime) || uptime < 0)) {
    throw badUserInput("must be a whole number ≥ 0", `${at}.uptimeSeconds`);
  }
}
