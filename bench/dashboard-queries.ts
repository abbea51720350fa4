import { createOrganization, OrganizationKind } from "@dcx/tenancy";
import { DASHBOARD_QUERY } from "../integration/dashboard-query";
import { startTestPlatform } from "../integration/platform";
import { createFixtureVm } from "../scripts/seed/fixture-vm";
import { seedSamples } from "../scripts/seed/fixture-samples";

/**
 * `npm run bench [-- <vm count>]`: database queries and latency of the dashboard query for the
 * 5-VM demo customer and for a customer with many VMs (default 500), each with 24 h of samples.
 * Runs on PGlite, or on the PostgreSQL server when TEST_POSTGRES_URL is set.
 */
const LARGE = Number(process.argv[2] ?? 500);
const RUNS = 5;

const platform = await startTestPlatform();
const providerStaff = await platform.signIn("ops@datacentrix.co.za");
const provider = platform.seed.organizations.Datacentrix!;
const large = await createOrganization(platform.dbs.tenancy, {
  name: "Bench Customer",
  kind: OrganizationKind.CUSTOMER,
  parentId: provider,
});
const now = new Date();
for (let i = 0; i < LARGE; i += 1) {
  const vmId = await createFixtureVm(platform.dbs.vms, large.id, {
    name: `bench-${String(i).padStart(4, "0")}`,
    vcpuCount: 1 + (i % 16),
    memoryGb: 2 + (i % 32),
    powerState: "POWERED_ON",
    disks: [{ label: "Hard disk 1", capacityGb: 60, tier: "STANDARD" }],
  });
  await seedSamples(platform.dbs.telemetry, vmId, large.id, i, now);
  if ((i + 1) % 100 === 0) console.log(`  seeded ${i + 1}/${LARGE} VMs`);
}

async function measure(label: string, id: string) {
  const timings: number[] = [];
  let queries = 0;
  let vms = 0;
  // Warm-up: the first request of a session also asks tenancy who is calling.
  await platform.query(DASHBOARD_QUERY, { organizationId: id }, providerStaff);
  for (let run = 0; run < RUNS; run += 1) {
    platform.resetQueryCount();
    const started = performance.now();
    const result = await platform.query<{ organization: { vms: { edges: unknown[] } } }>(
      DASHBOARD_QUERY,
      { organizationId: id },
      providerStaff,
    );
    timings.push(performance.now() - started);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    queries = platform.queryCount();
    vms = result.data!.organization.vms.edges.length;
  }
  timings.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(14)} VMs on the first page ${String(vms).padStart(4)}  database queries ${String(queries).padStart(3)}  ` +
      `median ${timings[Math.floor(RUNS / 2)]!.toFixed(0)} ms  (min ${timings[0]!.toFixed(0)}, max ${timings[RUNS - 1]!.toFixed(0)})`,
  );
}

console.log(`dashboard query, ${RUNS} runs each, ${platform.subgraphs.tenancy.database.driver}`);
await measure("demo customer", platform.seed.organizations.Adcock!);
await measure("large customer", large.id);
await platform.close();
