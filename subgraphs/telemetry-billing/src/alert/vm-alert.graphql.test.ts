import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { customerUser, providerStaff, resellerUser, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { telemetryTables } from "../db/schema";
import { capturingNotifier, deliver, minutes, alertTestSubgraph } from "./alert.testing";
import { evaluateAlerts } from "./evaluate/evaluate-alerts";

const T0 = new Date("2026-03-02T08:00:00Z");
const at = (minute: number) => minutes(T0, minute);
const ALERT = `id vm { id } organization { id } ruleName metric unit operator threshold durationMinutes severity state
  conditionSince firedAt resolvedAt resolution firedValue peakValue acknowledgement { at actorKind actorId } rule { id name }`;
const VM_ALERTS = `query($reps: [_Any!]!, $window: MetricWindowInput) { _entities(representations: $reps) {
  ... on Vm { id openAlertCount alerts(window: $window) { ${ALERT} } } } }`;
const OPEN_ALERTS = `query($reps: [_Any!]!, $first: Int!) { _entities(representations: $reps) {
  ... on Organization { openAlerts(first: $first) { id ruleName vm { id } } } } }`;
const ACKNOWLEDGE = `mutation($id: ID!) { acknowledgeAlert(id: $id) { id acknowledgement { at actorKind actorId } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateAlertRuleInput!) { updateAlertRule(id: $id, input: $input) { id } }`;

interface Alert {
  id: string;
  state: string;
  ruleName: string;
  resolution: string | null;
  acknowledgement: { actorId: string } | null;
  rule: { id: string; name: string } | null;
}

describe("VM alerts in the graph", () => {
  const org = randomUUID();
  const vm = randomUUID();
  const quietVm = randomUUID();
  const clock = { now: at(15) };
  const { notifier, mailer } = capturingNotifier();
  let subgraph: TestSubgraph<typeof telemetryTables>;
  const owner = customerUser(org, "owner");

  const evaluate = (minute: number) => {
    clock.now = at(minute);
    return evaluateAlerts(subgraph.database.db, { now: clock.now, notifier, log: () => {} });
  };
  const cpuAt = (minute: number, cpu: number) =>
    deliver(subgraph.database.db, [
      { vmId: vm, organizationId: org, at: at(minute), cpu, memory: 30 },
      { vmId: quietVm, organizationId: org, at: at(minute), cpu: 5, memory: 30 },
    ]);
  const vmAlerts = async (as: Caller | null = owner, window: unknown = null, ids: string[] = [vm]) => {
    const result = await subgraph.request<{ _entities: ({ openAlertCount: number; alerts: Alert[] } | null)[] }>(
      VM_ALERTS,
      { reps: ids.map((id) => ({ __typename: "Vm", id })), window },
      { as },
    );
    expect(result.errors).toBeUndefined();
    return result.data!._entities;
  };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(alertTestSubgraph(clock));
    for (const minute of [5, 10, 15]) await cpuAt(minute, 96);
    await evaluate(15);
  });
  afterAll(() => subgraph.close());

  it("answers a VM's alerts in the window with every field, and how many are open", async () => {
    const [entity, quiet] = await vmAlerts(owner, null, [vm, quietVm]);
    expect(entity!.openAlertCount).toBe(1);
    expect(entity!.alerts).toEqual([
      {
        id: expect.any(String),
        vm: { id: vm },
        organization: { id: org },
        ruleName: "CPU above 90 %",
        metric: "CPU",
        unit: "%",
        operator: "GREATER_THAN",
        threshold: 90,
        durationMinutes: 15,
        severity: "WARNING",
        state: "FIRING",
        conditionSince: at(5).toISOString(),
        firedAt: at(15).toISOString(),
        resolvedAt: null,
        resolution: null,
        firedValue: 96,
        peakValue: 96,
        acknowledgement: null,
        rule: { id: expect.any(String), name: "CPU above 90 %" },
      },
    ]);
    expect(quiet).toEqual({ id: quietVm, openAlertCount: 0, alerts: [] });
    const before = { since: at(-60).toISOString(), until: at(5).toISOString(), stepMinutes: 5 };
    expect((await vmAlerts(owner, before))[0]!.alerts).toEqual([]);
  });

  it("lists the organisation's open alerts, newest first, at most `first`", async () => {
    const result = await subgraph.request<{ _entities: { openAlerts: { vm: { id: string } }[] }[] }>(
      OPEN_ALERTS,
      { reps: [{ __typename: "Organization", id: org }], first: 10 },
      { as: owner },
    );
    expect(result.data?._entities[0]?.openAlerts.map((a) => a.vm.id)).toEqual([vm]);
    const tooMany = await subgraph.request(OPEN_ALERTS, {
      reps: [{ __typename: "Organization", id: org }],
      first: 201,
    });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it.each([
    ["a billing user", customerUser(org, "billing"), "FORBIDDEN"],
    ["a read-only user", customerUser(org, "read_only"), "FORBIDDEN"],
    ["a foreign customer's owner", customerUser(randomUUID(), "owner"), "NOT_FOUND"],
    ["a caller who has not signed in", null, "UNAUTHENTICATED"],
  ] as const)("refuses an acknowledgement by %s", async (_, caller, code) => {
    const [alert] = (await vmAlerts())[0]!.alerts;
    const result = await subgraph.request(ACKNOWLEDGE, { id: alert!.id }, { as: caller });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    expect((await vmAlerts())[0]!.alerts[0]!.acknowledgement).toBeNull();
  });

  it("lets a member acknowledge an alert, and keeps the first acknowledgement", async () => {
    const [alert] = (await vmAlerts())[0]!.alerts;
    const member = customerUser(org, "member");
    const first = await subgraph.request(ACKNOWLEDGE, { id: alert!.id }, { as: member });
    expect(first).toEqual({
      data: {
        acknowledgeAlert: {
          id: alert!.id,
          acknowledgement: { at: clock.now.toISOString(), actorKind: "USER", actorId: member.id },
        },
      },
    });
    const again = await subgraph.request(ACKNOWLEDGE, { id: alert!.id }, { as: resellerUser(randomUUID(), [org]) });
    expect(again).toEqual(first);
  });

  it("resolves the open alert when its rule's condition changes, e-mails once, and judges the rule afresh", async () => {
    const [alert] = (await vmAlerts())[0]!.alerts;
    expect(mailer.messages).toHaveLength(1);
    const changed = await subgraph.request(UPDATE, { id: alert!.rule!.id, input: { threshold: 95 } }, { as: owner });
    expect(changed.errors).toBeUndefined();
    expect((await vmAlerts())[0]!.alerts[0]).toMatchObject({ state: "RESOLVED", resolution: "RULE_CHANGED" });
    await cpuAt(20, 97);
    expect(await evaluate(20)).toMatchObject({ fired: 1, resolved: 0, emailsSent: 2 });
    expect(mailer.messages.map((m) => m.subject.split(":")[0])).toEqual(["WARNING", "Resolved", "WARNING"]);
    const alerts = (await vmAlerts())[0]!.alerts;
    expect(alerts.map((a) => [a.state, a.resolution])).toEqual([
      ["FIRING", null],
      ["RESOLVED", "RULE_CHANGED"],
    ]);
  });

  it("costs the same number of queries for the alerts of 2 and of 20 VMs", async () => {
    const ids: string[] = Array.from({ length: 20 }, () => randomUUID());
    const staff = providerStaff();
    const queries = async (vmIds: string[]) => {
      subgraph.database.resetQueryCount();
      await vmAlerts(staff, null, vmIds);
      return subgraph.database.queryCount();
    };
    expect(await queries(ids.slice(0, 2))).toBe(await queries(ids));
  });
});
