import { DASHBOARD_QUERY } from "../integration/dashboard-query";
import type { TelemetryDb } from "@dcx/telemetry-billing";
import type { VmsDb } from "@dcx/vms";
import { type SignedIn, startTestPlatform } from "../integration/platform";
import { createFixtureVm } from "../scripts/seed/fixture-vm";
import { seedSamples } from "../scripts/seed/fixture-samples";
import { loadQueryLimits } from "../supergraph/src/limits/limits-config";
import { heaviestAllowedQuery } from "./fairness/heaviest-query";
import { ms, summarize } from "./fairness/latency";
import { startHostileProcess, startPlatformProcesses } from "./fairness/separate-processes";
import { type Ask, type LoadReport, measureDashboard, startHostileLoad } from "./fairness/tenant-load";
import { post } from "./platform-memory/dashboard-load";

/**
 * `npm run bench:fairness [-- runs] [--in-process]`: does one tenant's abuse slow another tenant down?
 * Tenant B (Adcock, 5 VMs; three of its people taking turns, one load every half second) loads its
 * dashboard `runs` times (default 100) idle, then again while tenant A (Vodacom, given 50 VMs with
 * 24 h of samples) sends the heaviest query the gateway's limits allow from more connections than
 * it may use at once, in a loop, as often as the limits let it (a refused request waits the
 * `retryAfterSeconds` it was told; `--ignore-retry-after` sends again at once, a flood the
 * platform must refuse cheaply). Prints both p99s and their ratio (goal: at most 2).
 *
 * By default the platform runs as in production: the built services, each in its own process, on
 * the PostgreSQL server (TEST_POSTGRES_URL, else postgres://postgres@127.0.0.1:5432/postgres), and
 * tenant A's load comes from a process of its own. `--in-process` runs everything — platform,
 * tenant A and tenant B — in this one process (PGlite, or the server with TEST_POSTGRES_URL): the
 * worst case, where every millisecond of A's work is taken from B's event loop.
 */
const args = process.argv.slice(2);
const inProcess = args.includes("--in-process");
const ignoreRetryAfter = args.includes("--ignore-retry-after");
const RUNS = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 100);
const MAX_HOSTILE_REQUESTS = 500_000;
const limits = loadQueryLimits();
const step = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

interface Tenants<Person> {
  ask: Ask<Person>;
  tenantA: Person;
  tenantB: Person[];
  vodacom: string;
  adcock: string;
  /** Tenant A's load while B measures. */
  startHostile(query: string, variables: Record<string, unknown>, workers: number): Promise<() => Promise<LoadReport>>;
  database: string;
  close(failed: boolean): Promise<void>;
}

/** Whoever sends a request: an access token (and the person's address) in headers. */
type Person = Pick<SignedIn, "headers">;

async function inOneProcess(): Promise<Tenants<Person>> {
  const platform = await startTestPlatform({ queryLimits: limits });
  const vodacom = platform.seed.organizations.Vodacom!;
  await giveFleet(platform.dbs, vodacom);
  // The platform's own client sends only the person's headers.
  const ask: Ask<Person> = (query, variables, person) => platform.query(query, variables, person as SignedIn);
  return {
    ask,
    tenantA: await platform.signIn("cloud@vodacom.co.za"),
    tenantB: [
      await platform.signIn("it@adcock.co.za"),
      await platform.signIn("finance@adcock.co.za"),
      await platform.signIn("auditor@adcock.co.za"),
    ],
    vodacom,
    adcock: platform.seed.organizations.Adcock!,
    startHostile: async (query, variables, workers) => {
      const load = startHostileLoad(ask, await platform.signIn("cloud@vodacom.co.za"), query, variables, {
        workers,
        maxRequests: MAX_HOSTILE_REQUESTS,
        ignoreRetryAfter,
      });
      return () => load.stop();
    },
    database: `${process.env.TEST_POSTGRES_URL ? "PostgreSQL server" : "PGlite"}, everything in one process`,
    close: () => platform.close(),
  };
}

