import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { BUILD_INPUTS, BUILD_STAMP, bundlePlatform } from "../scripts/build/bundle";
import { isStale } from "../scripts/build/staleness";
import { type LaunchedPlatform, launchPlatform } from "./platform-memory/launch-platform";
import { measureCapacity } from "./soak/capacity";
import { dashboardCallerBudget, peopleFor } from "./soak/caller-budget";
import { type MemorySample, printGrowthTable, sampleMemory, totalKib } from "./soak/memory";
import { runOpenLoop } from "./soak/open-loop";
import { Crowd } from "./soak/people";
import { printSoakTable } from "./soak/report";
import { createServerDatabases, type ServerDatabases } from "./soak/server-databases";
import { waitForTelemetryBackfill } from "./soak/telemetry-backfill";

/**
 * `npm run bench:soak [-- --minutes 10] [--capacity-seconds 30] [--share 0.8] [--people 24]
 * [--in-flight 16]`: the built platform on five fresh databases of a PostgreSQL server
 * (`--server`, default TEST_POSTGRES_URL or the local one), as `npm start` runs it. People of the
 * demo customers (their own and more each invites) load the dashboard closed-loop, `in-flight` at
 * once, to measure capacity, then open-loop at `share` of it for `minutes`. There are always
 * enough people that no one's per-caller budget refuses a load. Goal: every answer complete (0
 * errors) and the platform's resident memory from the start of the soak to its end growing less
 * than 10 %. Exits 1 when either is missed (or a per-caller limit refused a load of the soak).
 */
const { values: options } = parseArgs({
  options: {
    minutes: { type: "string", default: "10" },
    "capacity-seconds": { type: "string", default: "30" },
    share: { type: "string", default: "0.8" },
    people: { type: "string", default: "24" },
    "in-flight": { type: "string", default: "16" },
    server: { type: "string", default: process.env.TEST_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/postgres" },
  },
});
const positive = (name: keyof typeof options, max = Number.POSITIVE_INFINITY) => {
  const value = Number(options[name]);
  if (!(value > 0 && value <= max)) throw new Error(`--${name} must be a number above 0 and at most ${max}`);
  return value;
};
const minutes = positive("minutes");
const capacitySeconds = positive("capacity-seconds");
const share = positive("share", 1);
const initialPeople = positive("people");
const inFlight = positive("in-flight");
const WARM_UP_MS = 5_000;
const BACKFILL_TIMEOUT_MS = 180_000;
const SAMPLE_EVERY_MS = 30_000;
const CAPACITY_ATTEMPTS = 3;
/** Each person spends at most this share of their refill in the soak, so no budget ever runs dry. */
const BUDGET_SHARE = 0.75;
const GOAL_GROWTH_PERCENT = 10;

const step = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
const mibOf = (sample: MemorySample) => `${(totalKib(sample) / 1024).toFixed(0)} MiB`;

let launching: Promise<LaunchedPlatform> | undefined;
let databases: ServerDatabases | undefined;
const dataDir = mkdtempSync(path.join(tmpdir(), "dcx-soak-"));
const stopping = new AbortController();
let cleaning: Promise<void> | undefined;
/** Stops the platform and drops its databases, once, whichever way the run ends. */
const cleanUp = (keepDataDir: boolean) =>
  (cleaning ??= (async () => {
    stopping.abort();
    step("stopping the platform and dropping its databases");
    await launching?.then(
      (platform) => platform.stop(),
      () => undefined, // it stopped when it failed to start
    );
    await databases?.drop();
    if (keepDataDir) step(`the platform's log stays in ${path.join(dataDir, "platform.log")}`);
    else rmSync(dataDir, { recursive: true, force: true });
  })());
// `on`, not `once`: npm forwards Ctrl+C to its child as well, and a second SIGINT without a
// handler would end the run before the databases are dropped.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void cleanUp(false).finally(() => process.exit(130)));
}

