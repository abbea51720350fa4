import { randomUUID } from "node:crypto";
import type { Caller } from "@dcx/kit";
import { customerUser, providerStaff, resellerUser, startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertRules, type telemetryTables } from "../db/schema";
import { alertTestSubgraph } from "./alert.testing";

const RULE = "id name metric unit operator threshold durationMinutes severity enabled isDefault organization { id }";
const RULES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization { alertRules { ${RULE} } } } }`;
const CREATE = `mutation($input: CreateAlertRuleInput!) { createAlertRule(input: $input) { ${RULE} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateAlertRuleInput!) { updateAlertRule(id: $id, input: $input) { ${RULE} } }`;
const DELETE = `mutation($id: ID!) { deleteAlertRule(id: $id) }`;

interface Rule {
  id: string;
  name: string;
  metric: string;
  threshold: number | null;
  durationMinutes: number;
  severity: string;
  enabled: boolean;
  isDefault: boolean;
}

describe("alert rules in the graph", () => {
  const org = randomUUID();
  const reseller = randomUUID();
  const clock = { now: new Date("2026-03-02T08:00:00Z") };
  let subgraph: TestSubgraph<typeof telemetryTables>;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(alertTestSubgraph(clock));
  });
  afterAll(() => subgraph.close());

  const owner = customerUser(org, "owner");
  const rulesOf = async (as: Caller | null = owner) => {
    const result = await subgraph.request<{ _entities: ({ alertRules: Rule[] } | null)[] }>(
      RULES,
      { reps: [{ __typename: "Organization", id: org }] },
      { as },
    );
    expect(result.errors).toBeUndefined();
    return result.data!._entities[0]?.alertRules ?? null;
  };
  const storedRuleCount = async () =>
    (await subgraph.database.db.select().from(alertRules).where(eq(alertRules.organizationId, org))).length;
  const customInput = (overrides: Record<string, unknown> = {}) => ({
    organizationId: org,
    name: "Network saturated",
    metric: "NETWORK_TRANSMIT",
    operator: "GREATER_THAN_OR_EQUAL",
    threshold: 125000,
    durationMinutes: 30,
    severity: "CRITICAL",
    ...overrides,
  });

  it("lists the default rules, made on the organisation's first read, with the same ids on every read", async () => {
    const rules = await rulesOf();
    expect(rules!.map((r) => [r.name, r.metric, r.threshold, r.durationMinutes, r.severity, r.isDefault])).toEqual([
      ["CPU above 90 %", "CPU", 90, 15, "WARNING", true],
      ["Memory above 90 %", "MEMORY", 90, 15, "WARNING", true],
      ["Guest disk over 85 % full", "GUEST_DISK_USED", 85, 0, "WARNING", true],
      ["Disk latency above 20 ms", "DISK_LATENCY", 20, 10, "WARNING", true],
      ["No samples for 15 minutes", "NO_SAMPLES", null, 15, "CRITICAL", true],
    ]);
    expect((await rulesOf())!.map((r) => r.id)).toEqual(rules!.map((r) => r.id));
    expect(await storedRuleCount()).toBe(5);
  });

  const allowed: [string, Caller][] = [
    ["the organisation's owner", owner],
    ["the organisation's admin", customerUser(org, "admin")],
    ["its reseller's admin", resellerUser(reseller, [org], "admin")],
    ["provider staff", providerStaff()],
  ];

  it.each(allowed)("lets %s add a rule", async (_, caller) => {
    const result = await subgraph.request<{ createAlertRule: Rule }>(CREATE, { input: customInput() }, { as: caller });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createAlertRule).toMatchObject({
      name: "Network saturated",
      metric: "NETWORK_TRANSMIT",
      operator: "GREATER_THAN_OR_EQUAL",
      unit: "KB/s",
      threshold: 125000,
      durationMinutes: 30,
      severity: "CRITICAL",
      enabled: true,
      isDefault: false,
      organization: { id: org },
    });
  });

  const refused: [string, Caller | null, string][] = [
    ["a billing user", customerUser(org, "billing"), "FORBIDDEN"],
    ["a member", customerUser(org, "member"), "FORBIDDEN"],
    ["a read-only user", customerUser(org, "read_only"), "FORBIDDEN"],
    ["an admin's API key", { ...customerUser(org, "admin"), kind: "api_key" }, "FORBIDDEN"],
    ["a foreign customer's owner", customerUser(randomUUID(), "owner"), "NOT_FOUND"],
    ["a caller who has not signed in", null, "UNAUTHENTICATED"],
  ];

  it.each(refused)("refuses %s, writing nothing", async (_, caller, code) => {
    const before = await storedRuleCount();
    const [rule] = (await rulesOf())!;
    for (const [operation, variables] of [
      [CREATE, { input: customInput() }],
      [UPDATE, { id: rule!.id, input: { threshold: 1 } }],
      [DELETE, { id: rule!.id }],
    ] as const) {
      const result = await subgraph.request(operation, variables, { as: caller });
      expect(
        result.errors?.map((e) => e.extensions?.code),
        operation,
      ).toEqual([code]);
      expect(result.data ?? null).toBeNull();
    }
    expect(await storedRuleCount()).toBe(before);
    expect((await rulesOf())![0]).toEqual(rule);
  });

  it.each([
    ["a blank name", { name: "  " }, "input.name"],
    ["a name with a line break", { name: "CPU\nhigh" }, "input.name"],
    ["a name over 80 characters", { name: "x".repeat(81) }, "input.name"],
    ["a percentage over 100", { metric: "CPU", threshold: 100.01 }, "input.threshold"],
    ["a negative threshold", { threshold: -1 }, "input.threshold"],
    ["three decimals", { threshold: 90.125 }, "input.threshold"],
    ["no threshold", { threshold: null }, "input.threshold"],
    ["a threshold for NO_SAMPLES", { metric: "NO_SAMPLES", threshold: 5 }, "input.threshold"],
    ["a duration that is no multiple of 5", { durationMinutes: 12 }, "input.durationMinutes"],
    ["a duration over a day", { durationMinutes: 1445 }, "input.durationMinutes"],
    [
      "NO_SAMPLES under 15 minutes",
      { metric: "NO_SAMPLES", threshold: null, durationMinutes: 10 },
      "input.durationMinutes",
    ],
    ["an organisation id that is no UUID", { organizationId: "adcock" }, "input.organizationId"],
  ])("refuses %s with BAD_USER_INPUT naming the field, writing nothing", async (_, change, field) => {
    const before = await storedRuleCount();
    const result = await subgraph.request(CREATE, { input: customInput(change) }, { as: owner });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await storedRuleCount()).toBe(before);
  });

  it("changes and disables a default rule but never deletes it", async () => {
    const cpu = (await rulesOf())!.find((r) => r.metric === "CPU")!;
    const changed = await subgraph.request<{ updateAlertRule: Rule }>(
      UPDATE,
      { id: cpu.id, input: { threshold: 95.5, durationMinutes: 30, name: "CPU saturated" } },
      { as: owner },
    );
    expect(changed.data?.updateAlertRule).toMatchObject({
      id: cpu.id,
      name: "CPU saturated",
      threshold: 95.5,
      durationMinutes: 30,
      enabled: true,
      isDefault: true,
    });
    const disabled = await subgraph.request<{ updateAlertRule: Rule }>(
      UPDATE,
      { id: cpu.id, input: { enabled: false } },
      { as: owner },
    );
    expect(disabled.data?.updateAlertRule).toMatchObject({ enabled: false, threshold: 95.5 });
    const deleted = await subgraph.request(DELETE, { id: cpu.id }, { as: owner });
    expect(deleted.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await rulesOf())!.find((r) => r.id === cpu.id)).toMatchObject({ enabled: false });
  });

  it("refuses a change that breaks the rule, naming the field, and changes nothing", async () => {
    const latency = (await rulesOf())!.find((r) => r.metric === "DISK_LATENCY")!;
    const result = await subgraph.request(
      UPDATE,
      { id: latency.id, input: { name: "Slow", threshold: 20.001 } },
      { as: owner },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.threshold" });
    expect((await rulesOf())!.find((r) => r.id === latency.id)).toEqual(latency);
  });

  it("deletes a custom rule", async () => {
    const created = await subgraph.request<{ createAlertRule: Rule }>(
      CREATE,
      { input: customInput({ name: "Temporary" }) },
      { as: owner },
    );
    const id = created.data!.createAlertRule.id;
    expect(await subgraph.request(DELETE, { id }, { as: owner })).toEqual({ data: { deleteAlertRule: id } });
    expect((await rulesOf())!.some((r) => r.id === id)).toBe(false);
    expect((await subgraph.request(DELETE, { id }, { as: owner })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("loads the rules of 2 and of 20 organisations in the same number of queries", async () => {
    const orgs = Array.from({ length: 20 }, () => randomUUID());
    const staff = providerStaff();
    const queries = async (ids: string[]) => {
      subgraph.database.resetQueryCount();
      const result = await subgraph.request<{ _entities: { alertRules: Rule[] }[] }>(
        RULES,
        { reps: ids.map((id) => ({ __typename: "Organization", id })) },
        { as: staff },
      );
      expect(result.data?._entities.every((o) => o.alertRules.length === 5)).toBe(true);
      return subgraph.database.queryCount();
    };
    expect(await queries(orgs.slice(0, 2))).toBe(await queries(orgs));
  });
});
