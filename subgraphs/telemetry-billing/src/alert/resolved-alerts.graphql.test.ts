import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { customerUser, startTestSubgraph, tenantCallers, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { telemetryTables } from "../db/schema";
import { alertTestSubgraph, deliver, minutes } from "./alert.testing";
import { evaluateAlerts } from "./evaluate/evaluate-alerts";
import { findResolvedAlertPages } from "./resolved-alerts.store";

const T0 = new Date("2026-03-02T08:00:00Z");
const at = (minute: number) => minutes(T0, minute);
const RESOLVED = `query($reps: [_Any!]!, $first: Int, $after: String) { _entities(representations: $reps) {
  ... on Organization { resolvedAlerts(first: $first, after: $after) {
    edges { cursor node { id vm { id } state resolvedAt resolution } } pageInfo { hasNextPage endCursor } } } } }`;

interface Page {
  edges: { cursor: string; node: { id: string; vm: { id: string }; state: string; resolvedAt: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe("an organisation's resolved alerts", () => {
  const { owner, allowed, denied } = tenantCallers();
  const [early, late, stillFiring] = [randomUUID(), randomUUID(), randomUUID()];
  const clock = { now: at(15) };
  let subgraph: TestSubgraph<typeof telemetryTables>;

  const evaluate = (minute: number) => {
    clock.now = at(minute);
    return evaluateAlerts(subgraph.database.db, { now: clock.now, notifier: null, log: () => {} });
  };
  const cpu = (minute: number, byVm: [string, number][]) =>
    deliver(
      subgraph.database.db,
      byVm.map(([vmId, value]) => ({ vmId, organizationId: owner, at: at(minute), cpu: value, memory: 30 })),
    );
  const read = async (as: Caller | null, variables: { first?: number; after?: string } = {}) =>
    subgraph.request<{ _entities: ({ resolvedAlerts: Page | null } | null)[] }>(
      RESOLVED,
      { reps: [{ __typename: "Organization", id: owner }], ...variables },
      { as },
    );
  const page = async (as: Caller, variables: { first?: number; after?: string } = {}) => {
    const result = await read(as, variables);
    expect(result.errors).toBeUndefined();
    return result.data!._entities[0]!.resolvedAlerts!;
  };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(alertTestSubgraph(clock));
    // All three fire at minute 15; `early` clears at 20, `late` at 25, `stillFiring` never.
    for (const minute of [5, 10, 15]) {
      await cpu(minute, [
        [early, 96],
        [late, 96],
        [stillFiring, 96],
      ]);
    }
    expect(await evaluate(15)).toMatchObject({ fired: 3 });
    await cpu(20, [
      [early, 5],
      [late, 96],
      [stillFiring, 96],
    ]);
    expect(await evaluate(20)).toMatchObject({ resolved: 1 });
    await cpu(25, [
      [late, 5],
      [stillFiring, 96],
    ]);
    expect(await evaluate(25)).toMatchObject({ resolved: 1 });
  });
  afterAll(() => subgraph.close());

  it("lists only the resolved ones, the latest resolved first", async () => {
    const all = await page(customerUser(owner));
    expect(all.edges.map((edge) => [edge.node.vm.id, edge.node.state, edge.node.resolvedAt])).toEqual([
      [late, "RESOLVED", at(25).toISOString()],
      [early, "RESOLVED", at(20).toISOString()],
    ]);
    expect(all.pageInfo).toEqual({ hasNextPage: false, endCursor: all.edges[1]!.cursor });
  });

  it("pages with a cursor without repeating or skipping", async () => {
    const first = await page(customerUser(owner), { first: 1 });
    expect(first.edges.map((edge) => edge.node.vm.id)).toEqual([late]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(customerUser(owner), { first: 1, after: first.pageInfo.endCursor! });
    expect(second.edges.map((edge) => edge.node.vm.id)).toEqual([early]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it.each(allowed)("%s sees them", async (_, caller) => {
    expect((await page(caller)).edges).toHaveLength(2);
  });

  it.each(denied)("%s gets nothing of them", async (_, caller) => {
    const result = await read(caller);
    expect(result.errors).toBeUndefined();
    const organization = result.data!._entities[0];
    expect(organization?.resolvedAlerts ?? null).toBeNull();
  });

  it("reads only the organisations the caller may see, whatever it asks for", async () => {
    const asked = [owner];
    const [own] = await findResolvedAlertPages(subgraph.database.db, asked, 5, null, [owner]);
    const [foreign] = await findResolvedAlertPages(subgraph.database.db, asked, 5, null, [randomUUID()]);
    expect([own!.alerts.length, foreign!.alerts.length]).toEqual([2, 0]);
  });

  it("takes first from 1 to 100", async () => {
    expect((await page(customerUser(owner), { first: 1 })).edges).toHaveLength(1);
    expect((await page(customerUser(owner), { first: 100 })).edges).toHaveLength(2);
  });

  it.each([
    [{ first: 0 }, "first"],
    [{ first: 101 }, "first"],
    [{ after: "not-a-cursor" }, "after"],
  ])("refuses %j as BAD_USER_INPUT", async (variables, field) => {
    const result = await read(customerUser(owner), variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });
});
