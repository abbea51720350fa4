import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startPerformanceCollector } from "./collector.schedule";
import { createPerformanceCollector } from "./perf-collector";
import { capturingSink, type CapturingSink, startTelemetryFixture, type TelemetryFixture } from "./telemetry.fixture";

const NOW = new Date("2026-11-26T10:02:00Z");

/** A gate the test opens: deliveries wait behind it, so a cycle is provably still running. */
function gate() {
  let open!: () => void;
  const closed = new Promise<void>((resolve) => (open = resolve));
  return { closed, open };
}

const until = async (condition: () => boolean) => {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe("performance collector: one cycle at a time", () => {
  let f: TelemetryFixture;
  let sink: CapturingSink;
  beforeEach(async () => {
    f = await startTelemetryFixture(["Adcock", "Sanlam"], NOW);
    sink = capturingSink();
  });
  afterEach(() => f.close());

  it("two collectors on one database (two replicas) start together: one runs the cycle, the other skips it", async () => {
    const held = gate();
    sink.gate = held.closed;
    const options = { batchSize: 50, backfillDays: 0 };
    const first = createPerformanceCollector(f.deps(sink), options).collect();
    const second = createPerformanceCollector(f.deps(sink), options).collect();
    // The loser answers while the winner still waits at its delivery.
    const loser = await Promise.race([first, second]);
    expect(loser).toMatchObject({ outcome: "skipped", polled: 0, perfCalls: 0 });
    // On PostgreSQL the winner holds the advisory lock (replicas in other processes see it); PGlite
    // belongs to this one process, which guards itself without holding a transaction open.
    // Only this test's database: other test files on the same server hold advisory locks of their own.
    const { rows } = await f.database.executeSql(
      `select count(*)::int as held from pg_locks
       where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())`,
    );
    expect(rows[0]!.held).toBe(f.database.driver === "postgres" ? 1 : 0);
    held.open();
    const reports = await Promise.all([first, second]);
    expect(reports.map((report) => report.outcome).sort()).toEqual(["collected", "skipped"]);
    expect(f.perfQueries).toHaveLength(1);
    expect(sink.calls).toHaveLength(1);
    // Once it is over, the next cycle runs.
    f.setNow(new Date(NOW.getTime() + 300_000));
    expect(await createPerformanceCollector(f.deps(sink), options).collect()).toMatchObject({ outcome: "collected" });
  });

  it("runs every interval, skipping a tick that finds the previous cycle still running", async () => {
    const logs: string[] = [];
    const held = gate();
    sink.gate = held.closed;
    const running = startPerformanceCollector(
      f.deps(sink, (line) => logs.push(line)),
      {
        intervalSeconds: 1,
        batchSize: 50,
        backfillDays: 0,
      },
    );
    await until(() => f.perfQueries.length === 1);
    // Held for two and a half intervals: the ticks meanwhile start nothing.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(f.perfQueries).toHaveLength(1);
    held.open();
    await until(() => logs.length >= 2);
    await running.stop();
    expect(f.perfQueries.length).toBe(logs.length);
    expect(
      logs.every((line) => line.startsWith("performance collection: 6 VMs polled (5 powered on), 1 of 1 batches")),
    ).toBe(true);
  });

  it("waits for the first sync, logs one line a cycle, joins a running one, and stops between batches", async () => {
    const logs: string[] = [];
    const firstSync = gate();
    const held = gate();
    sink.gate = held.closed;
    const running = startPerformanceCollector(
      f.deps(sink, (line) => logs.push(line)),
      {
        intervalSeconds: 3_600,
        batchSize: 1,
        backfillDays: 0,
        after: firstSync.closed,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(f.perfQueries).toHaveLength(0);
    firstSync.open();
    await until(() => f.perfQueries.length === 1);
    // The cycle waits at its first delivery: asking again joins it.
    expect(running.runNow()).toBe(running.runNow());
    const stopped = running.stop();
    held.open();
    await stopped;
    // Five running VMs, one per batch: shut down after the first.
    expect(f.perfQueries).toHaveLength(1);
    expect(logs).toEqual([
      expect.stringMatching(
        /^performance collection stopped by shutdown: 6 VMs polled \(5 powered on\), 1 of 5 batches/,
      ),
    ]);
  });
});
