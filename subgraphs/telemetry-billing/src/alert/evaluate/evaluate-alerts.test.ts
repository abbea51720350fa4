import { randomUUID } from "node:crypto";
import type { Database } from "@dcx/kit";
import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alertRules, alerts, type telemetryTables } from "../../db/schema";
import { recordPerformance } from "../../sample/sample.service";
import { capturingNotifier, deliver, minutes, openAlertTestDatabase, poll } from "../alert.testing";
import type { AlertNotifier } from "../notify/alert-notifier";
import { evaluateAlerts } from "./evaluate-alerts";

const T0 = new Date("2026-03-02T08:00:00Z");
const at = (minute: number) => minutes(T0, minute);

describe("evaluateAlerts", () => {
  let database: Database<typeof telemetryTables>;
  const org = randomUUID();
  const vm = randomUUID();
  beforeEach(async () => {
    database = await openAlertTestDatabase();
  });
  afterEach(() => database.close());

  const evaluate = (minute: number, notifier: AlertNotifier | null) =>
    evaluateAlerts(database.db, { now: at(minute), notifier, log: () => {} });
  const cpuAt = (minute: number, cpu: number) =>
    deliver(database.db, [{ vmId: vm, organizationId: org, at: at(minute), cpu, memory: 40, diskLatency: 2 }]);
  const alertRows = (vmId = vm) =>
    database.db.select().from(alerts).where(eq(alerts.vmId, vmId)).orderBy(alerts.firedAt);

  it("fires CPU > 90 % after exactly 15 minutes, e-mails once, not again while firing, and once on resolving", async () => {
    const { notifier, mailer } = capturingNotifier();
    for (const [minute, cpu] of [
      [5, 95],
      [10, 96],
    ] as const) {
      await cpuAt(minute, cpu);
      expect(await evaluate(minute, notifier), `after the sample at minute ${minute}`).toMatchObject({ fired: 0 });
    }
    expect(mailer.messages).toHaveLength(0);

    await cpuAt(15, 97); // the third breaching sample: 15 minutes covered
    expect(await evaluate(15, notifier)).toEqual({ fired: 1, resolved: 0, emailsSent: 1, emailsFailed: 0 });
    expect(mailer.messages.map((m) => [m.to, m.subject])).toEqual([
      ["owner@adcock.co.za", `WARNING: CPU above 90 % on VM ${vm}`],
    ]);
    expect(mailer.messages[0]!.text).toContain(`https://dcx.example/vms/${vm}`);
    expect(mailer.messages[0]!.text).toContain("Value:         97 % (worst so far 97 %)");

    await cpuAt(20, 99.5);
    expect(await evaluate(20, notifier)).toEqual({ fired: 0, resolved: 0, emailsSent: 0, emailsFailed: 0 });
    await cpuAt(25, 50);
    expect(await evaluate(25, notifier)).toEqual({ fired: 0, resolved: 1, emailsSent: 1, emailsFailed: 0 });
    await cpuAt(30, 40);
    expect(await evaluate(30, notifier)).toMatchObject({ fired: 0, resolved: 0, emailsSent: 0 });

    expect(mailer.messages.map((m) => m.subject)).toEqual([
      `WARNING: CPU above 90 % on VM ${vm}`,
      `Resolved: CPU above 90 % on VM ${vm}`,
    ]);
    expect(await alertRows()).toEqual([
      expect.objectContaining({
        organizationId: org,
        ruleName: "CPU above 90 %",
        metric: "cpu",
        threshold: "90.00",
        severity: "warning",
        conditionSince: at(5),
        firedAt: at(15),
        resolvedAt: at(25),
        resolution: "condition_cleared",
        firedValue: "97.00",
        peakValue: "99.50",
        firedNotifiedAt: at(15),
        resolvedNotifiedAt: at(25),
      }),
    ]);
  });

  it("e-mails every owner and admin of the organisation, once each", async () => {
    const { notifier, mailer } = capturingNotifier(["admin@adcock.co.za", "owner@adcock.co.za"]);
    for (const minute of [5, 10, 15]) await cpuAt(minute, 93);
    expect(await evaluate(15, notifier)).toMatchObject({ fired: 1, emailsSent: 2 });
    expect(mailer.messages.map((m) => m.to)).toEqual(["admin@adcock.co.za", "owner@adcock.co.za"]);
    expect(await evaluate(16, notifier)).toMatchObject({ emailsSent: 0 });
  });

  it("fires NO_SAMPLES once a powered-on VM's samples stop for more than 15 minutes, and resolves when one arrives", async () => {
    const { notifier, mailer } = capturingNotifier();
    for (const minute of [0, 5, 10]) await cpuAt(minute, 20);
    await poll(database.db, [{ vmId: vm, organizationId: org }], at(20), true); // seen running, nothing sent
    expect(await evaluate(25, notifier)).toMatchObject({ fired: 0 }); // newest sample exactly 15 minutes old
    expect(await evaluate(26, notifier)).toMatchObject({ fired: 1, emailsSent: 1 });
    expect(mailer.messages[0]!.subject).toBe(`CRITICAL: No samples for 15 minutes on VM ${vm}`);
    expect(await evaluate(31, notifier)).toMatchObject({ fired: 0, emailsSent: 0 });
    await cpuAt(35, 20);
    expect(await evaluate(35, notifier)).toMatchObject({ fired: 0, resolved: 1, emailsSent: 1 });
    expect(await alertRows()).toEqual([
      expect.objectContaining({
        metric: "noSamples",
        conditionSince: at(10),
        firedAt: at(26),
        resolvedAt: at(35),
        firedValue: null,
      }),
    ]);
  });

  it("counts a VM that never sent a sample as silent from when it was first seen running", async () => {
    await poll(database.db, [{ vmId: vm, organizationId: org }], at(0), true);
    expect(await evaluate(0, null)).toMatchObject({ fired: 0 });
    expect(await evaluate(15, null)).toMatchObject({ fired: 0 });
    expect(await evaluate(16, null)).toMatchObject({ fired: 1 });
    expect((await alertRows())[0]).toMatchObject({ metric: "noSamples", conditionSince: at(0) });
  });

  it("resolves a VM's alerts when it is powered off, and raises no NO_SAMPLES for a VM that is off", async () => {
    const { notifier, mailer } = capturingNotifier();
    for (const minute of [5, 10, 15]) await cpuAt(minute, 98);
    expect(await evaluate(15, notifier)).toMatchObject({ fired: 1 });
    await poll(database.db, [{ vmId: vm, organizationId: org }], at(18), false);
    expect(await evaluate(20, notifier)).toMatchObject({ fired: 0, resolved: 1 });
    expect(await evaluate(120, notifier)).toMatchObject({ fired: 0, resolved: 0 });
    expect(mailer.messages.map((m) => m.subject)).toEqual([
      `WARNING: CPU above 90 % on VM ${vm}`,
      `Resolved: CPU above 90 % on VM ${vm}`,
    ]);
    expect(mailer.messages[1]!.text).toContain("the VM was powered off");
    expect((await alertRows())[0]).toMatchObject({ resolution: "vm_powered_off", resolvedAt: at(20) });
  });

  it("fires the guest disk rule on the fullest file system, on one sample", async () => {
    const disk = (path: string, usedMb: number) => ({
      vmId: vm,
      organizationId: org,
      sampledAt: at(5),
      path,
      capacityMb: 1_000_000,
      freeMb: 1_000_000 - usedMb,
    });
    await recordPerformance(database.db, {
      vms: [{ vmId: vm, organizationId: org, poweredOn: true, polledAt: at(5) }],
      samples: [],
      guestDisks: [disk("/", 400_000), disk("/data", 850_000)],
    });
    expect(await evaluate(5, null)).toMatchObject({ fired: 0 }); // exactly 85 % is not over 85 %
    await recordPerformance(database.db, {
      vms: [],
      samples: [],
      guestDisks: [
        { ...disk("/", 400_000), sampledAt: at(10) },
        { ...disk("/data", 850_100), sampledAt: at(10) },
      ],
    });
    expect(await evaluate(10, null)).toMatchObject({ fired: 1 });
    expect((await alertRows())[0]).toMatchObject({ metric: "guestDiskUsed", firedValue: "85.01" });
  });

  it("judges a custom rule with ≤ on exact values and fires disk latency after 10 minutes", async () => {
    await database.db.execute(sql`
      insert into alert_rules (organization_id, name, metric, operator, threshold, duration_minutes, severity)
      values (${org}, 'Memory idle', 'memory', '<=', 12.34, 5, 'critical')`);
    await deliver(database.db, [{ vmId: vm, organizationId: org, at: at(5), cpu: 10, memory: 12.35, diskLatency: 21 }]);
    expect(await evaluate(5, null)).toMatchObject({ fired: 0 });
    await deliver(database.db, [
      { vmId: vm, organizationId: org, at: at(10), cpu: 10, memory: 12.34, diskLatency: 25 },
    ]);
    expect(await evaluate(10, null)).toMatchObject({ fired: 2 });
    expect((await alertRows()).map((a) => [a.ruleName, a.firedValue, a.conditionSince])).toEqual(
      expect.arrayContaining([
        ["Memory idle", "12.34", at(10)],
        ["Disk latency above 20 ms", "25.00", at(5)],
      ]),
    );
  });

  it("fires once when two evaluations run at the same time", async () => {
    const { notifier, mailer } = capturingNotifier();
    for (const minute of [5, 10, 15]) await cpuAt(minute, 97);
    const reports = await Promise.all([evaluate(15, notifier), evaluate(15, notifier)]);
    expect(reports.map((r) => r.fired).sort()).toEqual([0, 1]);
    expect(await alertRows()).toHaveLength(1);
    expect(mailer.messages).toHaveLength(1);
  });

  it("sends an e-mail that failed later, once, and one left unsent by a crash on the next evaluation", async () => {
    const { notifier, mailer } = capturingNotifier();
    let failures = 1;
    const flaky: AlertNotifier = {
      notify: async (notice) => {
        if (failures-- > 0) throw new Error("SMTP 451 try again later");
        return notifier.notify(notice);
      },
    };
    for (const minute of [5, 10, 15]) await cpuAt(minute, 97);
    expect(await evaluate(15, flaky)).toMatchObject({ fired: 1, emailsSent: 0, emailsFailed: 1 });
    expect((await alertRows())[0]).toMatchObject({ firedNotifiedAt: null, noticeError: "SMTP 451 try again later" });
    expect(await evaluate(15.25, flaky)).toMatchObject({ emailsSent: 0, emailsFailed: 0 }); // retried after 30 s
    expect(await evaluate(16, flaky)).toMatchObject({ emailsSent: 1, emailsFailed: 0 });
    expect(await evaluate(21, flaky)).toMatchObject({ emailsSent: 0 });
    expect(mailer.messages).toHaveLength(1);

    // The resolution committed, then the process died before sending: the next evaluation sends it.
    await cpuAt(20, 10);
    expect(await evaluate(20, null)).toMatchObject({ resolved: 1, emailsSent: 0 });
    expect(await evaluate(25, notifier)).toMatchObject({ resolved: 0, emailsSent: 1 });
    expect(await evaluate(30, notifier)).toMatchObject({ emailsSent: 0 });
    expect(mailer.messages.map((m) => m.subject.split(":")[0])).toEqual(["WARNING", "Resolved"]);
  });

  it("fires nothing for a disabled rule, and leaves samples after now for a later evaluation", async () => {
    await poll(database.db, [{ vmId: vm, organizationId: org }], at(0), true);
    await evaluate(0, null); // the organisation's default rules are made
    await database.db.execute(
      sql`update alert_rules set enabled = false where organization_id = ${org} and metric = 'cpu'`,
    );
    for (const minute of [5, 10, 15]) await cpuAt(minute, 99);
    expect(await evaluate(15, null)).toMatchObject({ fired: 0 });

    // Another organisation's VM: its own (enabled) default rules judge it.
    const [other, otherOrg] = [randomUUID(), randomUUID()];
    for (const minute of [5, 10, 15, 20]) {
      await deliver(database.db, [{ vmId: other, organizationId: otherOrg, at: at(minute), cpu: 99, memory: 10 }]);
    }
    expect(await evaluate(10, null)).toMatchObject({ fired: 0 });
    expect(await evaluate(15, null)).toMatchObject({ fired: 1 });
    expect(await evaluate(20, null)).toMatchObject({ fired: 0 });
    expect(await alertRows(other)).toEqual([expect.objectContaining({ conditionSince: at(5), firedAt: at(15) })]);
  });

  it("forgets resolved alerts once no window can reach them, and only once their e-mails went out", async () => {
    const { notifier } = capturingNotifier();
    for (const minute of [5, 10, 15]) await cpuAt(minute, 97);
    await cpuAt(20, 10);
    await evaluate(20, null);
    await poll(database.db, [{ vmId: vm, organizationId: org }], at(25), false);
    const day = 24 * 60;
    expect(await evaluate(401 * day, null)).toMatchObject({ fired: 0 });
    expect(await alertRows()).toHaveLength(1); // its e-mails are still due
    await evaluate(401 * day, notifier);
    await evaluate(401 * day + 1, notifier);
    expect(await alertRows()).toHaveLength(0);
  });

  it("gives every organisation the collector has seen its default rules, and adds a missing one back", async () => {
    await poll(database.db, [{ vmId: vm, organizationId: org }], at(0), true);
    await evaluate(0, null);
    const defaults = async () =>
      (
        await database.db
          .select({ key: alertRules.defaultKey })
          .from(alertRules)
          .where(eq(alertRules.organizationId, org))
          .orderBy(alertRules.defaultKey)
      ).map((row) => row.key);
    expect(await defaults()).toEqual(["cpu", "diskLatency", "guestDisk", "memory", "noSamples"]);
    await database.db.execute(sql`delete from alert_rules where organization_id = ${org} and default_key = 'memory'`);
    await evaluate(5, null);
    expect(await defaults()).toHaveLength(5);
  });
});
