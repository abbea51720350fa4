import { SERVER_KEEP_ALIVE_MS } from "@dcx/kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedFleet } from "../scripts/seed/fixture-fleet";
import { SUBGRAPH_IDLE_MARGIN_MS, SUBGRAPH_IDLE_MS } from "../supergraph/src/subgraph-client";
import { DASHBOARD_QUERY, type DashboardData, dashboardVms } from "./dashboard-query";
import { type SignedIn, startTestPlatform, type TestPlatform } from "./platform";

const FLEET_SIZE = 500;
const AT_ONCE = 50;
/**
 * The subgraphs' idle time here: short, so that the pause between the bursts outlasts the
 * gateway's idle time (it follows the subgraphs' `Keep-Alive` header, less its margin) in seconds,
 * not the production half-minute.
 */
const TEST_KEEP_ALIVE_MS = 3_000;

/**
 * Fifty people open the dashboard of a 500-VM customer at the same moment, twice, with a pause
 * between that lets the gateway's connections to the subgraphs go idle and be let go: every
 * answer is whole. Plan steps must not be lost to a socket closing under them, nor to a gateway
 * token expiring while the step waits to be sent.
 */
describe("many dashboards at once through the gateway", () => {
  let platform: TestPlatform;
  let staff: SignedIn;
  let organizationId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    staff = await platform.signIn("ops@datacentrix.co.za");
    const provider = platform.seed.organizations.Datacentrix!;
    ({ organizationId } = await seedFleet(platform.dbs, provider, FLEET_SIZE, new Date()));
  });
  afterAll(() => platform?.close());

  const subgraphServers = () => Object.values(platform.subgraphs).map((subgraph) => subgraph.server);

  const burst = () =>
    Promise.all(
      Array.from({ length: AT_ONCE }, () => platform.query<DashboardData>(DASHBOARD_QUERY, { organizationId }, staff)),
    );

  const expectWhole = (answers: Awaited<ReturnType<typeof burst>>) => {
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    for (const answer of answers) {
      const organization = answer.data!.organization!;
      expect(organization.vms!.totalCount).toBe(FLEET_SIZE);
      expect(organization.usage!.measuredVmCount).toBe(FLEET_SIZE);
      const vms = dashboardVms(answer.data);
      expect(vms).toHaveLength(50);
      for (const vm of vms) {
        expect(vm.metrics).not.toBeNull();
        expect(vm.telemetry).not.toBeNull();
        expect(vm.estimatedMonthlyCost).not.toBeNull();
        expect(vm.health).not.toBeNull();
      }
    }
  };

  it("subgraphs keep idle connections longer than the gateway does, and say so", async () => {
    expect(SERVER_KEEP_ALIVE_MS).toBeGreaterThan(SUBGRAPH_IDLE_MS + SUBGRAPH_IDLE_MARGIN_MS);
    for (const { server, url } of subgraphServers()) {
      expect(server.keepAliveTimeout).toBe(SERVER_KEEP_ALIVE_MS);
      expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
      const health = await fetch(`${url}/health`);
      expect(health.headers.get("keep-alive")).toBe(`timeout=${SERVER_KEEP_ALIVE_MS / 1000}`);
    }
  });

  it("answers every request whole, and again once the connections sat idle", async () => {
    for (const { server } of subgraphServers()) server.keepAliveTimeout = TEST_KEEP_ALIVE_MS;
    expectWhole(await burst());
    // As long as a subgraph keeps an idle socket: the moment a client holding it too long would
    // send on a socket being closed.
    await new Promise((resolve) => setTimeout(resolve, TEST_KEEP_ALIVE_MS));
    expectWhole(await burst());
  });
});
