import { randomUUID } from "node:crypto";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import {
  MAX_DELIVERY_ITEMS,
  recordPerformance,
  ROLLED_METRICS,
  type VmPerformanceSample,
} from "@dcx/telemetry-billing";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { fixtureSamples } from "../scripts/seed/fixture-samples";
import { median, openBenchDatabase } from "./telemetry/bench-database";

/**
 * `npx tsx bench/telemetry-ingest.ts [vm count] [runs]`: one 5-minute collection cycle for 3,300
 * VMs (every metric), written through the collector's write path (`recordPerformance`: checks,
 * one multi-row statement per table, roll-up marks, collection state) vs a raw `COPY` of the same
 * rows into the same partitioned table, alternating, on the PostgreSQL server. Prints medians and
 * the ratio (COPY time ÷ write-path time: 1 would be as fast as COPY). Above MAX_DELIVERY_ITEMS VMs
 * the write path takes the cycle in deliveries of that size, one after another, as the collector
 * sends them.
 */
const VMS = Number(process.argv[2] ?? 3_300);
const RUNS = Number(process.argv[3] ?? 9);
const ORGS = Array.from({ length: 50 }, () => randomUUID());
const vmIds = Array.from({ length: VMS }, () => randomUUID());
const base = new Date(Math.floor(Date.now() / 300_000) * 300_000 - 6 * 3_600_000);

/** The cycle at `at`: one sample per VM, every metric filled in. */
const cycle = (at: Date): VmPerformanceSample[] =>
  vmIds.map((vmId, i) => ({ ...fixtureSamples(i, { vmId, organizationId: ORGS[i % ORGS.length]! }, at, 1 / 12)[0]! }));

const columns = ["vm_id", "organization_id", "sampled_at", ...ROLLED_METRICS.map((m) => m.column), "uptime_seconds"];
const copyText = (samples: VmPerformanceSample[]) =>
  samples
    .map((s) =>
      [
        s.vmId,
        s.organizationId,
        s.sampledAt.toISOString(),
        ...ROLLED_METRICS.map((m) => s.values[m.column] ?? "\\N"),
        s.uptimeSeconds ?? "\\N",
      ].join("\t"),
    )
    .join("\n") + "\n";

const { database, url, close } = await openBenchDatabase();
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  // Both paths write into partitions that exist: partition creation is not what is measured.
  const warmUp = cycle(new Date(base.getTime() - 300_000)).slice(0, MAX_DELIVERY_ITEMS);
  await recordPerformance(database.db, { vms: [], samples: warmUp, guestDisks: [] });
  const writePath: number[] = [];
  const copy: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const mine = cycle(new Date(base.getTime() + run * 2 * 300_000));
    const theirs = cycle(new Date(base.getTime() + (run * 2 + 1) * 300_000));
    const tasks: [number[], () => Promise<unknown>][] = [
      [
        writePath,
        async () => {
          for (let start = 0; start < mine.length; start += MAX_DELIVERY_ITEMS) {
            const samples = mine.slice(start, start + MAX_DELIVERY_ITEMS);
            const vms = samples.map((s) => ({
              vmId: s.vmId,
              organizationId: s.organizationId,
              poweredOn: true,
              polledAt: s.sampledAt,
            }));
            await recordPerformance(database.db, { vms, samples, guestDisks: [] });
          }
        },
      ],
      [
        copy,
        async () => {
          const body = copyText(theirs);
          const started = performance.now();
          await pipeline(
            Readable.from([body]),
            client.query(copyFrom(`copy vm_samples (${columns.join(", ")}) from stdin`)),
          );
          return performance.now() - started;
        },
      ],
    ];
    if (run % 2 === 1) tasks.reverse();
    for (const [into, task] of tasks) {
      const started = performance.now();
      await task();
      into.push(performance.now() - started);
    }
  }
  const rows = (await client.query("select count(*)::int as n from vm_samples")).rows[0].n as number;
  const [ours, theirs] = [median(writePath), median(copy)];
  console.log(
    `one cycle: ${VMS} VMs × ${ROLLED_METRICS.length + 1} metrics, ${RUNS} runs each, alternating (${rows} rows written)`,
  );
  console.log(`  collector write path  median ${ours.toFixed(1)} ms  (${Math.round((VMS / ours) * 1000)} samples/s)`);
  console.log(
    `  raw COPY              median ${theirs.toFixed(1)} ms  (${Math.round((VMS / theirs) * 1000)} samples/s)`,
  );
  console.log(`  ratio (COPY ÷ write path): ${(theirs / ours).toFixed(2)}  (goal ≥ 0.5)`);
  // What a row costs on disk, indexes included: the figure the scaling note's storage estimate uses.
  const bytes = Number(
    (
      await client.query(
        "select sum(pg_total_relation_size(inhrelid))::bigint as bytes from pg_inherits where inhparent = 'vm_samples'::regclass",
      )
    ).rows[0].bytes,
  );
  console.log(
    `  stored: ${(bytes / 1_048_576).toFixed(1)} MiB for ${rows} rows, ${Math.round(bytes / rows)} bytes a row`,
  );
} finally {
  await client.end();
  await close();
}
