import { createOrganization, OrganizationKind } from "@dcx/tenancy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureVm } from "../scripts/seed/fixture-vm";
import { seedSamples } from "../scripts/seed/fixture-samples";
import { print } from "graphql";
import { DashboardMoreVmsDocument } from "../web/src/gql/graphql";
import { DASHBOARD_QUERY, type DashboardData, dashboardVms } from "./dashboard-query";
import { type SignedIn, startTestPlatform, type TestPlatform } from "./platform";

/**
 * The number of database queries behind the dashboard query must not grow with the number of
 * VMs: every entity reference and child list is loaded in batches.
 */
describe("database queries per dashboard query", () => {
  let platform: TestPlatform;
  let providerStaff: SignedIn;
  let largeOrgId: string;
  const LARGE = 120;

  beforeAll(async () => {
    platform = await startTestPlatform();
    providerStaff = await platform.signIn("ops@datacentrix.co.za");
    const provider = platform.seed.organizations.Datacentrix!;
    largeOrgId = (
      await createOrganization(platform.dbs.tenancy, {
        name: "Scale Test",
        kind: OrganizationKind.CUSTOMER,
        parentId: provider,
      })
    ).id;
    const now = new Date();
    for (let i = 0; i < LARGE; i += 1) {
      const vmId = await createFixtureVm(platform.dbs.vms, largeOrgId, {
        name: `scale-${String(i).padStart(3, "0")}`,
        vcpuCount: 1 + (i % 8),
        memoryGb: 2 + (i % 16),
        powerState: "POWERED_ON",
        disks: [{ label: "Hard disk 1", capacityGb: 40, tier: "STANDARD" }],
      });
      if (i % 10 === 0) await seedSamples(platform.dbs.telemetry, vmId, largeOrgId, i, now);
      // Adcock's demo has an open alert, whose VM names the gateway then asks vms for; an empty
      // list needs no such fetch. This VM's samples stop 3 hours ago, so "No samples" fires here too.
      if (i === 1)
        await seedSamples(platform.dbs.telemetry, vmId, largeOrgId, i, new Date(now.getTime() - 3 * 3_600_000));
    }
    await platform.telemetry.maintain();
  });
  afterAll(() => platform?.close());

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
    const small = await countFor(DASHBOARD_QUERY, { organizationId: platform.seed.organizations.Adcock! });
    const large = await countFor(DASHBOARD_QUERY, { organizationId: largeOrgId });
    expect([small.shown, small.vms.totalCount]).toEqual([5, 5]);
    expect([large.shown, large.vms.totalCount, large.vms.pageInfo.hasNextPage]).toEqual([50, LARGE, true]);
    expect(large.queries).toBe(small.queries);
    // Tenancy, wallet, catalog, vms, and telemetry's window, newest values, health, usage and alerts.
    expect(small.queries).toBeLessThanOrEqual(17);
    const more = print(DashboardMoreVmsDocument);
    const second = await countFor(more, { organizationId: largeOrgId, after: large.vms.pageInfo.endCursor });
    const last = await countFor(more, { organizationId: largeOrgId, after: second.vms.pageInfo.endCursor });
    expect([second.shown, last.shown, last.vms.pageInfo.hasNextPage]).toEqual([50, LARGE - 100, false]);
    expect(second.queries).toBeLessThanOrEqual(small.queries);
    expect(last.queries).toBe(second.queries);
  });
});
