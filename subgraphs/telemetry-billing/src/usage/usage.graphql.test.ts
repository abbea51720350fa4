import { customerUser, resellerUser, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { telemetryTables } from "../db/schema";
import { telemetryBillingSubgraph } from "../index";
import { recordPerformance } from "../sample/sample.service";

const RESELLER = "0b7e6d5c-4a3b-4c2d-8e1f-9a8b7c6d5e4f";
const CUSTOMER = "1c8f7e6d-5b4c-4d3e-9f2a-0b9c8d7e6f5a";
const STRANGER = "2d9a8f7e-6c5d-4e4f-8a3b-1c0d9e8f7a6b";
const SINCE = new Date("2025-03-01T00:00:00Z");
const USAGE = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Organization { usage(window: { since: "2025-03-01T00:00:00Z", until: "2025-03-01T01:00:00Z", stepMinutes: 60 }) {
    measuredVmCount averageCpuPercent } } } }`;

describe("Organization.usage over HTTP", () => {
  let subgraph: TestSubgraph<typeof telemetryTables>;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(telemetryBillingSubgraph);
    const sample = (n: number, organizationId: string, cpu: number) => ({
      vmId: `00000000-0000-4000-8000-00000000000${n}`,
      organizationId,
      sampledAt: new Date(SINCE.getTime() + 10 * 60_000),
      values: { cpu_usage_bp: cpu * 100 },
      uptimeSeconds: null,
    });
    await recordPerformance(subgraph.database.db, {
      vms: [],
      samples: [sample(1, RESELLER, 10), sample(2, CUSTOMER, 30), sample(3, STRANGER, 90)],
      guestDisks: [],
    });
  });
  afterAll(() => subgraph.close());

  const usageAs = (caller: ReturnType<typeof customerUser>, scope: string[]) =>
    subgraph.request<{ _entities: ({ usage: { measuredVmCount: number; averageCpuPercent: number } } | null)[] }>(
      USAGE,
      { reps: [{ __typename: "Organization", id: RESELLER, scopeOrganizationIds: scope }] },
      { as: caller },
    );

  it("covers the organisation and those under it that tenancy named", async () => {
    const answer = await usageAs(resellerUser(RESELLER, [CUSTOMER]), [RESELLER, CUSTOMER]);
    expect(answer.data?._entities[0]?.usage).toEqual({ measuredVmCount: 2, averageCpuPercent: 20 });
  });

  it("never widens to an organisation the caller cannot see, whatever the representation says", async () => {
    const answer = await usageAs(resellerUser(RESELLER, [CUSTOMER]), [RESELLER, CUSTOMER, STRANGER]);
    expect(answer.data?._entities[0]?.usage).toEqual({ measuredVmCount: 2, averageCpuPercent: 20 });
    const outsider = await usageAs(customerUser(STRANGER), [RESELLER, CUSTOMER, STRANGER]);
    expect(outsider.data?._entities[0]).toBeNull();
  });
});
