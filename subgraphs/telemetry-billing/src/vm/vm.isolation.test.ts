import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { resellerUser, startTestSubgraph, tenantCallers, type TestSubgraph } from "@dcx/kit/testing";
import { type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelemetryContext } from "../context";
import type { telemetryTables } from "../db/schema";
import { telemetryBillingSubgraph } from "../index";
import { recordPerformance } from "../sample/sample.service";
import { DEFAULT_TELEMETRY_DEPS } from "../telemetry-billing.deps";
import { VmResolver } from "./vm.resolver";

const SINCE = new Date("2025-03-01T00:00:00Z");
const WINDOW = { since: SINCE.toISOString(), until: "2025-03-01T02:00:00Z", stepMinutes: 60 };
const WINDOW_INPUT = { since: SINCE, until: new Date(WINDOW.until), stepMinutes: WINDOW.stepMinutes };
const METRICS = `query($reps: [_Any!]!, $window: MetricWindowInput) { _entities(representations: $reps) {
  ... on Vm { id metrics(window: $window) { cpu { average } memory { average } }
    telemetry { sampledAt cpu } guestDisks { path } } } }`;

type Series = { average: (number | null)[] };
interface Result {
  id: string;
  metrics: { cpu: Series; memory: Series } | null;
  telemetry: { sampledAt: string | null; cpu: number | null } | null;
  guestDisks: { path: string }[] | null;
}

/** What the resolver sees of `metrics { cpu { unit } memory { unit } }`. */
const CPU_AND_MEMORY = {
  fieldNodes: (parse("{ metrics { cpu { unit } memory { unit } } }").definitions[0] as OperationDefinitionNode)
    .selectionSet.selections as FieldNode[],
  fragments: {},
} as unknown as GraphQLResolveInfo;

describe("telemetry isolation", () => {
  const { owner, foreign, allowed, denied } = tenantCallers();
  const ownerVm = randomUUID();
  const foreignVm = randomUUID();
  let subgraph: TestSubgraph<typeof telemetryTables>;

  const sampledAt = new Date(SINCE.getTime() + 60_000);
  const sample = (vmId: string, organizationId: string, cpuPercent: number) =>
    recordPerformance(subgraph.database.db, {
      vms: [{ vmId, organizationId, poweredOn: true, polledAt: sampledAt }],
      samples: [
        {
          vmId,
          organizationId,
          sampledAt,
          values: { cpu_usage_bp: cpuPercent * 100, memory_usage_bp: 4000 },
          uptimeSeconds: 60,
        },
      ],
      guestDisks: [{ vmId, organizationId, sampledAt, path: "/", capacityMb: 100, freeMb: 50 }],
    });

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
  const none = { average: [null, null] };
  const empty = (id: string) => ({
    id,
    metrics: { cpu: none, memory: none },
    telemetry: { sampledAt: null, cpu: null },
    guestDisks: [],
  });
  const measured = (id: string, cpu: number) => ({
    id,
    metrics: { cpu: { average: [cpu, null] }, memory: { average: [40, null] } },
    // The sample is hours old by now: no current value, only when it was taken.
    telemetry: { sampledAt: sampledAt.toISOString(), cpu: null },
    guestDisks: [{ path: "/" }],
  });

  it.each(allowed)("%s reads the owner's VM metrics", async (_, caller) => {
    expect(await metricsOf([ownerVm], caller)).toEqual({ data: { _entities: [measured(ownerVm, 12.5)] } });
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
    expect(result.data?._entities).toEqual([empty(ownerVm), measured(foreignVm, 80)]);
    // One query per field family: the window, the newest values, the guest disks.
    expect(subgraph.database.queryCount()).toBe(3);
  });

  it("keeps a reseller's query count at one for 2 and 20 VMs", async () => {
    const customers = Array.from({ length: 20 }, () => randomUUID());
    const vmIds = customers.map(() => randomUUID());
    for (const [i, vmId] of vmIds.entries()) await sample(vmId, customers[i]!, i);
    const reseller = resellerUser(randomUUID(), customers);
    const queriesFor = async (ids: string[]) => {
      subgraph.database.resetQueryCount();
      const result = await metricsOf(ids, reseller);
      expect(result.data?._entities.every((vm) => vm?.metrics?.cpu.average[0] !== null)).toBe(true);
      return subgraph.database.queryCount();
    };
    expect([await queriesFor(vmIds.slice(0, 2)), await queriesFor(vmIds)]).toEqual([3, 3]);
  });

  describe.each(denied)("behind the reference, for %s", (_, caller) => {
    const context = () =>
      createTelemetryContext(subgraph.database.db, { caller, clientAddress: "127.0.0.1" }, DEFAULT_TELEMETRY_DEPS);
    const nothing = { unit: "%", average: [null, null], maximum: [null, null] };

    it("Vm.metrics reads none of the owner's samples (null without a caller)", async () => {
      const metrics = await new VmResolver().metrics({ id: ownerVm }, WINDOW_INPUT, context(), CPU_AND_MEMORY);
      expect(metrics).toEqual(caller ? expect.objectContaining({ cpu: nothing, memory: nothing }) : null);
    });

    it("Vm.telemetry and Vm.guestDisks read none of the owner's data (null without a caller)", async () => {
      const telemetry = await new VmResolver().telemetry({ id: ownerVm }, context());
      expect(telemetry).toEqual(
        caller ? expect.objectContaining({ sampledAt: null, cpu: null, uptimeSeconds: null }) : null,
      );
      expect(await new VmResolver().guestDisks({ id: ownerVm }, context())).toEqual(caller ? [] : null);
    });
  });
});
