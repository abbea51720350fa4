import { createOrganization, OrganizationKind } from "@dcx/tenancy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDemoVm, seedSamples } from "../scripts/seed/seed-demo";
import { DASHBOARD_QUERY, type DashboardData } from "./dashboard-query";
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
      const vmId = await createDemoVm(platform.dbs.vms, largeOrgId, {
        name: `scale-${String(i).padStart(3, "0")}`,
        vcpuCount: 1 + (i % 8),
        memoryGb: 2 + (i % 16),
        powerState: "POWERED_ON",
        disks: [{ label: "Hard disk 1", capacityGb: 40, tier: "STANDARD" }],
      });
      if (i % 10 === 0) await seedSamples(platform.dbs.telemetry, vmId, largeOrgId, i, now);
    }
  });
  afterAll(() => platform?.close());

  async function countFor(id: string) {
    // The first request of a session also asks tenancy who is calling; later ones use the cache.
    await platform.query(DASHBOARD_QUERY, { organizationId: id }, providerStaff);
    platform.resetQueryCount();
    const result = await platform.query<DashboardData>(DASHBOARD_QUERY, { organizationId: id }, providerStaff);
    expect(result.errors).toBeUndefined();
    return { queries: platform.queryCount(), vms: result.data!.organization!.vms!.length };
  }

  it(`is the same for 5 VMs and for ${LARGE} VMs`, async () => {
    const small = await countFor(platform.seed.organizations.Adcock!);
    const large = await countFor(largeOrgId);
    expect(small.vms).toBe(5);
    expect(large.vms).toBe(LARGE);
    expect(large.queries).toBe(small.queries);
    expect(small.queries).toBeLessThanOrEqual(10);
  });
});
