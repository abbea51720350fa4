import { startTestPlatform } from "../integration/platform";

/**
 * `npx tsx bench/telemetry-demo-size.ts [days]`: the demo's telemetry database after the collector
 * back-filled `days` (default 30) of history from the vCenter simulator and maintenance rolled it
 * up and applied retention, as a fresh `npm start` would after that long. PGlite, or the
 * PostgreSQL server with TEST_POSTGRES_URL. Prints the size per table and in total.
 */
const DAYS = Number(process.argv[2] ?? 30);
const started = performance.now();
const platform = await startTestPlatform({ telemetryBackfillDays: DAYS });
try {
  const report = await platform.telemetry.collect();
  await platform.telemetry.maintain();
  const sql = platform.subgraphs.telemetry.database.executeSql;
  const tables = await sql(`
    select coalesce(parent.relname, c.relname) as "table", count(*)::int as relations,
      sum(pg_total_relation_size(c.oid))::bigint as bytes, sum(c.reltuples)::bigint as estimated_rows
    from pg_class c
    left join pg_inherits i on i.inhrelid = c.oid left join pg_class parent on parent.oid = i.inhparent
    where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace
    group by 1 order by bytes desc`);
  const counts = await sql(`
    select (select count(*) from vm_samples)::int as samples,
      (select count(*) from vm_rollups)::int as rollups,
      (select count(*) from vm_guest_disk_samples)::int as guest_disks,
      (select count(*) from alerts)::int as alerts,
      pg_database_size(current_database())::bigint as database_bytes`);
  const mb = (bytes: unknown) => `${(Number(bytes) / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    `back-fill of ${DAYS} days for the demo (${platform.subgraphs.telemetry.database.driver}), took ${((performance.now() - started) / 1000).toFixed(0)} s; last cycle sent ${report.samplesSent} samples`,
  );
  for (const row of tables.rows)
    console.log(`  ${String(row.table).padEnd(24)} ${mb(row.bytes).padStart(9)}  (${row.relations} relation(s))`);
  const c = counts.rows[0]!;
  console.log(
    `  rows: ${c.samples} raw samples (7 days kept), ${c.rollups} roll-up buckets, ${c.guest_disks} guest disk samples, ${c.alerts} alerts`,
  );
  console.log(`  database total: ${mb(c.database_bytes)}`);
} finally {
  await platform.close();
}
