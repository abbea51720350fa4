import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureVm } from "../scripts/seed/fixture-vm";
import { seedSamples } from "../scripts/seed/fixture-samples";
import { print } from "graphql";
import { DashboardMoreVmsDocument } from "../web/src/gql/graphql";
import { DASHBOARD_QUERY, type DashboardData, dashboardVms } from "./dashboard-query";
import { type SignedIn, startTestPlatform, type TestPlatform } from "./platform";

/** What the dashboard's one request may cost in database statements, whatever the fleet's size. */
const MAX_DASHBOARD_QUERIES = 20;

/**
 * The number of database queries behind the dashboard query must not grow with the number of
 * VMs: every entity reference and child list is loaded in batches.
 */
describe("database queries per dashboard query", () => {
  let platform: TestPlatform;
  let providerStaff: SignedIn;
  let adcock: string;
  const LARGE = 120;

  beforeAll(async () => {
    platform = await startTestPlatform();
    providerStaff = await platform.signIn("ops@datacentrix.co.za");
    adcock = platform.seed.organizations.Adcock!;
  });
  afterAll(() => platform?.close());

  /** Grows Adcock's demo fleet of 5 to `LARGE` VMs, so wallet, bill and alerts stay the same. */
  async function growAdcock() {
    const now = new Date();
    for (let i = 5; i < LARGE; i += 1) {
      const vmId = await createFixtureVm(platform.dbs.vms, adcock, {
        name: `scale-${String(i).padStart(3, "0")}`,
        vcpuCount: 1 + (i % 8),
        memoryGb: 2 + (i % 16),
        powerState: "POWERED_ON",
        disks: [{ label: "Hard disk 1", capacityGb: 40, tier: "STANDARD" }],
      });
      if (i % 10 === 0) await seedSamples(platform.dbs.telemetry, vmId, adcock, i, now);
    }
    await platform.telemetry.maintain();
  }

  async function countFor(query: string, variables: Record<string, unknown>) {
    // The first request of a session also asks tenancy who is calling; later ones use the cache.
    await platform.query(query, variables, providerStaff);
    platform.resetQueryCount();
    const result = await platform.query<DashboardData>(query, variables, providerStaff);
    expect(result.errors).toBeUndefined();
    const vms = result.data!.organization!.vms!;
    return { queries: platform.queryCount(), shown: dashboardVms(result.data).length, vms };
  }

  it(`is the same for 5 VMs and for ${LARGE} VMs (a first page of 50), and for the pages after`, async () => {
    const small = await countFor(DASHBOARD_QUERY, { organizationId: adcock });
    await growAdcock();
    const large = await countFor(DASHBOARD_QUERY, { organizationId: adcock });
    expect([small.shown, small.vms.totalCount]).toEqual([5, 5]);
    expect([large.shown, large.vms.totalCount, large.vms.pageInfo.hasNextPage]).toEqual([50, LARGE, true]);
    expect(large.queries).toBe(small.queries);
    // Tenancy; wallet with its runway and arrears; catalog; vms; telemetry's window, newest values,
    // health, usage, alerts and the month's bill.
    expect(small.queries).toBeLessThanOrEqual(MAX_DASHBOARD_QUERIES);
    const more = print(DashboardMoreVmsDocument);
    const second = await countFor(more, { organizationId: adcock, after: large.vms.pageInfo.endCursor });
    const last = await countFor(more, { organizationId: adcock, after: second.vms.pageInfo.endCursor });
    expect([second.shown, last.shown, last.vms.pageInfo.hasNextPage]).toEqual([50, LARGE - 100, false]);
    expect(second.queries).toBeLessThanOrEqual(small.queries);
    expect(last.queries).toBe(second.queries);
  });
});
