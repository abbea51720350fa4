import "reflect-metadata";
import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { startTestSubgraph, tenantCallers, type TestSubgraph } from "@dcx/kit/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertRules, alerts, type telemetryTables } from "../db/schema";
import { VmHealthResolver } from "../health/vm-health.resolver";
import { alertTestSubgraph, deliver, minutes } from "./alert.testing";
import type { AlertContext } from "./alert.loaders";
import { OrganizationAlertResolver } from "./alert-rule.resolver";
import { evaluateAlerts } from "./evaluate/evaluate-alerts";
import { VmAlertResolver } from "./vm-alert.resolver";

const T0 = new Date("2026-03-02T08:00:00Z");
const WINDOW = { since: T0.toISOString(), until: minutes(T0, 60).toISOString(), stepMinutes: 15 };
const READ = `query($reps: [_Any!]!, $window: MetricWindowInput) { _entities(representations: $reps) {
  ... on Vm { id openAlertCount alerts(window: $window) { id ruleName } health(window: $window) { score reasons } }
  ... on Organization { id alertRules { id name threshold } openAlerts { id vm { id } } } } }`;

describe("alert isolation", () => {
  const { owner, allowed, denied } = tenantCallers();
  const vm = randomUUID();
  const clock = { now: minutes(T0, 15) };
  let subgraph: TestSubgraph<typeof telemetryTables>;
  let alertId: string;
  let customRuleId: string;
  let defaultRuleId: string;
  let victimState: string;

  /** Everything of the owner's that a write could change, read straight from the database. */
  const ownerState = async () =>
    JSON.stringify([
      await subgraph.database.db
        .select()
        .from(alertRules)
        .where(eq(alertRules.organizationId, owner))
        .orderBy(alertRules.id),
      await subgraph.database.db.select().from(alerts).where(eq(alerts.organizationId, owner)).orderBy(alerts.id),
    ]);

  beforeAll(async () => {
    subgraph = await startTestSubgraph(alertTestSubgraph(clock));
    for (const minute of [5, 10, 15]) {
      await deliver(subgraph.database.db, [
        { vmId: vm, organizationId: owner, at: minutes(T0, minute), cpu: 97, memory: 20 },
      ]);
    }
    await evaluateAlerts(subgraph.database.db, { now: clock.now, notifier: null, log: () => {} });
    alertId = (await subgraph.database.db.select({ id: alerts.id }).from(alerts))[0]!.id;
    await subgraph.database.db.execute(sql`
      insert into alert_rules (organization_id, name, metric, operator, threshold, duration_minutes, severity)
      values (${owner}, 'Owner custom rule', 'diskWrite', '>', 5000, 10, 'warning')`);
    const rules = await subgraph.database.db.select().from(alertRules).where(eq(alertRules.organizationId, owner));
    customRuleId = rules.find((r) => r.defaultKey === null)!.id;
    defaultRuleId = rules.find((r) => r.defaultKey === "cpu")!.id;
    victimState = await ownerState();
  });
  afterAll(() => subgraph.close());

  const read = (as: Caller | null) =>
    subgraph.request<{ _entities: unknown[] }>(
      READ,
      {
        reps: [
          { __typename: "Vm", id: vm },
          { __typename: "Organization", id: owner },
        ],
        window: WINDOW,
      },
      { as },
    );

  it.each(allowed)("%s reads the owner's alerts, rules and health", async (_, caller) => {
    const result = await read(caller);
    expect(result.errors).toBeUndefined();
    const [vmEntity, organization] = result.data!._entities as [
      { openAlertCount: number; alerts: { id: string }[]; health: { score: (number | null)[] } },
      { alertRules: { name: string }[]; openAlerts: { id: string }[] },
    ];
    expect(vmEntity.openAlertCount).toBe(1);
    expect(vmEntity.alerts.map((a) => a.id)).toEqual([alertId]);
    expect(vmEntity.health.score).toEqual([85, 100, null, null]);
    expect(organization.alertRules.map((r) => r.name)).toContain("Owner custom rule");
    expect(organization.openAlerts.map((a) => a.id)).toEqual([alertId]);
  });

  it.each(denied.filter(([, caller]) => caller))(
    "%s gets nothing of the owner's: no alerts, no health, no organisation",
    async (_, caller) => {
      expect(await read(caller)).toEqual({
        data: {
          _entities: [
            {
              id: vm,
              openAlertCount: 0,
              alerts: [],
              health: { score: [null, null, null, null], reasons: [[], [], [], []] },
            },
            null,
          ],
        },
      });
    },
  );

  it("gives a caller who has not signed in nothing at all, without a query", async () => {
    subgraph.database.resetQueryCount();
    expect(await read(null)).toEqual({ data: { _entities: [null, null] } });
    expect(subgraph.database.queryCount()).toBe(0);
  });

  const writes = (): [string, Record<string, unknown>][] => [
    [
      `mutation($input: CreateAlertRuleInput!) { createAlertRule(input: $input) { id } }`,
      { input: { organizationId: owner, name: "Intruder", metric: "CPU", threshold: 1, durationMinutes: 0 } },
    ],
    [
      `mutation($id: ID!) { updateAlertRule(id: $id, input: { enabled: false, threshold: 1 }) { id } }`,
      { id: defaultRuleId },
    ],
    [`mutation($id: ID!) { updateAlertRule(id: $id, input: { name: "Intruder" }) { id } }`, { id: customRuleId }],
    [`mutation($id: ID!) { deleteAlertRule(id: $id) }`, { id: customRuleId }],
    [`mutation($id: ID!) { acknowledgeAlert(id: $id) { id acknowledgement { at } } }`, { id: alertId }],
  ];

  it.each(denied)("%s changes none of the owner's rules or alerts and learns nothing", async (_, caller) => {
    for (const [mutation, variables] of writes()) {
      const result = await subgraph.request(mutation, variables, { as: caller });
      expect(result.data ?? null, mutation).toBeNull();
      expect(
        result.errors?.map((e) => e.extensions?.code),
        mutation,
      ).toEqual([caller ? "NOT_FOUND" : "UNAUTHENTICATED"]);
    }
    expect(await ownerState()).toBe(victimState);
  });

  describe.each(denied)("behind the reference, for %s", (_, caller) => {
    const ctx = (): AlertContext => ({ db: subgraph.database.db, caller, now: clock.now });
    const window = { since: T0, until: minutes(T0, 60), stepMinutes: 15 };

    it("reads none of the owner's rules, alerts or health", async () => {
      const organizations = new OrganizationAlertResolver();
      expect(await organizations.alertRules({ id: owner }, ctx())).toEqual([]);
      expect(await organizations.openAlerts({ id: owner }, 50, ctx())).toEqual([]);
      const vms = new VmAlertResolver();
      expect(await vms.alerts({ id: vm }, window, ctx())).toEqual(caller ? [] : null);
      expect(await vms.openAlertCount({ id: vm }, ctx())).toBe(caller ? 0 : null);
      const health = await new VmHealthResolver().health({ id: vm }, window, ctx());
      expect(health?.score ?? null).toEqual(caller ? [null, null, null, null] : null);
    });
  });
});
