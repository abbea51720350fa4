import { randomUUID } from "node:crypto";
import { customerUser, startTestSubgraph } from "@dcx/kit/testing";
import { sql } from "drizzle-orm";
import { createVm, PowerState, StorageTier, vmsSubgraph } from "@dcx/vms";
import { ms, summarize } from "./fairness/latency";

/**
 * `npx tsx bench/vm-list.ts [<vm count>]`: `Organization.vms` pages over HTTP for one customer
 * holding many VMs (default 3,300, the original estate's size) among other customers' VMs.
 * Prints the latency of the first page, of the last page (keyset: it should cost what the first
 * does, where OFFSET would read every row before it), of a filtered page and the queries per page.
 * Runs on PGlite, or on the PostgreSQL server when TEST_POSTGRES_URL is set.
 */
const LARGE = Number(process.argv[2] ?? 3300);
const OTHERS = 10;
const PER_OTHER = 300;
const RUNS = 20;

const subgraph = await startTestSubgraph(vmsSubgraph);
const db = subgraph.database.db;
const org = randomUUID();
const seed = async (organizationId: string, count: number, prefix: string) => {
  for (let i = 0; i < count; i += 1) {
    await createVm(db, {
      organizationId,
      // Mixed case, so the order is "ignoring case" for real.
      name: `${i % 2 ? prefix.toUpperCase() : prefix}-${String(i).padStart(5, "0")}`,
      vcpuCount: 1 + (i % 16),
      memoryMib: 1024 * (1 + (i % 32)),
      powerState: i % 5 === 0 ? PowerState.POWERED_OFF : PowerState.POWERED_ON,
      disks: [{ label: "Hard disk 1", capacityGb: 60, tier: StorageTier.STANDARD }],
    });
  }
};
const started = performance.now();
await seed(org, LARGE, "vm");
for (let o = 0; o < OTHERS; o += 1) await seed(randomUUID(), PER_OTHER, "other");
console.log(`seeded ${LARGE} + ${OTHERS * PER_OTHER} VMs in ${((performance.now() - started) / 1000).toFixed(0)} s`);

const LIST = `query($reps: [_Any!]!, $first: Int, $after: String, $powerState: PowerState, $search: String) {
  _entities(representations: $reps) { ... on Organization {
    vms(first: $first, after: $after, powerState: $powerState, search: $search) {
      totalCount edges { cursor node { id name powerState vcpuCount memoryMib disks { capacityGb tier } } }
      pageInfo { hasNextPage endCursor } } } } }`;
interface Page {
  totalCount: number;
  edges: { node: { name: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
const owner = customerUser(org);
async function page(variables: Record<string, unknown>) {
  subgraph.database.resetQueryCount();
  const at = performance.now();
  const result = await subgraph.request<{ _entities: { vms: Page }[] }>(
    LIST,
    { reps: [{ __typename: "Organization", id: org }], ...variables },
    { as: owner },
  );
  const elapsed = performance.now() - at;
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { vms: result.data!._entities[0]!.vms, elapsed, queries: subgraph.database.queryCount() };
}

async function measure(label: string, variables: Record<string, unknown>) {
  await page(variables);
  const timings: number[] = [];
  let last = await page(variables);
  for (let run = 0; run < RUNS; run += 1) {
    last = await page(variables);
    timings.push(last.elapsed);
  }
  const { p50, p99 } = summarize(timings);
  console.log(
    `${label.padEnd(34)} ${String(last.vms.edges.length).padStart(3)} VMs of ${last.vms.totalCount}  ` +
      `queries ${last.queries}  median ${ms(p50)}  p99 ${ms(p99)}`,
  );
}

for (const first of [50, 200]) {
  // Walk every page once to find the cursor of the last one.
  const cursors: (string | null)[] = [null];
  let seen = 0;
  const walk = performance.now();
  for (;;) {
    const { vms } = await page({ first, after: cursors.at(-1) });
    seen += vms.edges.length;
    if (!vms.pageInfo.hasNextPage) break;
    cursors.push(vms.pageInfo.endCursor);
  }
  if (seen !== LARGE) throw new Error(`walked ${seen} VMs, expected ${LARGE}`);
  console.log(
    `\n${subgraph.database.driver}, first: ${first}: ${cursors.length} pages walked in ${ms(performance.now() - walk)}`,
  );
  await measure(`first page`, { first });
  await measure(`page ${Math.floor(cursors.length / 2) + 1} (middle)`, {
    first,
    after: cursors[Math.floor(cursors.length / 2)],
  });
  await measure(`page ${cursors.length} (last)`, { first, after: cursors.at(-1) });
}
console.log();
await measure("powered off, first page", { first: 50, powerState: "POWERED_OFF" });
await measure('search "-012", first page', { first: 50, search: "-012" });

// The plan of a deep page, as the store asks for it: the lateral sub-select reads the
// (organization_id, lower(name)) index from the cursor on, and stops after first + 1 rows.
const plan = await db.execute(sql`explain analyze
  select page.* from unnest(${`{${org}}`}::uuid[]) as scope(organization_id) cross join lateral (
    select id, name, lower(name) as sort_name from vms
    where vms.organization_id = scope.organization_id and vms.lifecycle <> 'deleted'
      and (lower(vms.name), vms.id) > ('vm-03200', '00000000-0000-0000-0000-000000000000'::uuid)
    order by lower(vms.name), vms.id limit 51) page`);
console.log(`\ndeep page plan (${subgraph.database.driver}):`);
for (const row of (plan as unknown as { rows: Record<string, string>[] }).rows)
  console.log(`  ${Object.values(row)[0]}`);
await subgraph.close();
