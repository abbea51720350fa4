import { randomUUID } from "node:crypto";
import type { Database } from "@dcx/kit";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { capturingNotifier, deliver, minutes, openAlertTestDatabase } from "../alert/alert.testing";
import { evaluateAlerts } from "../alert/evaluate/evaluate-alerts";
import type { AlertNotifier } from "../alert/notify/alert-notifier";
import { meterUsage } from "../billing/metering/metering.service";
import { RUNNING, usageChange } from "../billing/metering/usage-change.fixture";
import { storeUsageChanges } from "../billing/usage-change/usage-change.store";
import type { telemetryTables } from "../db/schema";
import { rowsOf } from "../sql/sql-arrays";
import { maintenancePassLock } from "./pass-lock";
import { startTelemetryMaintenance } from "./telemetry-maintenance";

const T0 = new Date("2026-03-02T08:00:00Z");

function gate() {
  let open!: () => void;
  const closed = new Promise<void>((resolve) => (open = resolve));
  return { closed, open };
}

const until = async (condition: () => Promise<boolean> | boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe("telemetry maintenance on two replicas of one database", () => {
  let database: Database<typeof telemetryTables>;
  beforeEach(async () => {
    database = await openAlertTestDatabase();
  });
  afterEach(() => database.close());

  /** This test database's advisory locks: held, and asked for but waiting. */
  const advisoryLocks = async () => {
    const { rows } = await database.executeSql(
      `select count(*) filter (where granted)::int as held, count(*) filter (where not granted)::int as waiting
       from pg_locks where locktype = 'advisory'
         and database = (select oid from pg_database where datname = current_database())`,
    );
    return rows[0] as { held: number; waiting: number };
  };

  /** A replica's maintenance: its own clock, its own notifier, the database's pass lock. */
  const replica = (now: Date, notifier: AlertNotifier) =>
    startTelemetryMaintenance(database.backgroundDb, {
      clock: () => now,
      log: () => undefined,
      intervalSeconds: 0,
      exclusive: maintenancePassLock(database),
      afterRollups: (db, at) => evaluateAlerts(db, { now: at, notifier, log: () => undefined }),
    });

  it("never overlap: a pass started after the e-mail lease ran out waits, and the alert is e-mailed once", async () => {
    const vm = randomUUID();
    const organizationId = randomUUID();
    for (const minute of [5, 10, 15]) {
      await deliver(database.db, [{ vmId: vm, organizationId, at: minutes(T0, minute), cpu: 97, memory: 40 }]);
    }
    const { notifier, mailer } = capturingNotifier();
    // The first replica's pass fires the alert and is still handing its e-mail over...
    const sending = gate();
    const held = gate();
    const slow: AlertNotifier = {
      notify: async (notice) => {
        sending.open();
        await held.closed;
        return notifier.notify(notice);
      },
    };
    const first = replica(minutes(T0, 15), slow).runNow();
    await sending.closed;
    // ...when the second replica's pass starts, 7 minutes on: the claim's 5-minute lease, counted
    // from the first pass's start, has run out, so only the lock keeps it from sending again.
    const second = replica(minutes(T0, 22), notifier).runNow();
    if (database.driver === "postgres") {
      await until(async () => (await advisoryLocks()).waiting === 1);
      expect(await advisoryLocks()).toEqual({ held: 1, waiting: 1 });
    } else {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(mailer.messages).toHaveLength(0);
    held.open();
    const reports = await Promise.all([first, second]);
    expect(reports.map((report) => report.afterRollups)).toEqual([
      { fired: 1, resolved: 0, emailsSent: 1, emailsFailed: 0 },
      { fired: 0, resolved: 0, emailsSent: 0, emailsFailed: 0 },
    ]);
    expect(mailer.messages).toHaveLength(1);
    if (database.driver === "postgres") expect(await advisoryLocks()).toEqual({ held: 0, waiting: 0 });
  });

  it("meter each hour once when two replicas meter at the same time", async () => {
    const vm = randomUUID();
    await storeUsageChanges(database.db, [usageChange(vm, "c1", T0, RUNNING)]);
    const now = new Date(T0.getTime() + 50 * 3_600_000);
    const reports = await Promise.all([meterUsage(database.db, now), meterUsage(database.db, now)]);
    // 50 hours in batches of 24: however the two interleave, every hour is metered by one of them.
    expect(reports[0].hoursMetered + reports[1].hoursMetered).toBe(50);
    const hours = rowsOf<{ hours: number; distinct: number }>(
      await database.db.execute(
        sql`select count(*)::int as hours, count(distinct hour)::int as distinct from vm_usage_hours where vm_id = ${vm}::uuid`,
      ),
    );
    expect(hours[0]).toEqual({ hours: 50, distinct: 50 });
  });
});
