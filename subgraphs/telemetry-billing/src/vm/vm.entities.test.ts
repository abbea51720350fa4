import { randomUUID } from "node:crypto";
import { type TestServiceKeys, startTestSubgraph, type TestSubgraph, testServiceKeys } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { telemetryTables } from "../db/schema";
import { createTelemetryBillingSubgraph } from "../index";
import { rollUpPending } from "../rollup/rollup.service";
import { DEFAULT_TELEMETRY_DEPS } from "../telemetry-billing.deps";

const ORG = "0b7e6d5c-4a3b-4c2d-8e1f-9a8b7c6d5e4f";
const SINCE = new Date("2025-03-01T00:00:00Z");
const NOW = new Date("2025-03-01T02:40:00Z");
const WINDOW = { since: SINCE.toISOString(), until: "2025-03-01T03:00:00Z", stepMinutes: 60 };

const RECORD = `mutation($vms: [PolledVmInput!]!, $samples: [VmPerformanceSampleInput!]!, $guestDisks: [GuestDiskSampleInput!]!) {
  recordVmPerformance(vms: $vms, samples: $samples, guestDisks: $guestDisks) { samplesWritten samplesAlreadyStored }
}`;
const ENTITIES = `query($reps: [_Any!]!, $window: MetricWindowInput) {
  _entities(representations: $reps) {
    ... on Vm { id metrics(window: $window) { since stepMinutes resolutionMinutes cpu { unit average maximum } memory { average } diskRead { average } } }
  }
}`;
const reps = (ids: readonly string[]) => ids.map((id) => ({ __typename: "Vm", id }));

