import { DASHBOARD_QUERY } from "../integration/dashboard-query";
import { startTestPlatform } from "../integration/platform";
import { createFixtureVm } from "../scripts/seed/fixture-vm";
import { seedSamples } from "../scripts/seed/fixture-samples";
import { loadQueryLimits } from "../supergraph/src/limits/limits-config";
import { heaviestAllowedQuery } from "./fairness/heaviest-query";
import { ms, summarize } from "./fairness/latency";
import { measureDashboard, startHostileLoad } from "./fairness/tenant-load";

/**
 * `npx tsx bench/fairness.ts [runs]`: does one tenant's abuse slow another tenant down?
 * Tenant B (Adcock, 5 VMs; three of its people taking turns, one load every half second) loads its
 * dashboard `runs` times (default 100) idle, then again while
 * tenant A (Vodacom, given 50 VMs with 24 h of samples) sends the heaviest query the gateway's
 * limits allow from as many connections as it may use, back to back, ignoring `retryAfterSeconds`.
 * Prints both p99s and their ratio (goal: at most 2). The whole platform runs in this process on
 * ephemeral loopback ports (PGlite, or the PostgreSQL server with TEST_POSTGRES_URL).
 */
const RUNS = Number(process.argv[2] ?? 100);
const MAX_HOSTILE_REQUESTS = 50_000;
const limits = loadQueryLimits();
const step = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

const platform = await startTestPlatform({ queryLimits: limits });
const vodacom = platform.seed.organizations.Vodacom!;
const adcock = platform.seed.organizations.Adcock!;
const now = new Date();
step("platform started; giving tenant A 50 VMs with 24 h of samples");
for (let i = 0; i < 50; i += 1) {
  const vmId = await createFixtureVm(platform.dbs.vms, vodacom, {
    name: `load-${String(i).padStart(2, "0")}`,
    vcpuCount: 1 + (i % 16),
    memoryGb: 2 + (i % 32),
    powerState: "POWERED_ON",
    disks: [{ label: "Hard disk 1", capacityGb: 60, tier: "STANDARD" }],
  });
  await seedSamples(platform.dbs.telemetry, vmId, vodacom, i, now);
}
const tenantA = await platform.signIn("cloud@vodacom.co.za");
const tenantB = [
  await platform.signIn("it@adcock.co.za"),
  await platform.signIn("finance@adcock.co.za"),
  await platform.signIn("auditor@adcock.co.za"),
];
const pacing = { intervalMs: 500 };
const heavy = heaviestAllowedQuery(limits.maxCost);
const heavyVariables = { organizationId: vodacom };
const dashboardVariables = { organizationId: adcock };
const dashboard = (count: number) =>
  measureDashboard(platform, tenantB, DASHBOARD_QUERY, dashboardVariables, { ...pacing, count });

const heavyStarted = performance.now();
const probe = await platform.query(heavy.query, heavyVariables, tenantA);
const heavyMs = performance.now() - heavyStarted;
if (probe.errors) throw new Error(`tenant A's heavy query failed: ${JSON.stringify(probe.errors)}`);
const bytes = JSON.stringify(probe.data).length;
await dashboard(6); // warm-up
step(`tenant A's heavy query alone: ${ms(heavyMs)}; measuring tenant B idle`);

const idleRun = await dashboard(RUNS);
const idle = summarize(idleRun.latencies);
step("measuring tenant B while tenant A attacks");
// A starts with a full budget, so its opening burst falls inside the measurement.
const load = startHostileLoad(platform, tenantA, heavy.query, heavyVariables, {
  workers: limits.maxConcurrentPerCaller + 2,
  maxRequests: MAX_HOSTILE_REQUESTS,
});
const loadedStart = performance.now();
const loadedRun = await dashboard(RUNS);
const loaded = summarize(loadedRun.latencies);
const loadedSeconds = (performance.now() - loadedStart) / 1000;
const hostile = await load.stop();
await platform.close();

const ratio = loaded.p99 / idle.p99;
console.log(
  `database: ${process.env.TEST_POSTGRES_URL ? "PostgreSQL server" : "PGlite"}; ${RUNS} dashboard loads per phase`,
);
console.log(
  `limits: cost ${limits.maxCost}/query, budget ${limits.budgetCapacity} + ${limits.budgetRefillPerSecond}/s, ` +
    `${limits.maxConcurrentPerCaller} in flight per caller`,
);
console.log(
  `tenant A's query: 50 VMs, every series at ${heavy.stepMinutes}-minute steps, cost ${heavy.cost}, ` +
    `${bytes} bytes, ${ms(heavyMs)} alone`,
);
console.log(
  `tenant A over ${loadedSeconds.toFixed(1)} s: ${hostile.sent} sent, ${hostile.served} served ` +
    `(p50 ${ms(summarize(hostile.servedLatencies).p50)}), refused ${JSON.stringify(hostile.refused)}`,
);
console.log(
  `tenant B idle:   p50 ${ms(idle.p50)}  p99 ${ms(idle.p99)}  max ${ms(idle.max)}  errors ${JSON.stringify(idleRun.errors)}`,
);
console.log(
  `tenant B loaded: p50 ${ms(loaded.p50)}  p99 ${ms(loaded.p99)}  max ${ms(loaded.max)}  errors ${JSON.stringify(loadedRun.errors)}`,
);
console.log(`p99 loaded / idle: ${ratio.toFixed(2)}× (goal ≤ 2×) ${ratio <= 2 ? "PASS" : "FAIL"}`);
process.exitCode = ratio <= 2 && Object.keys(loadedRun.errors).length === 0 ? 0 : 1;