async function inSeparateProcesses(): Promise<Tenants<Person>> {
  const adminUrl = process.env.TEST_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const platform = await startPlatformProcesses(adminUrl, step);
  try {
    const person = (email: string, index: number) => platform.signIn(email, `203.0.113.${20 + index}`);
    const tenantA = await person("cloud@vodacom.co.za", 0);
    const tenantB = await Promise.all(
      ["it@adcock.co.za", "finance@adcock.co.za", "auditor@adcock.co.za"].map((email, i) => person(email, i + 1)),
    );
    await giveFleet(platform.dbs, tenantA.organizationId);
    return {
      ask: (query, variables, as) => post(platform.gatewayUrl, query, variables, as.headers),
      tenantA,
      tenantB,
      vodacom: tenantA.organizationId,
      adcock: tenantB[0]!.organizationId,
      startHostile: async (query, variables, workers) => {
        const load = await startHostileProcess({
          gatewayUrl: platform.gatewayUrl,
          headers: tenantA.headers,
          query,
          variables,
          workers,
          maxRequests: MAX_HOSTILE_REQUESTS,
          ignoreRetryAfter,
        });
        return () => load.stop();
      },
      database: "PostgreSQL server, every service in its own process, tenant A's load from another",
      close: (failed) => platform.stop({ keepLog: failed }),
    };
  } catch (error) {
    await platform.stop();
    throw error;
  }
}

/** Tenant A's 50 powered-on VMs, each with 24 h of 5-minute samples. */
async function giveFleet(dbs: { vms: VmsDb; telemetry: TelemetryDb }, organizationId: string) {
  step("giving tenant A 50 VMs with 24 h of samples");
  const now = new Date();
  for (let i = 0; i < 50; i += 1) {
    const vmId = await createFixtureVm(dbs.vms, organizationId, {
      name: `load-${String(i).padStart(2, "0")}`,
      vcpuCount: 1 + (i % 16),
      memoryGb: 2 + (i % 32),
      powerState: "POWERED_ON",
      disks: [{ label: "Hard disk 1", capacityGb: 60, tier: "STANDARD" }],
    });
    await seedSamples(dbs.telemetry, vmId, organizationId, i, now);
  }
}

const tenants = inProcess ? await inOneProcess() : await inSeparateProcesses();
try {
  const { ask, tenantA, tenantB } = tenants;
  const heavy = heaviestAllowedQuery(limits.maxCost);
  const heavyVariables = { organizationId: tenants.vodacom };
  const dashboardVariables = { organizationId: tenants.adcock };
  const pacing = { intervalMs: 500 };
  const dashboard = (count: number) =>
    measureDashboard(ask, tenantB, DASHBOARD_QUERY, dashboardVariables, { ...pacing, count });

  const heavyStarted = performance.now();
  const probe = await ask(heavy.query, heavyVariables, tenantA);
  const heavyMs = performance.now() - heavyStarted;
  if (probe.errors) throw new Error(`tenant A's heavy query failed: ${JSON.stringify(probe.errors)}`);
  const bytes = JSON.stringify(probe).length;
  await dashboard(6); // warm-up
  step(`tenant A's heavy query alone: ${ms(heavyMs)}; measuring tenant B idle`);

  const idleRun = await dashboard(RUNS);
  const idle = summarize(idleRun.latencies);
  step("measuring tenant B while tenant A attacks");
  // A starts with a full budget, so its opening burst falls inside the measurement.
  const stopHostile = await tenants.startHostile(heavy.query, heavyVariables, limits.maxConcurrentPerCaller + 2);
  const loadedStart = performance.now();
  const loadedRun = await dashboard(RUNS);
  const loaded = summarize(loadedRun.latencies);
  const loadedSeconds = (performance.now() - loadedStart) / 1000;
  const hostile = await stopHostile();

  const ratio = loaded.p99 / idle.p99;
  console.log(`database: ${tenants.database}; ${RUNS} dashboard loads per phase`);
  console.log(`tenant A ${ignoreRetryAfter ? "ignores" : "waits as told by"} retryAfterSeconds`);
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
} finally {
  await tenants.close(process.exitCode !== 0);
}
