import { createOrganization, OrganizationKind } from "@dcx/tenancy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newestScore } from "../web/src/health-badge";
import { createTelemetryEstate } from "./browser/telemetry-estate";
import { DASHBOARD_QUERY, type DashboardData, type DashboardVm, dashboardVms } from "./dashboard-query";
import { type SignedIn, startTestPlatform, type TestPlatform } from "./platform";

const HOUR_MS = 3_600_000;
/** The hourly buckets of a series that start within [from, to) hours before now. */
const bucketsBetween = (vm: DashboardVm, series: "cpu" | "memory", fromHoursAgo: number, toHoursAgo: number) => {
  const { since, stepMinutes } = vm.metrics!;
  const now = Date.now();
  return vm.metrics![series].average.filter((_, i) => {
    const start = Date.parse(since) + i * stepMinutes * 60_000;
    return start >= now - fromHoursAgo * HOUR_MS && start < now - toHoursAgo * HOUR_MS;
  });
};

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
    // telemetry-billing: the last 24 hours in 24 hourly buckets, columnar, and the newest values
    expect(web.metrics).toMatchObject({ stepMinutes: 60, cpu: { unit: "%" }, memory: { unit: "%" } });
    expect(web.metrics!.cpu.average).toHaveLength(24);
    expect(web.metrics!.memory.average).toHaveLength(24);
    for (const value of [...web.metrics!.cpu.average, ...web.metrics!.memory.average]) {
      if (value !== null) expect(value).toBeGreaterThanOrEqual(0);
      if (value !== null) expect(value).toBeLessThanOrEqual(100);
    }
    expect(web.telemetry).toMatchObject({ stale: false, cpu: expect.any(Number), memory: expect.any(Number) });
    // telemetry-billing: each VM's health per hour, null for the hours the powered-off one sent nothing
    expect(web.health!.score).toHaveLength(24);
    for (const score of web.health!.score) if (score !== null) expect(score).toBeGreaterThanOrEqual(0);
    const jump = vms.find((vm) => vm.name === "adk-jump-01")!;
    expect(jump.health!.score.every((score) => score === null)).toBe(true);
    // the demo's full-disk alert on adk-web-01, with its VM's name from the vms subgraph
    expect(org.openAlerts).toContainEqual(
      expect.objectContaining({
        ruleName: "Guest disk over 85 % full",
        severity: "WARNING",
        unit: "%",
        peakValue: expect.any(Number),
        vm: { id: web.id, name: "adk-web-01" },
      }),
    );
    expect(org.openAlerts!.length).toBe(vms.reduce((sum, vm) => sum + vm.openAlertCount!, 0));
    // the fleet's day: the four running VMs sent samples, the powered-off one none
    expect(org.usage!.measuredVmCount).toBe(4);
    expect(org.usage!.peakCpuPercent).toBeGreaterThanOrEqual(org.usage!.averageCpuPercent!);
    expect(org.usage!.peakMemoryPercent).toBeGreaterThanOrEqual(org.usage!.averageMemoryPercent!);
    expect(org.usage!.averageCpuPercent).toBeGreaterThan(0);
  });

  it("answers a bucket without samples as null, never 0, and a VM without recent samples as stale", async () => {
    const estate = await createOrganization(platform.dbs.tenancy, {
      name: "Telemetry Estate",
      kind: OrganizationKind.CUSTOMER,
      parentId: platform.seed.organizations.Datacentrix!,
    });
    await createTelemetryEstate(platform, estate.id);
    const result = await platform.query<DashboardData>(
      DASHBOARD_QUERY,
      { organizationId: estate.id },
      await platform.provider(),
    );
    expect(result.errors).toBeUndefined();
    const byName = new Map(dashboardVms(result.data).map((vm) => [vm.name, vm]));
    const gap = byName.get("tm-gap")!;
    expect(gap.telemetry).toMatchObject({ stale: false, cpu: expect.any(Number), memory: expect.any(Number) });
    // tm-gap has no samples 9–13 hours ago: those buckets are gaps, those around them are not.
    expect(bucketsBetween(gap, "cpu", 12, 10).every((value) => value === null)).toBe(true);
    expect(bucketsBetween(gap, "memory", 12, 10).every((value) => value === null)).toBe(true);
    expect(bucketsBetween(gap, "cpu", 8, 1).every((value) => typeof value === "number")).toBe(true);
    expect(bucketsBetween(gap, "cpu", 22, 14).every((value) => typeof value === "number")).toBe(true);
    // tm-stale runs but has had no sample for 3 hours: no newest values, and its last buckets are gaps.
    const stale = byName.get("tm-stale")!;
    expect(stale.telemetry).toMatchObject({ stale: true, cpu: null, memory: null, sampledAt: expect.any(String) });
    expect(Date.now() - Date.parse(stale.telemetry!.sampledAt!)).toBeGreaterThan(3 * HOUR_MS - 10 * 60_000);
    expect(bucketsBetween(stale, "cpu", 2, -1).every((value) => value === null)).toBe(true);
    expect(bucketsBetween(stale, "cpu", 20, 4).every((value) => typeof value === "number")).toBe(true);
    // tm-never was never sampled: every bucket is a gap, and there is no newest sample at all.
    const never = byName.get("tm-never")!;
    expect(never.metrics!.cpu.average).toEqual(Array(24).fill(null));
    expect(never.metrics!.memory.average).toEqual(Array(24).fill(null));
    expect(never.telemetry).toMatchObject({ stale: true, sampledAt: null, cpu: null, memory: null });
    // Alerts firing now: tm-gap's /data is 95 % full, tm-stale has sent nothing for 3 hours.
    expect([gap.openAlertCount, stale.openAlertCount, never.openAlertCount]).toEqual([1, 1, 0]);
    // Health: the disk alert takes 15 points off tm-gap's newest hour, the silence 40 off tm-stale's
    // last hour with samples; the hours without samples have no score, and tm-never none at all.
    expect(newestScore(gap.health!.score)).toBe(85);
    expect(gap.health!.score.map((score) => score === null)).toEqual(
      gap.metrics!.cpu.average.map((value) => value === null),
    );
    expect(newestScore(stale.health!.score)).toBe(60);
    expect(stale.health!.score.slice(-3)).toEqual([null, null, null]);
    expect(never.health!.score).toEqual(Array(24).fill(null));
    expect(newestScore(never.health!.score)).toBeNull();

    const organization = result.data!.organization!;
    // The overview's open alerts name their VMs; the silence has no value, the full disk its worst.
    const alerts = organization.openAlerts!;
    expect(alerts.filter((alert) => alert.vm.name === "tm-gap")).toEqual([
      expect.objectContaining({ ruleName: "Guest disk over 85 % full", severity: "WARNING", peakValue: 95, unit: "%" }),
    ]);
    expect(alerts.filter((alert) => alert.vm.name === "tm-stale")).toEqual([
      expect.objectContaining({ ruleName: "No samples for 15 minutes", severity: "CRITICAL", peakValue: null }),
    ]);
    expect(alerts.some((alert) => alert.vm.name === "tm-never")).toBe(false);
    for (const alert of alerts) expect(alert.vm.id).toBe(byName.get(alert.vm.name)!.id);
    // Usage counts the VMs that sent samples in 24 h (tm-gap, tm-stale, tm-off), never tm-never as a 0.
    const usage = organization.usage!;
    expect(usage.measuredVmCount).toBe(3);
    for (const [average, peak] of [
      [usage.averageCpuPercent, usage.peakCpuPercent],
      [usage.averageMemoryPercent, usage.peakMemoryPercent],
    ]) {
      expect(average).toBeGreaterThan(0);
      expect(peak).toBeGreaterThanOrEqual(average!);
      expect(peak).toBeLessThanOrEqual(100);
    }
  });

  it("answers an organisation without VMs no open alerts and usage without figures, never zeros", async () => {
    const empty = await createOrganization(platform.dbs.tenancy, {
      name: "Empty Estate",
      kind: OrganizationKind.CUSTOMER,
      parentId: platform.seed.organizations.Datacentrix!,
    });
    const result = await platform.query<DashboardData>(
      DASHBOARD_QUERY,
      { organizationId: empty.id },
      await platform.provider(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.organization).toMatchObject({
      openAlerts: [],
      usage: {
        measuredVmCount: 0,
        averageCpuPercent: null,
        peakCpuPercent: null,
        averageMemoryPercent: null,
        peakMemoryPercent: null,
      },
    });
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
