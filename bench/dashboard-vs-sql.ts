import { DASHBOARD_QUERY } from "../integration/dashboard-query";
import { startTestPlatform } from "../integration/platform";
import { seedFleet } from "../scripts/seed/fixture-fleet";
import { dashboardBySql } from "./dashboard/baseline/dashboard-by-sql";
import { firstDifference } from "./dashboard/baseline/first-difference";
import { giveFleetUsageAndWallet } from "./dashboard/fleet-billing";
import { describeTimings, median, newTimings, type Timings } from "./dashboard/baseline/timings";

/**
 * `npm run bench:dashboard [-- <VM counts…>] [--runs=N]`: the dashboard query through the gateway
 * against a hand-written reference that reads the same answer straight from the five databases
 * (bench/dashboard/baseline). Per customer size (default 5 500 3300; each a customer of the
 * provider with that many VMs, a day of 5-minute samples, a few days of metered usage charged to a
 * wallet with a fixed opening credit and a hold), both answers must be equal before
 * they are timed; then gateway and SQL runs alternate (default 15 each, or BENCH_RUNS). Runs on
 * PGlite, or on the PostgreSQL server when TEST_POSTGRES_URL is set.
 *
 * The reference mirrors the subgraphs assuming the roll-ups are complete (seedFleet rolls up);
 * it runs in this process, so its figures carry no HTTP hop: the ratio is the whole cost of the
 * gateway, the subgraphs' GraphQL execution and their per-object work.
 */
const args = process.argv.slice(2);
const sizes = [...new Set(args.filter((arg) => /^\d+$/.test(arg)).map(Number))].filter((count) => count > 0);
if (sizes.length === 0) sizes.push(5, 500, 3300);
const RUNS = Number(args.find((arg) => arg.startsWith("--runs="))?.slice(7) ?? process.env.BENCH_RUNS ?? 15);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error("--runs (or BENCH_RUNS) must be a whole number ≥ 1");
const WARM_UP_RUNS = 2;
/** Below a full first page the fixed cost of a request dominates, so more headroom is allowed there. */
const goalFor = (vmCount: number) => (vmCount < 50 ? 3 : 1.5);

const platform = await startTestPlatform();
const driver = platform.subgraphs.tenancy.database.driver;
console.log(`dashboard through the gateway vs hand-written SQL; database driver: ${driver}; ${RUNS} runs each`);
const staff = await platform.signIn("ops@datacentrix.co.za");

const viaGateway = async (organizationId: string) => {
  const result = await platform.query(DASHBOARD_QUERY, { organizationId }, staff);
  if (result.errors || !result.data) {
    throw new Error(`the gateway answered with errors: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
};

/** Both answers, equal; read once more before failing, in case the hour or a 15-minute staleness turned in between. */
async function assertSameAnswer(label: string, organizationId: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const difference = firstDifference(
      await viaGateway(organizationId),
      await dashboardBySql(platform.dbs, organizationId),
    );
    if (!difference) return;
    if (attempt === 2) throw new Error(`${label}: the SQL reference answers differently at ${difference}`);
  }
}

// The demo customer has a parent, open alerts and a month of usage, which seeded fleets lack.
await assertSameAnswer("demo customer Adcock", platform.seed.organizations.Adcock!);
console.log("demo customer Adcock: answers equal");

const fleets: { vmCount: number; organizationId: string }[] = [];
for (const vmCount of sizes) {
  console.log(`seeding a customer with ${vmCount} VMs`);
  const started = performance.now();
  const fleet = await seedFleet(platform.dbs, platform.seed.organizations.Datacentrix!, vmCount, new Date(), (line) =>
    console.log(line),
  );
  await giveFleetUsageAndWallet(platform.dbs, fleet.organizationId, new Date());
  console.log(`  seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  fleets.push({ vmCount, organizationId: fleet.organizationId });
}
// One pass for every fleet (a day is charged once): metering, then each whole day charged to the
// wallets, the demo's month included; the hundreds-of-VMs fleets run into arrears.
const billingStarted = performance.now();
const billing = await platform.billing.meter(new Date());
console.log(
  `billing: ${billing.metering.vmsReworked} VMs metered from their start, ${billing.charges?.daysFixed ?? 0} days ` +
    `fixed, ${billing.charges?.posted ?? 0} charges posted in ${((performance.now() - billingStarted) / 1000).toFixed(1)} s` +
    (billing.charges?.error ? ` (a charge failed: ${billing.charges.error})` : ""),
);
await assertSameAnswer("demo customer Adcock, charged", platform.seed.organizations.Adcock!);
console.log("demo customer Adcock, charged: answers equal");
for (const subgraph of Object.values(platform.subgraphs)) await subgraph.database.executeSql("analyze");
console.log("ANALYZE run on the five databases");

async function timed(timings: Timings, run: () => Promise<unknown>): Promise<void> {
  platform.resetQueryCount();
  const started = performance.now();
  await run();
  timings.ms.push(performance.now() - started);
  timings.statements.push(platform.queryCount());
}

const results: { vmCount: number; ratio: number; goal: number }[] = [];
for (const { vmCount, organizationId } of fleets) {
  for (let run = 0; run < WARM_UP_RUNS; run += 1) {
    await viaGateway(organizationId);
    await dashboardBySql(platform.dbs, organizationId);
  }
  await assertSameAnswer(`${vmCount} VMs`, organizationId);
  const gateway = newTimings();
  const reference = newTimings();
  for (let run = 0; run < RUNS; run += 1) {
    await timed(gateway, () => viaGateway(organizationId));
    await timed(reference, () => dashboardBySql(platform.dbs, organizationId));
  }
  const ratio = median(gateway.ms) / median(reference.ms);
  const goal = goalFor(vmCount);
  results.push({ vmCount, ratio, goal });
  console.log(`${vmCount} VMs: answers equal`);
  console.log(`  gateway  ${describeTimings(gateway)}`);
  console.log(`  SQL      ${describeTimings(reference)}`);
  // The minimums' ratio as well: on a busy machine it moves less than the medians' does.
  const floorRatio = Math.min(...gateway.ms) / Math.min(...reference.ms);
  console.log(
    `  gateway ÷ SQL ${ratio.toFixed(2)}× by medians, ${floorRatio.toFixed(2)}× by minimums ` +
      `(goal ≤ ${goal}× by medians: ${ratio <= goal ? "met" : "NOT met"})`,
  );
}

console.log(`\nsummary (${driver}):`);
for (const { vmCount, ratio, goal } of results) {
  console.log(
    `  ${String(vmCount).padStart(5)} VMs  ${ratio.toFixed(2)}×  goal ≤ ${goal}×  ${ratio <= goal ? "met" : "NOT met"}`,
  );
}
await platform.close();
