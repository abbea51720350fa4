import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DASHBOARD_QUERY, type DashboardData, dashboardVms } from "./dashboard-query";
import { type SignedIn, startTestPlatform, type TestPlatform } from "./platform";

describe("the dashboard query through the gateway", () => {
  let platform: TestPlatform;
  let adcockOwner: SignedIn;
  beforeAll(async () => {
    platform = await startTestPlatform();
    adcockOwner = await platform.signIn("it@adcock.co.za");
  });
  afterAll(() => platform?.close());

  it("returns data from all five subgraphs in one request", async () => {
    const adcock = platform.seed.organizations.Adcock!;
    const result = await platform.query<DashboardData>(DASHBOARD_QUERY, { organizationId: adcock }, adcockOwner);
    expect(result.errors).toBeUndefined();
    const org = result.data!.organization!;

    // tenancy: a customer sees its own organisation only, not the provider above it
    expect(org).toMatchObject({ name: "Adcock", kind: "CUSTOMER", parent: null });
    // wallet: the R25 000 opening credit
    expect(org.wallet?.balance).toEqual({ amount: "25000.00", currency: "ZAR" });
    // vms: 5 VMs, 30 vCPU, 84 GB, all on the first page
    const vms = dashboardVms(result.data);
    expect(vms).toHaveLength(5);
    expect(org.vms).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: false } });
    expect(vms.reduce((sum, vm) => sum + vm.vcpuCount, 0)).toBe(30);
    expect(vms.reduce((sum, vm) => sum + vm.memoryMib, 0) / 1024).toBe(84);
    // catalog: adk-web-01 = 6 vCPU × 0.42 × 730 + 16 GB × 0.185 × 730 + 80 GB × 1.15
    //        = 1839.60 + 2160.80 + 92.00 = 4092.40
    const web = vms.find((vm) => vm.name === "adk-web-01")!;
    expect(web.estimatedMonthlyCost?.monthlyTotal).toEqual({ amount: "4092.40", currency: "ZAR" });
    // telemetry-billing: 24 hourly buckets (25 when the window straddles a bucket edge)
    expect(web.metrics!.cpu.length).toBeGreaterThanOrEqual(24);
    expect(web.metrics!.cpu.length).toBeLessThanOrEqual(25);
    for (const point of web.metrics!.cpu) {
      expect(point.average).toBeGreaterThanOrEqual(0);
      expect(point.maximum).toBeGreaterThanOrEqual(point.average);
    }
  });

  it("answers null, not an error, for an organisation that does not exist", async () => {
    const result = await platform.query<DashboardData>(
      DASHBOARD_QUERY,
      { organizationId: "00000000-0000-4000-8000-000000000000" },
      adcockOwner,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.organization).toBeNull();
  });
});
