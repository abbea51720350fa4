import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DASHBOARD_QUERY, type DashboardData, dashboardVms } from "./dashboard-query";
import { type SignedIn, startTestPlatform, type TestPlatform } from "./platform";

/**
 * The original dashboard showed 0 % and R0.00 when a backend was down. Here a subgraph that is
 * down turns into errors on exactly the fields it serves; everything else still arrives.
 */
const unavailable = (service: string) =>
  expect.objectContaining({
    message: `The ${service} service is unavailable`,
    extensions: expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE", service }),
  });

describe("a subgraph that is down", () => {
  let platform: TestPlatform;
  let adcock: string;
  let adcockOwner: SignedIn;
  const dashboard = () => platform.query<DashboardData>(DASHBOARD_QUERY, { organizationId: adcock }, adcockOwner);

  beforeAll(async () => {
    platform = await startTestPlatform();
    adcock = platform.seed.organizations.Adcock!;
    adcockOwner = await platform.signIn("it@adcock.co.za");
  });
  afterAll(() => platform?.close());

  it("telemetry down: metrics are errors, never zeros; cost, wallet and VMs still arrive", async () => {
    await platform.subgraphs.telemetry.server.close();
    const result = await dashboard();
    const vms = dashboardVms(result.data);
    expect(vms).toHaveLength(5);
    expect(vms.every((vm) => vm.metrics === null)).toBe(true);
    expect(vms.every((vm) => vm.estimatedMonthlyCost !== null)).toBe(true);
    expect(result.data!.organization!.wallet?.balance.amount).toBe("25000.00");
    expect(result.errors).toContainEqual(unavailable("telemetry-billing"));
  });

  it("catalog down as well: cost estimates are errors, the inventory still arrives", async () => {
    await platform.subgraphs.catalog.server.close();
    const result = await dashboard();
    const vms = dashboardVms(result.data);
    expect(vms.map((vm) => vm.name).sort()).toEqual([
      "adk-app-01",
      "adk-file-01",
      "adk-jump-01",
      "adk-sql-01",
      "adk-web-01",
    ]);
    expect(vms.every((vm) => vm.estimatedMonthlyCost === null)).toBe(true);
    expect(result.errors).toContainEqual(unavailable("catalog"));
  });
});
