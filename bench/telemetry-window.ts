import { randomUUID } from "node:crypto";
import { runMaintenance, type TelemetryDb } from "@dcx/telemetry-billing";
import { sql } from "drizzle-orm";
import { ROLLED_METRICS } from "../subgraphs/telemetry-billing/src/metric/metric-catalogue";
import { createTelemetryLoaders } from "../subgraphs/telemetry-billing/src/vm-metrics/vm-metrics.loaders";
import { ensureSamplePartitions } from "../subgraphs/telemetry-billing/src/sample/sample-partitions";
import { MetricWindowPreset, resolveMetricWindow } from "../subgraphs/telemetry-billing/src/window/metric-window";
import { median, openBenchDatabase, type TelemetryDatabase } from "./telemetry/bench-database";

/**
 * `npx tsx bench/telemetry-window.ts [vm count] [runs]`: does a window's cost grow with history?
 * Two databases on the PostgreSQL server hold 500 VMs' 5-minute samples for 1 day and for 30 days
 * (rolled up and past retention, as the maintenance leaves them). A 24-hour window (60-minute
 * buckets) for all VMs is read from each, alternating; then a 30-day window from the longer one.
 */
const VMS = Number(process.argv[2] ?? 500);
const RUNS = Number(process.argv[3] ?? 9);
const DAY_MS = 86_400_000;
const now = new Date();
const vmIds = Array.from({ length: VMS }, () => randomUUID());
const organizations = Array.from({ length: 10 }, () => randomUUID());

async function fill(database: TelemetryDatabase, days: number): Promise<void> {
  const db = database.db as TelemetryDb;
  const end = Math.floor(now.getTime() / 300_000) * 300_000;
  const start = end - days * DAY_MS;
  const dayStarts = Array.from({ length: days + 1 }, (_, i) => new Date(start + i * DAY_MS));
  await ensureSamplePartitions(db, [...dayStarts, new Date(end)]);
  const began = performance.now();
  // Setup, not what is measured: samples written straight into the table, a day per statement.
  for (const day of dayStarts) {
    await db.execute(sql`
      insert into vm_samples (vm_id, organization_id, sampled_at, cpu_usage_bp, cpu_ready_bp, memory_usage_bp,
        memory_active_kb, disk_read_kbps, disk_write_kbps, disk_read_iops, disk_write_iops, disk_latency_ms,
        network_receive_kbps, network_transmit_kbps, uptime_seconds)
      select vm.id, (${sql.raw(`'{${organizations.join(",")}}'`)}::uuid[])[1 + vm.n % 10], at,
        (2000 + 6000 * random())::int, (50 * random())::int, (4000 + 3000 * random())::int,
        (1000000 * random())::int, (800 * random())::int, (500 * random())::int, (50 * random())::int,
        (30 * random())::int, (1 + 5 * random())::int, (300 * random())::int, (120 * random())::int, 86400
      from unnest(${sql.raw(`'{${vmIds.join(",")}}'`)}::uuid[]) with ordinality as vm(id, n)
      cross join generate_series(${day.toISOString()}::timestamptz,
        least(${new Date(day.getTime() + DAY_MS - 300_000).toISOString()}::timestamptz, ${new Date(end).toISOString()}::timestamptz),
        interval '5 minutes') as at
      on conflict do nothing`);
  }
  await db.execute(sql`insert into rollup_pending
    select distinct 30, date_bin('30 minutes', sampled_at, '1970-01-01'::timestamptz) from vm_samples on conflict do nothing`);
  await runMaintenance(db, { clock: () => now, log: () => undefined });
  await db.execute(sql`analyze`);
  const size = await db.execute(sql`select pg_size_pretty(pg_database_size(current_database())) as size`);
  const rows = (size as unknown as { rows: { size: string }[] }).rows[0]!.size;
  console.log(
    `  ${days} day(s) of history for ${VMS} VMs written and rolled up in ${((performance.now() - began) / 1000).toFixed(0)} s (database ${rows})`,
  );
}

async function timeWindow(database: TelemetryDatabase, preset: MetricWindowPreset) {
  const window = resolveMetricWindow({ preset }, now);
  database.resetQueryCount();
  const started = performance.now();
  const answers = await createTelemetryLoaders(database.db as TelemetryDb, "all", now)
    .vmMetrics(window, ROLLED_METRICS)
    .loadMany(vmIds);
  const elapsed = performance.now() - started;
  const filled = answers.filter((a) => !(a instanceof Error) && a.series.cpu!.average.some((v) => v !== null)).length;
  if (filled !== VMS) throw new Error(`only ${filled} of ${VMS} VMs had data`);
  const resolution = (answers[0] as { resolutionMinutes: number }).resolutionMinutes;
  return { elapsed, queries: database.queryCount(), resolution };
}

const short = await openBenchDatabase();
const long = await openBenchDatabase();
try {
  console.log(`filling (${VMS} VMs, 5-minute samples, every metric):`);
  await fill(short.database, 1);
  await fill(long.database, 30);
  const timings: Record<"short" | "long", number[]> = { short: [], long: [] };
  for (let run = 0; run < RUNS; run += 1) {
    const order = run % 2 === 0 ? (["short", "long"] as const) : (["long", "short"] as const);
    for (const which of order) {
      const { elapsed } = await timeWindow(
        which === "short" ? short.database : long.database,
        MetricWindowPreset.LAST_DAY,
      );
      timings[which].push(elapsed);
    }
  }
  const day = await timeWindow(long.database, MetricWindowPreset.LAST_DAY);
  const [a, b] = [median(timings.short), median(timings.long)];
  console.log(`24-hour window (60-minute buckets, every series) for ${VMS} VMs, ${RUNS} runs each, alternating:`);
  console.log(`  1 day of history   median ${a.toFixed(1)} ms`);
  console.log(
    `  30 days of history median ${b.toFixed(1)} ms  (${day.queries} database query, answered from the ${day.resolution}-minute level)`,
  );
  console.log(`  ratio (30 days ÷ 1 day): ${(b / a).toFixed(2)}  (goal ≤ 1.2)`);
  const month: number[] = [];
  let last = { queries: 0, resolution: 0 };
  for (let run = 0; run < RUNS; run += 1) {
    const result = await timeWindow(long.database, MetricWindowPreset.LAST_MONTH);
    month.push(result.elapsed);
    last = result;
  }
  console.log(
    `30-day window (daily buckets) for ${VMS} VMs: median ${median(month).toFixed(1)} ms, ${last.queries} database query, answered from the ${last.resolution}-minute level`,
  );
} finally {
  await short.close();
  await long.close();
}
