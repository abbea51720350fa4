import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { resellerUser, startTestSubgraph, tenantCallers, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelemetryContext } from "../context";
import type { telemetryTables } from "../db/schema";
import { telemetryBillingSubgraph } from "../index";
import { recordSamples } from "../sample/sample.service";
import { VmResolver } from "./vm.resolver";

const SINCE = new Date("2025-03-01T00:00:00Z");
const WINDOW = { since: SINCE.toISOString(), until: "2025-03-01T02:00:00Z", stepMinutes: 60 };
const WINDOW_INPUT = { since: SINCE, until: new Date(WINDOW.until), stepMinutes: WINDOW.stepMinutes };
const METRICS = `query($reps: [_Any!]!, $window: MetricWindowInput) { _entities(representations: $reps) {
  ... on Vm { id metrics(window: $window) { cpu { average } memory { average } } } } }`;

interface Result {
  id: string;
  metrics: { cpu: { average: number }[]; memory: { average: number }[] } | null;
}

describe("telemetry isolation", () => {
  const { owner, foreign, allowed, denied } = tenantCallers();
  const ownerVm = randomUUID();
  const foreignVm = randomUUID();
  let subgraph: TestSubgraph<typeof telemetryTables>;

  const sample = (vmId: string, organizationId: string, cpuPercent: number) =>
    recordSamples(subgraph.database.db, [
      { vmId, organizationId, sampledAt: new Date(SINCE.getTime() + 60_000), cpuPercent, memoryPercent: 40 },
    ]);

  beforeAll(async () => {
    subgraph = await startTestSubgraph(telemetryBillingSubgraph);
    await sample(ownerVm, owner, 12.5);
    await sample(foreignVm, foreign, 80);
  });
  afterAll(() => subgraph.close());

  const metricsOf = (vmIds: string[], as: Caller | null) =>
    subgraph.request<{ _entities: (Result | null)[] }>(
      METRICS,
      { reps: vmIds.map((id) => ({ __typename: "Vm", id })), window: WINDOW },
      { as },
    );
  const empty = (id: string) => ({ id, metrics: { cpu: [], memory: [] } });

  it.each(allowed)("%s reads the owner's VM metrics", async (_, caller) => {
    expect(await metricsOf([ownerVm], caller)).toEqual({
      data: { _entities: [{ id: ownerVm, metrics: { cpu: [{ average: 12.5 }], memory: [{ average: 40 }] } }] },
    });
  });

  it.each(denied.filter(([, caller]) => caller))(
    "%s gets empty series, exactly as for a VM without samples",
    async (_, caller) => {
      const unknownVm = randomUUID();
      expect(await metricsOf([ownerVm, unknownVm], caller)).toEqual({
        data: { _entities: [empty(ownerVm), empty(unknownVm)] },
      });
    },
  );

  it("gives an unauthenticated caller no VM at all, without a query", async () => {
    subgraph.database.resetQueryCount();
    expect(await metricsOf([ownerVm], null)).toEqual({ data: { _entities: [null] } });
    expect(subgraph.database.queryCount()).toBe(0);
  });

  it("answers a mixed batch in one query with only the samples the caller may see", async () => {
    const [, foreignReseller] = denied[1]!;
    subgraph.database.resetQueryCount();
    const result = await metricsOf([ownerVm, foreignVm], foreignReseller);
    expect(result.data?._entities).toEqual([
      empty(ownerVm),
      { id: foreignVm, metrics: { cpu: [{ average: 80 }], memory: [{ average: 40 }] } },
    ]);
    expect(subgraph.database.queryCount()).toBe(1);
  });

  it("keeps a reseller's query count at one for 2 and 20 VMs", async () => {
    const customers = Array.from({ length: 20 }, () => randomUUID());
    const vmIds = customers.map(() => randomUUID());
    for (const [i, vmId] of vmIds.entries()) await sample(vmId, customers[i]!, i);
    const reseller = resellerUser(randomUUID(), customers);
    const queriesFor = async (ids: string[]) => {
      subgraph.database.resetQueryCount();
      const result = await metricsOf(ids, reseller);
      expect(result.data?._entities.every((vm) => vm?.metrics?.cpu.length === 1)).toBe(true);
      return subgraph.database.queryCount();
    };
    expect([await queriesFor(vmIds.slice(0, 2)), await queriesFor(vmIds)]).toEqual([1, 1]);
  });

  describe.each(denied)("behind the reference, for %s", (_, caller) => {
    const context = () => createTelemetryContext(subgraph.database.db, { caller, clientAddress: "127.0.0.1" });

    it("Vm.metrics reads none of the owner's samples (null without a caller)", async () => {
      const metrics = await new VmResolver().metrics({ id: ownerVm }, WINDOW_INPUT, context());
      expect(metrics).toEqual(caller ? expect.objectContaining({ cpu: [], memory: [] }) : null);
    });
  });
});
