import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, startTestPlatform, type TestPlatform } from "./platform";

/**
 * Telemetry as a customer meets it: the vms subgraph's collector read the simulator's performance
 * counters at start (a day of back-fill) and delivered them to telemetry-billing, which rolled them
 * up and evaluated the alert rules; everything below is read through the gateway.
 */
describe("telemetry from vCenter to the dashboard", () => {
  let platform: TestPlatform;
  let owner: SignedIn;
  const VMS = `query($id: ID!) { organization(id: $id) { vms(first: 20) { edges { node {
    id name powerState
    metrics(window: { preset: LAST_DAY }) { stepMinutes resolutionMinutes cpu { average maximum } memory { average } diskLatency { maximum } }
    telemetry { stale sampledAt poweredOn cpu memory uptimeSeconds }
    guestDisks { path usedPercent }
    openAlertCount
    health(window: { preset: LAST_DAY }) { score reasons }
  } } } } }`;
  type Node = {
    id: string;
    name: string;
    powerState: string;
    metrics: {
      stepMinutes: number;
      resolutionMinutes: number;
      cpu: { average: (number | null)[]; maximum: (number | null)[] };
      memory: { average: (number | null)[] };
    };
    telemetry: {
      stale: boolean;
      sampledAt: string | null;
      poweredOn: boolean | null;
      cpu: number | null;
      uptimeSeconds: number | null;
    };
    guestDisks: { path: string; usedPercent: number }[];
    openAlertCount: number;
    health: { score: (number | null)[]; reasons: string[][] };
  };
  const vmsOf = async (name: string) => {
    const result = await platform.query<{ organization: { vms: { edges: { node: Node }[] } } }>(
      VMS,
      { id: platform.seed.organizations[name] },
      owner,
    );
    expect(result.errors).toBeUndefined();
    return new Map(result.data!.organization.vms.edges.map(({ node }) => [node.name, node]));
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
    owner = await platform.provider();
  }, 240_000);
  afterAll(() => platform?.close());

  it("draws a running VM's day from its samples and a powered-off VM as no data, never zeros", async () => {
    const adcock = await vmsOf("Adcock");
    const running = adcock.get("adk-app-01")!;
    expect(running.metrics).toMatchObject({ stepMinutes: 60, resolutionMinutes: 30 });
    expect(running.metrics.cpu.average).toHaveLength(24);
    expect(running.metrics.cpu.average.filter((v) => v !== null).length).toBeGreaterThanOrEqual(23);
    for (const [i, average] of running.metrics.cpu.average.entries()) {
      if (average !== null) expect(running.metrics.cpu.maximum[i]).toBeGreaterThanOrEqual(average);
    }
    expect(running.telemetry).toMatchObject({ stale: false, poweredOn: true });
    expect(running.telemetry.cpu).toBeGreaterThan(0);
    expect(running.telemetry.uptimeSeconds).toBeGreaterThan(0);
    expect(running.guestDisks.map((disk) => disk.path)).toEqual(["C:\\", "D:\\"]);

    const off = adcock.get("adk-jump-01")!;
    expect(off.powerState).toBe("POWERED_OFF");
    expect(off.metrics.cpu.average.every((v) => v === null)).toBe(true);
    expect(off.telemetry).toMatchObject({ stale: true, cpu: null });
    expect(off.health.score.every((score) => score === null)).toBe(true);
  });

  it("fires the demo's full-disk alert once and e-mails Adcock's owners and admins once", async () => {
    const web = (await vmsOf("Adcock")).get("adk-web-01")!;
    expect(web.guestDisks.find((disk) => disk.path === "/")!.usedPercent).toBeGreaterThan(85);
    expect(web.openAlertCount).toBeGreaterThanOrEqual(1);
    const mails = platform.telemetry.mailer.messages.filter((mail) => mail.text.includes(web.id));
    expect(mails.length).toBeGreaterThan(0);
    expect(new Set(mails.map((mail) => mail.to))).toContain("it@adcock.co.za");
    expect(mails.every((mail) => mail.to.endsWith("@adcock.co.za"))).toBe(true);
    // Another pass over the same samples neither fires again nor e-mails again.
    const before = platform.telemetry.mailer.messages.length;
    await platform.telemetry.maintain();
    expect(platform.telemetry.mailer.messages.length).toBe(before);
    expect((await vmsOf("Adcock")).get("adk-web-01")!.openAlertCount).toBe(web.openAlertCount);
  });

  it("collects again without writing a sample twice", async () => {
    const report = await platform.telemetry.collect();
    expect(report.outcome).toBe("collected");
    expect(report.samplesSent).toBeGreaterThan(0);
    expect(report.samplesAlreadyStored).toBeGreaterThan(0);
  });

  it("rolls a reseller's customers into its usage", async () => {
    const usage = await platform.query<{
      organization: {
        usage: { measuredVmCount: number; averageCpuPercent: number; topVmsByCpu: { vm: { name: string } }[] };
      };
      vodacom: { vms: { totalCount: number } };
    }>(
      `query($id: ID!, $vodacom: ID!) {
        organization(id: $id) { usage(window: { preset: LAST_DAY }) { measuredVmCount averageCpuPercent topVmsByCpu { vm { name } } } }
        vodacom: organization(id: $vodacom) { vms { totalCount } }
      }`,
      { id: platform.seed.organizations.CloudTech, vodacom: platform.seed.organizations.Vodacom },
      owner,
    );
    expect(usage.errors).toBeUndefined();
    const { measuredVmCount, averageCpuPercent, topVmsByCpu } = usage.data!.organization.usage;
    // CloudTech's own VM, Vodacom's three and Pick n Pay's running one (the suspended one sends nothing).
    expect(measuredVmCount).toBe(5);
    expect(averageCpuPercent).toBeGreaterThan(0);
    expect(topVmsByCpu.map((entry) => entry.vm.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(vc|pnp|ct)-/)]),
    );
  });
});
