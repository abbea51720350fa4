import { randomUUID } from "node:crypto";
import { startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { telemetryTables } from "../db/schema";
import { telemetryBillingSubgraph } from "../index";
import { recordSamples } from "../sample/sample.service";

const ORG = "0b7e6d5c-4a3b-4c2d-8e1f-9a8b7c6d5e4f";
const SINCE = new Date("2025-03-01T00:00:00Z");
const WINDOW = { since: SINCE.toISOString(), until: "2025-03-01T03:00:00Z", stepMinutes: 60 };
const POINT = "at average maximum";

const ENTITIES = `query($reps: [_Any!]!, $window: MetricWindowInput) {
  _entities(representations: $reps) {
    ... on Vm { id metrics(window: $window) { since until stepMinutes cpu { ${POINT} } memory { ${POINT} } } }
  }
}`;

const reps = (ids: readonly string[]) => ids.map((id) => ({ __typename: "Vm", id }));

describe("telemetry-billing subgraph over HTTP", () => {
  let subgraph: TestSubgraph<typeof telemetryTables>;
  const vmIds = Array.from({ length: 20 }, () => randomUUID());

  beforeAll(async () => {
    subgraph = await startTestSubgraph(telemetryBillingSubgraph);
    // Every VM: two samples in the first hour, none in the second, one in the third.
    await recordSamples(
      subgraph.database.db,
      vmIds.flatMap((vmId, i) =>
        [0, 30, 150].map((minute) => ({
          vmId,
          organizationId: ORG,
          sampledAt: new Date(SINCE.getTime() + minute * 60_000),
          cpuPercent: i + minute / 10,
          memoryPercent: 50,
        })),
      ),
    );
  });
  afterAll(() => subgraph.close());

  it("resolves Vm metrics with hand-computed buckets and keeps the gap", async () => {
    const result = await subgraph.request(ENTITIES, {
      reps: reps([vmIds[3]!]),
      window: WINDOW,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        id: vmIds[3],
        metrics: {
          ...WINDOW,
          since: "2025-03-01T00:00:00.000Z",
          until: "2025-03-01T03:00:00.000Z",
          cpu: [
            { at: "2025-03-01T00:00:00.000Z", average: 4.5, maximum: 6 }, // (3 + 6) / 2
            { at: "2025-03-01T02:00:00.000Z", average: 18, maximum: 18 },
          ],
          memory: [
            { at: "2025-03-01T00:00:00.000Z", average: 50, maximum: 50 },
            { at: "2025-03-01T02:00:00.000Z", average: 50, maximum: 50 },
          ],
        },
      },
    ]);
  });

  it.each([2, 20])("loads one window for %i VMs in one query", async (count) => {
    subgraph.database.resetQueryCount();
    const result = await subgraph.request<{ _entities: { metrics: { cpu: unknown[] } }[] }>(ENTITIES, {
      reps: reps(vmIds.slice(0, count)),
      window: WINDOW,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((vm) => vm.metrics.cpu.length)).toEqual(Array(count).fill(2));
    expect(subgraph.database.queryCount()).toBe(1);
  });

  it("shares one query among defaulted windows and adds one per other window", async () => {
    subgraph.database.resetQueryCount();
    const result = await subgraph.request(
      `query($reps: [_Any!]!, $window: MetricWindowInput) {
        _entities(representations: $reps) {
          ... on Vm { recent: metrics { stepMinutes } fine: metrics(window: $window) { stepMinutes } }
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