describe("telemetry-billing subgraph over HTTP", () => {
  const vms = testServiceKeys("vms");
  const other = testServiceKeys("wallet");
  let subgraph: TestSubgraph<typeof telemetryTables>;
  let deliver: (client: TestServiceKeys, variables: Record<string, unknown>) => Promise<unknown>;
  const vmIds = Array.from({ length: 20 }, () => randomUUID());
  const delivered: unknown[] = [];

  // Every VM: samples at 0 and 30 minutes, none in the second hour, one at 2:30 (a gap stays a gap).
  const samples = vmIds.flatMap((vmId, i) =>
    [0, 30, 150].map((minute) => ({
      vmId,
      organizationId: ORG,
      sampledAt: new Date(SINCE.getTime() + minute * 60_000).toISOString(),
      cpuUsageBp: (i + minute / 10) * 100,
      memoryUsageBp: 5000,
      uptimeSeconds: 3600 + minute * 60,
    })),
  );

  beforeAll(async () => {
    const deps = { ...DEFAULT_TELEMETRY_DEPS, clock: () => NOW, onDelivered: (r: unknown) => delivered.push(r) };
    subgraph = await startTestSubgraph(
      createTelemetryBillingSubgraph(() => deps),
      undefined,
      {
        trustedServices: new Map([
          [vms.service, vms.publicKey],
          [other.service, other.publicKey],
        ]),
      },
    );
    deliver = async (client, variables) =>
      client
        .client({ "telemetry-billing": subgraph.server.graphqlUrl })
        .request("telemetry-billing", RECORD, variables);
  });
  afterAll(() => subgraph.close());

  it("takes deliveries from the vms service only, idempotently", async () => {
    const variables = {
      vms: vmIds.map((vmId) => ({ vmId, organizationId: ORG, poweredOn: true, polledAt: NOW.toISOString() })),
      samples,
      guestDisks: [
        {
          vmId: vmIds[0],
          organizationId: ORG,
          sampledAt: "2025-03-01T02:30:00Z",
          path: "/",
          capacityMb: 20480,
          freeMb: 2048,
        },
      ],
    };
    expect(await deliver(vms, variables)).toEqual({
      data: { recordVmPerformance: { samplesWritten: 60, samplesAlreadyStored: 0 } },
    });
    expect(await deliver(vms, variables)).toEqual({
      data: { recordVmPerformance: { samplesWritten: 0, samplesAlreadyStored: 60 } },
    });
    expect(delivered).toHaveLength(2);
    const refused = await deliver(other, variables);
    expect(refused).toMatchObject({ errors: [{ extensions: { code: "FORBIDDEN" } }] });
    const asPerson = await subgraph.request(RECORD, variables);
    expect(asPerson).toMatchObject({ errors: [{ extensions: { code: "FORBIDDEN" } }] });
    expect(delivered).toHaveLength(2);
  });

  it("answers columnar series with hand-computed buckets and keeps the gap as null", async () => {
    const result = await subgraph.request(ENTITIES, { reps: reps([vmIds[3]!]), window: WINDOW });
    expect(result).toEqual({
      data: {
        _entities: [
          {
            id: vmIds[3],
            metrics: {
              since: "2025-03-01T00:00:00.000Z",
              stepMinutes: 60,
              resolutionMinutes: 5, // the hours are still being rolled up: the raw samples answer
              cpu: { unit: "%", average: [4.5, null, 18], maximum: [6, null, 18] }, // (3 + 6) / 2
              memory: { average: [50, null, 50] },
              diskRead: { average: [null, null, null] }, // never reported: no data, not zero
            },
          },
        ],
      },
    });
  });

  it("answers the same from the 30-minute roll-ups once they are computed", async () => {
    const before = await subgraph.request<{ _entities: { metrics: Record<string, unknown> }[] }>(ENTITIES, {
      reps: reps([vmIds[3]!]),
      window: WINDOW,
    });
    await rollUpPending(subgraph.database.db);
    const after = await subgraph.request<{ _entities: { metrics: Record<string, unknown> }[] }>(ENTITIES, {
      reps: reps([vmIds[3]!]),
      window: WINDOW,
    });
    expect(after.data?._entities[0]?.metrics).toEqual({ ...before.data?._entities[0]?.metrics, resolutionMinutes: 30 });
  });

  it("answers the newest values, and says when they are stale instead of reporting zeros", async () => {
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Vm { telemetry { sampledAt stale poweredOn powerStateSince cpu memory diskRead uptimeSeconds } guestDisks { path capacityGb usedGb usedPercent } } } }`;
    const result = await subgraph.request<{ _entities: unknown[] }>(query, { reps: reps([vmIds[0]!, randomUUID()]) });
    expect(result.data?._entities).toEqual([
      {
        telemetry: {
          sampledAt: "2025-03-01T02:30:00.000Z",
          stale: false,
          poweredOn: true,
          powerStateSince: NOW.toISOString(),
          cpu: 15,
          memory: 50,
          diskRead: null,
          uptimeSeconds: 12600,
        },
        guestDisks: [{ path: "/", capacityGb: 20, usedGb: 18, usedPercent: 90 }],
      },
      {
        telemetry: {
          sampledAt: null,
          stale: true,
          poweredOn: null,
          powerStateSince: null,
          cpu: null,
          memory: null,
          diskRead: null,
          uptimeSeconds: null,
        },
        guestDisks: [],
      },
    ]);
  });

  it.each([2, 20])("loads one window for %i VMs in one query", async (count) => {
    subgraph.database.resetQueryCount();
    const result = await subgraph.request<{ _entities: { metrics: { cpu: { average: unknown[] } } }[] }>(ENTITIES, {
      reps: reps(vmIds.slice(0, count)),
      window: WINDOW,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((vm) => vm.metrics.cpu.average.length)).toEqual(Array(count).fill(3));
    expect(subgraph.database.queryCount()).toBe(1);
  });

  it("shares one query among defaulted windows and adds one per other window", async () => {
    subgraph.database.resetQueryCount();
    const result = await subgraph.request(
      `query($reps: [_Any!]!, $window: MetricWindowInput) {
        _entities(representations: $reps) {
          ... on Vm { recent: metrics { stepMinutes } day: metrics(window: { preset: LAST_DAY }) { stepMinutes } fine: metrics(window: $window) { stepMinutes } }
        }
      }`,
      { reps: reps(vmIds), window: { ...WINDOW, stepMinutes: 15 } },
    );
    expect(result.errors).toBeUndefined();
    expect(subgraph.database.queryCount()).toBe(2);
  });

  it("refuses a bad window with BAD_USER_INPUT, as an error and never as empty metrics", async () => {
    subgraph.database.resetQueryCount();
    const result = await subgraph.request(ENTITIES, {
      reps: reps(vmIds.slice(0, 2)),
      window: { ...WINDOW, stepMinutes: 1 },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "window" });
    expect(result.data?._entities).toEqual(vmIds.slice(0, 2).map((id) => ({ id, metrics: null })));
    expect(subgraph.database.queryCount()).toBe(0);
  });

  it("answers health and readiness", async () => {
    expect((await fetch(`${subgraph.server.url}/health`)).status).toBe(200);
    expect((await fetch(`${subgraph.server.url}/ready`)).status).toBe(200);
  });
});
