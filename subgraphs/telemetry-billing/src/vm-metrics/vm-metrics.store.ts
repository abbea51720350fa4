import { manyByKey, seesNothing, type Visibility, visibleIn } from "@dcx/kit";
import { and, gte, lt, sql } from "drizzle-orm";
import { vmSamples } from "../db/schema";
import type { TelemetryDb } from "../db/telemetry-db";
import { isUuid } from "@dcx/kit";
import type { MetricWindow } from "./vm-metrics.service";
import type { MetricPoint, VmMetrics } from "./vm-metrics.type";

interface BucketRow {
  vmId: string;
  bucket: Date;
  cpuAverage: number;
  cpuMaximum: number;
  memoryAverage: number;
  memoryMaximum: number;
}

/**
 * Metrics of many VMs over one window in ONE query. `date_bin` aligns buckets to `since`;
 * only buckets holding samples come back, so a gap in the data stays a gap.
 * Only samples of organisations in `visible` are read: a VM of any other organisation has
 * empty series, exactly like a VM without samples. Answers in the order of `vmIds`.
 */
export async function findVmMetrics(
  db: TelemetryDb,
  vmIds: readonly string[],
  window: MetricWindow,
  visible: Visibility,
): Promise<VmMetrics[]> {
  // PostgreSQL prints uuids in lower case; other text than a UUID would fail the uuid[] cast
  // and cannot have samples anyway.
  const keys = vmIds.map((id) => id.toLowerCase());
  const wanted = [...new Set(keys.filter(isUuid))];
  const rows = wanted.length && !seesNothing(visible) ? await selectBuckets(db, wanted, window, visible) : [];
  return manyByKey(keys, rows, (row) => row.vmId).map((vmRows) => ({
    ...window,
    cpu: vmRows.map((row) => point(row.bucket, row.cpuAverage, row.cpuMaximum)),
    memory: vmRows.map((row) => point(row.bucket, row.memoryAverage, row.memoryMaximum)),
  }));
}

function selectBuckets(
  db: TelemetryDb,
  vmIds: string[],
  window: MetricWindow,
  visible: Visibility,
): Promise<BucketRow[]> {
  const bucket = sql`date_bin(make_interval(mins => ${window.stepMinutes}::int), ${vmSamples.sampledAt}, ${window.since.toISOString()}::timestamptz)`;
  return (
    db
      .select({
        vmId: vmSamples.vmId,
        bucket: bucket.mapWith(vmSamples.sampledAt).as("bucket"),
        cpuAverage: sql`avg(${vmSamples.cpuPercent})`.mapWith(Number),
        cpuMaximum: sql`max(${vmSamples.cpuPercent})`.mapWith(Number),
        memoryAverage: sql`avg(${vmSamples.memoryPercent})`.mapWith(Number),
        memoryMaximum: sql`max(${vmSamples.memoryPercent})`.mapWith(Number),
      })
      .from(vmSamples)
      .where(
        and(
          sql`${vmSamples.vmId} = any(${`{${vmIds.join(",")}}`}::uuid[])`,
          visibleIn(vmSamples.organizationId, visible),
          gte(vmSamples.sampledAt, window.since),
          lt(vmSamples.sampledAt, window.until),
        ),
      )
      // By output name: a repeated date_bin(...) would bind fresh parameters and not match the select.
      .groupBy(vmSamples.vmId, sql`bucket`)
      .orderBy(sql`bucket`)
  );
}

const point = (at: Date, average: number, maximum: number): MetricPoint => ({
  at,
  average: roundPercent(average),
  maximum: roundPercent(maximum),
});

/** Two decimals are what a chart shows; more would only be float noise from averaging. */
export const roundPercent = (value: number): number => Math.round(value * 100) / 100;
