import { randomUUID } from "node:crypto";
import type { Database } from "@dcx/kit";
import { customerUser } from "@dcx/kit/testing";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alertRules, alerts, alertStates, type telemetryTables } from "../db/schema";
import { capturingNotifier, deliver, minutes, openAlertTestDatabase } from "./alert.testing";
import { createAlertRule, deleteAlertRule, updateAlertRule } from "./alert-rule.service";
import { AlertSeverity } from "./alert-rule.type";
import { evaluateAlerts } from "./evaluate/evaluate-alerts";

const T0 = new Date("2026-03-02T08:00:00Z");
const at = (minute: number) => minutes(T0, minute);

describe("changing a rule with an open alert", () => {
  let database: Database<typeof telemetryTables>;
  const org = randomUUID();
  const vm = randomUUID();
  const admin = customerUser(org, "admin");
  const { notifier, mailer } = capturingNotifier();
  beforeEach(async () => {
    database = await openAlertTestDatabase();
    mailer.messages.length = 0;
  });
  afterEach(() => database.close());

  const evaluate = (minute: number) => evaluateAlerts(database.db, { now: at(minute), notifier, log: () => {} });
  /** Three samples with CPU at 95 %, then an evaluation: the default CPU rule fires. */
  const breach = async () => {
    for (const minute of [5, 10, 15]) {
      await deliver(database.db, [{ vmId: vm, organizationId: org, at: at(minute), cpu: 95, memory: 10 }]);
    }
    await evaluate(15);
  };
  const openAlerts = async () => (await database.db.select().from(alerts)).filter((a) => a.resolvedAt === null);
  const cpuRule = async () =>
    (await database.db.select().from(alertRules).where(eq(alertRules.organizationId, org))).find(
      (r) => r.metric === "cpu",
    )!;

  it("resolves it as rule_deleted when a custom rule is deleted, e-mails once, and keeps its copy of the rule", async () => {
    const rule = await createAlertRule(
      database.db,
      admin,
      { organizationId: org, name: "CPU busy", metric: "cpu", threshold: 80, durationMinutes: 10 },
      at(0),
    );
    await breach();
    expect((await openAlerts()).map((a) => a.ruleName).sort()).toEqual(["CPU above 90 %", "CPU busy"]);
    expect(await deleteAlertRule(database.db, admin, rule.id, at(16))).toBe(rule.id);
    const [deleted] = (await database.db.select().from(alerts)).filter((a) => a.ruleName === "CPU busy");
    expect(deleted).toMatchObject({ ruleId: null, resolvedAt: at(16), resolution: "rule_deleted", threshold: "80.00" });
    expect(await database.db.select().from(alertStates).where(eq(alertStates.ruleId, rule.id))).toEqual([]);
    expect(await evaluate(17)).toMatchObject({ fired: 0, emailsSent: 1 });
    expect(mailer.messages.at(-1)!.text).toContain("the rule was deleted");
  });

  it("resolves it as rule_disabled when the rule is disabled, and fires nothing while it stays disabled", async () => {
    await breach();
    const rule = await cpuRule();
    await updateAlertRule(database.db, admin, rule.id, { enabled: false }, at(16));
    expect(await openAlerts()).toEqual([]);
    await deliver(database.db, [{ vmId: vm, organizationId: org, at: at(20), cpu: 99, memory: 10 }]);
    expect(await evaluate(20)).toMatchObject({ fired: 0, emailsSent: 1 });
    const [alert] = await database.db.select().from(alerts);
    expect(alert).toMatchObject({ resolution: "rule_disabled", resolvedAt: at(16) });
  });

  it("keeps it open when only the name or severity change", async () => {
    await breach();
    const rule = await cpuRule();
    const updated = await updateAlertRule(
      database.db,
      admin,
      rule.id,
      { name: "CPU hot", severity: AlertSeverity.CRITICAL, threshold: 90 },
      at(16),
    );
    expect(updated).toMatchObject({ name: "CPU hot", severity: "critical", threshold: "90.00" });
    expect((await openAlerts()).map((a) => [a.ruleName, a.severity])).toEqual([["CPU above 90 %", "warning"]]);
  });
});
