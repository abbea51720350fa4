import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { customerUser, providerStaff, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertTestSubgraph, deliver, minutes } from "../alert/alert.testing";
import { evaluateAlerts } from "../alert/evaluate/evaluate-alerts";
import type { telemetryTables } from "../db/schema";

const T0 = new Date("2026-03-02T08:00:00Z");
const at = (minute: number) => minutes(T0, minute);
const HEALTH = `query($reps: [_Any!]!, $window: MetricWindowInput) { _entities(representations: $reps) {
  ... on Vm { id health(window: $window) { since until stepMinutes score reasons } } } }`;
/** Four 15-minute buckets: 08:00, 08:15, 08:30, 08:45. */
const WINDOW = { since: at(0).toISOString(), until: at(60).toISOString(), stepMinutes: 15 };

interface Health {
  since: string;
  until: string;
  stepMinutes: number;
  score: (number | null)[];
  reasons: string[][];
}

describe("Vm.health", () => {
  const org = randomUUID();
  const vm = randomUUID();
  const clock = { now: at(0) };
  let subgraph: TestSubgraph<typeof telemetryTables>;
  const owner = customerUser(org, "owner");

  const healthOf = async (ids: string[], as: Caller | null = owner, window: unknown = WINDOW) => {
    const result = await subgraph.request<{ _entities: ({ id: string; health: Health | null } | null)[] }>(
      HEALTH,
      { reps: ids.map((id) => ({ __typename: "Vm", id })), window },
      { as },
    );
    expect(result.errors).toBeUndefined();
    return result.data!._entities;
  };
  const evaluate = (minute: number) => {
    clock.now = at(minute);
    return evaluateAlerts(subgraph.database.db, { now: clock.now, notifier: null, log: () => {} });
  };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(alertTestSubgraph(clock));
    // CPU above 90 % from 08:00 (fires at 08:10, resolves at 08:25), then the samples stop until
    // 08:45 (NO_SAMPLES fires at 08:41 counting from the 08:25 sample, resolves at 08:45).
    const cpu: [number, number][] = [
      [0, 95],
      [5, 95],
      [10, 95],
      [15, 95],
      [20, 95],
      [25, 50],
    ];
    for (const [minute, value] of cpu) {
      await deliver(subgraph.database.db, [{ vmId: vm, organizationId: org, at: at(minute), cpu: value, memory: 20 }]);
      await evaluate(minute);
    }
    expect(await evaluate(41)).toMatchObject({ fired: 1 });
    for (const minute of [45, 50, 55]) {
      await deliver(subgraph.database.db, [{ vmId: vm, organizationId: org, at: at(minute), cpu: 10, memory: 20 }]);
      await evaluate(minute);
    }
    clock.now = at(60);
  });
  afterAll(() => subgraph.close());

  it("scores each bucket from the alerts that covered it, and gives the bucket without samples no score", async () => {
    const [entity] = await healthOf([vm]);
    expect(entity!.health).toEqual({
      since: at(0).toISOString(),
      until: at(60).toISOString(),
      stepMinutes: 15,
      score: [85, 45, null, 100],
      reasons: [["CPU above 90 %"], ["No samples for 15 minutes", "CPU above 90 %"], ["No samples for 15 minutes"], []],
    });
  });

  it("counts an alert that is still open up to now", async () => {
    const other = randomUUID();
    for (const minute of [0, 5, 10]) {
      await deliver(subgraph.database.db, [{ vmId: other, organizationId: org, at: at(minute), cpu: 99, memory: 20 }]);
      await evaluate(minute);
    }
    clock.now = at(20);
    const [entity] = await healthOf([other]);
    expect(entity!.health!.score).toEqual([85, null, null, null]);
    expect(entity!.health!.reasons).toEqual([["CPU above 90 %"], ["CPU above 90 %"], [], []]);
    clock.now = at(60);
  });

  it("reads where data is from the roll-up a window's step uses", async () => {
    const rolled = randomUUID();
    await subgraph.database.db.execute(sql`
      insert into vm_rollups (resolution_minutes, vm_id, bucket, organization_id, cpu_usage_bp_sum, cpu_usage_bp_max, cpu_usage_bp_count)
      values (30, ${rolled}, ${at(30).toISOString()}::timestamptz, ${org}, 3000, 1000, 6)`);
    const hourly = { since: at(0).toISOString(), until: at(120).toISOString(), stepMinutes: 60 };
    const [entity] = await healthOf([rolled], owner, hourly);
    expect(entity!.health!.score).toEqual([100, null]);
  });

  it("gives a VM without samples, and a VM of an organisation the caller cannot see, no score at all", async () => {
    const empty = { score: [null, null, null, null], reasons: [[], [], [], []] };
    const [silent, foreign] = await healthOf([randomUUID(), vm], customerUser(randomUUID(), "owner"));
    expect(silent!.health).toMatchObject(empty);
    expect(foreign!.health).toMatchObject(empty);
    expect(await healthOf([vm], null)).toEqual([null]);
  });

  it("refuses a bad window with BAD_USER_INPUT", async () => {
    const result = await subgraph.request(HEALTH, {
      reps: [{ __typename: "Vm", id: vm }],
      window: { ...WINDOW, stepMinutes: 1 },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "window" });
  });

  it("costs one query per window for 2 and for 20 VMs", async () => {
    const ids = [vm, ...Array.from({ length: 19 }, () => randomUUID())];
    const staff = providerStaff();
    const queries = async (vmIds: string[]) => {
      subgraph.database.resetQueryCount();
      await healthOf(vmIds, staff);
      return subgraph.database.queryCount();
    };
    expect([await queries(ids.slice(0, 2)), await queries(ids)]).toEqual([1, 1]);
  });
});