async function run(): Promise<boolean> {
  if (isStale(BUILD_STAMP, BUILD_INPUTS)) {
    step("building dist/");
    await bundlePlatform();
  }
  databases = await createServerDatabases(options.server);
  step(`created ${databases.names.join(", ")}`);
  step(`starting the platform on them (data directory ${dataDir})`);
  launching = launchPlatform(dataDir, step, {
    databaseUrls: databases.urls,
    signal: stopping.signal,
    onSpawn: databases.guard.watchLauncher,
  });
  const platform = await launching;
  const launcherPid = platform.launcher.pid!;
  platform.launcher.once("exit", (code) => {
    if (!stopping.signal.aborted) step(`the platform stopped unexpectedly (code ${code})`);
    stopping.abort();
  });

  const backfilled = await waitForTelemetryBackfill(`http://127.0.0.1:${platform.ports.VMS}`, BACKFILL_TIMEOUT_MS);
  step(backfilled ? "telemetry back-filled" : "telemetry still back-filling: capacity may read low");
  const budget = dashboardCallerBudget();
  step(
    `the dashboard query costs ${budget.costPerLoad}: one person may load it ${budget.burstLoads} times at once ` +
      `and ${budget.sustainedLoadsPerSecond.toFixed(2)} times a second, at most ${budget.maxInFlight} in flight`,
  );
  const outboxDir = path.join(dataDir, "outbox");
  const crowd = await Crowd.gather(platform.gatewayUrl, outboxDir, initialPeople);
  step(`${crowd.people.length} people signed in (${crowd.describe()})`);

  let capacity = 0;
  let capacityErrors = 0;
  for (let attempt = 1; attempt <= CAPACITY_ATTEMPTS; attempt += 1) {
    step(
      `capacity: ${inFlight} loads in flight, taken in turn by ${crowd.people.length} people, ` +
        `${WARM_UP_MS / 1000} s warm-up, ${capacitySeconds} s measured`,
    );
    const measured = await measureCapacity({
      gatewayUrl: platform.gatewayUrl,
      people: crowd.people,
      inFlight,
      warmUpMs: WARM_UP_MS,
      durationMs: capacitySeconds * 1000,
      signal: stopping.signal,
    });
    capacity = measured.loadsPerSecond;
    capacityErrors += measured.tally.errors;
    step(
      `capacity ${capacity.toFixed(1)} dashboard loads/s (${measured.tally.describeLatency()}), ` +
        `errors ${measured.tally.describeErrors()}, rate-limited ${measured.tally.rateLimited}`,
    );
    for (const error of measured.tally.firstErrors) console.log(`    ${error}`);
    if (measured.tally.rateLimited === 0 || attempt === CAPACITY_ATTEMPTS) break;
    // Refusals understate capacity: the callers' budgets, not the platform, set the pace.
    const needed = peopleFor(budget, capacity * 2, { seconds: capacitySeconds + WARM_UP_MS / 1000, share: 1 });
    await crowd.growTo(Math.max(needed, crowd.people.length * 2));
    step(`per-caller limits refused loads: measuring again with ${crowd.people.length} people`);
  }
  if (stopping.signal.aborted) return false;
  if (capacityErrors > 0 || capacity === 0) {
    step(`no soak: the capacity measurement got ${capacityErrors} errors and ${capacity.toFixed(1)} loads/s`);
    return false;
  }

  const rate = share * capacity;
  await crowd.growTo(Math.max(crowd.people.length, peopleFor(budget, rate, { share: BUDGET_SHARE })));
  step(
    `soak: ${rate.toFixed(1)} loads/s (${(share * 100).toFixed(0)} % of capacity) for ${minutes} min, ` +
      `spread over ${crowd.people.length} people (${crowd.describe()})`,
  );

  const samples: MemorySample[] = [sampleMemory(launcherPid)];
  step(`resident memory at the start of the soak: ${mibOf(samples[0]!)}`);
  const sampling = setInterval(() => {
    samples.push(sampleMemory(launcherPid));
    step(`resident memory ${mibOf(samples.at(-1)!)}`);
  }, SAMPLE_EVERY_MS);
  const soak = await runOpenLoop({
    gatewayUrl: platform.gatewayUrl,
    people: crowd.people,
    loadsPerSecond: rate,
    durationMs: minutes * 60_000,
    signal: stopping.signal,
  }).finally(() => clearInterval(sampling));
  printSoakTable(soak);
  if (stopping.signal.aborted) {
    console.log(`\n  goal: MISSED, the platform stopped during the soak (errors ${soak.total.describeErrors()})`);
    return false;
  }
  samples.push(sampleMemory(launcherPid));
  const growth = printGrowthTable(samples);
  const errorsMet = soak.total.errors === 0;
  const growthMet = growth < GOAL_GROWTH_PERCENT;
  console.log(
    `\n  goal: 0 errors ${errorsMet ? "met" : "MISSED"} (${soak.total.describeErrors()}), ` +
      `resident memory growth < ${GOAL_GROWTH_PERCENT} % ${growthMet ? "met" : "MISSED"} (${growth.toFixed(1)} %)`,
  );
  if (soak.total.rateLimited > 0) {
    console.log(`  ${soak.total.rateLimited} loads refused by per-caller limits: run with more --people`);
  }
  return errorsMet && growthMet && soak.total.rateLimited === 0;
}

let passed = false;
try {
  passed = await run();
} catch (error) {
  console.error(error);
} finally {
  await cleanUp(!passed);
}
process.exit(passed ? 0 : 1);
