import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Database, migrationsFolder, openDatabase, repoRoot } from "@dcx/kit";
import { testPostgresUrl } from "@dcx/kit/testing";
import { meterUsage, telemetryBillingSubgraph } from "@dcx/telemetry-billing";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { spawnService } from "../../scripts/processes";
import { adminQuery, rand } from "./crash-support";

/**
 * "kill -9 of the metering process mid-run (≥ 3 rounds) → no hour lost or doubled." A child process
 * meters a month of a small fleet (its own PGlite folder, or a fresh database on the server) and is
 * SIGKILLed at a random moment, three times; a fourth run finishes. Its records must equal, row for
 * row, those of an uninterrupted run over the same state changes in a database of its own.
 */
const CHILD = path.join(repoRoot, "integration/crash/metering-child.ts");
const ROUNDS = 3;
const VMS = 150;
const monthStart = new Date("2026-10-31T22:00:00Z");
const monthEnd = new Date("2026-11-30T22:00:00Z");
type TelemetryDatabase = Database<typeof telemetryBillingSubgraph.tables>;

/** A month of changes: each VM made at the start, off for a while, resized, some deleted. */
function fleetChanges(): unknown[] {
  const changes: unknown[] = [];
  const organizationId = randomUUID();
  for (let vm = 0; vm < VMS; vm += 1) {
    const vmId = randomUUID();
    const state = (hours: number, poweredOn: boolean, vcpuCount: number, exists = true) =>
      changes.push({
        change_id: `crash:${vmId}:${hours}`,
        vm_id: vmId,
        organization_id: organizationId,
        occurred_at: new Date(monthStart.getTime() + hours * 3_600_000 + vm * 7_000).toISOString(),
        vm_exists: exists,
        powered_on: poweredOn,
        vcpu_count: vcpuCount,
        memory_mib: 2048,
        disks: [{ diskId: "boot", tier: "standard", capacityGb: 40 }],
        licences: [],
        public_ip_count: 0,
      });
    state(0, true, 2);
    state(100 + vm, false, 2);
    state(130 + vm, true, 4);
    if (vm % 5 === 0) state(500 + vm, false, 4, false);
  }
  return changes;
}

async function insertChanges(database: TelemetryDatabase, changes: unknown[]) {
  await database.db.execute(sql`
    insert into vm_usage_changes (change_id, vm_id, organization_id, occurred_at, vm_exists, powered_on,
      vcpu_count, memory_mib, disks, licences, public_ip_count)
    select * from jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) as r(change_id text, vm_id uuid,
      organization_id uuid, occurred_at timestamptz, vm_exists boolean, powered_on boolean, vcpu_count int,
      memory_mib int, disks jsonb, licences jsonb, public_ip_count int)`);
}

const records = async (database: TelemetryDatabase) =>
  (
    (await database.db.execute(sql`
      select vm_id, hour, revision, exists_seconds, powered_on_seconds, vcpu_seconds::text, memory_mib_seconds::text,
        standard_gb_seconds::text
      from vm_usage_hours order by vm_id, hour, revision`)) as unknown as { rows: Record<string, unknown>[] }
  ).rows.map((row) => JSON.stringify(row));

describe("the metering process killed mid-run", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  async function openFresh(label: string): Promise<{ database: TelemetryDatabase; env: Record<string, string> }> {
    const adminUrl = testPostgresUrl();
    if (adminUrl) {
      const name = `dcx_test_metering_${label}_${randomBytes(6).toString("hex")}`;
      await adminQuery(adminUrl, `create database ${name}`);
      cleanups.push(() => adminQuery(adminUrl, `drop database if exists ${name} with (force)`));
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const database = await openDatabase({
        schema: telemetryBillingSubgraph.tables,
        migrationsFolder: migrationsFolder("telemetry-billing"),
        url: url.toString(),
      });
      await database.migrate();
      return { database, env: { METERING_DATABASE_URL: url.toString() } };
    }
    const folder = mkdtempSync(path.join(tmpdir(), `dcx-metering-${label}-`));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const database = await openDatabase({
      schema: telemetryBillingSubgraph.tables,
      migrationsFolder: migrationsFolder("telemetry-billing"),
      dataDir: folder,
    });
    await database.migrate();
    return { database, env: { METERING_DATA_DIR: folder } };
  }

  it(`meters every hour exactly once across ${ROUNDS} SIGKILLs`, async () => {
    const changes = fleetChanges();
    const reference = await openFresh("reference");
    await insertChanges(reference.database, changes);
    const started = Date.now();
    await meterUsage(reference.database.db, monthEnd);
    // Each kill lands between a tenth and three tenths of an uninterrupted run after the child
    // starts: all three together stay short of a whole run, so none meets a finished one.
    const runMs = Date.now() - started;
    const expected = await records(reference.database);
    await reference.database.close();

    const crashed = await openFresh("crashed");
    await insertChanges(crashed.database, changes);
    // The child owns an embedded database's folder while it runs.
    await crashed.database.close();

    const run = (killAfterMs: number | null) =>
      new Promise<"killed" | "done">((resolve, reject) => {
        const child = spawnService("metering", CHILD, {
          ...process.env,
          ...crashed.env,
          METER_UNTIL: monthEnd.toISOString(),
        }).child;
        let output = "";
        child.stdout?.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          if (killAfterMs !== null && output.includes("metering started")) {
            setTimeout(() => child.kill("SIGKILL"), killAfterMs);
          }
        });
        child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.once("exit", (code, signal) => {
          if (signal === "SIGKILL") resolve("killed");
          else if (code === 0 && output.includes("metering done")) resolve("done");
          else reject(new Error(`the metering process failed (${code}): ${output}`));
        });
      });

    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) outcomes.push(await run(rand(runMs / 10, (runMs * 3) / 10)));
    outcomes.push(await run(null));
    console.log(
      `metering crash: ${outcomes.join(", ")} (a whole run ${runMs} ms); ${expected.length} records expected`,
    );
    expect(outcomes).toEqual([...Array<string>(ROUNDS).fill("killed"), "done"]);

    const reopened = await openDatabase({
      schema: telemetryBillingSubgraph.tables,
      migrationsFolder: migrationsFolder("telemetry-billing"),
      url: crashed.env.METERING_DATABASE_URL,
      dataDir: crashed.env.METERING_DATA_DIR,
    });
    cleanups.push(() => reopened.close());
    const actual = await records(reopened);
    expect(actual.length).toBe(expected.length);
    expect(actual).toEqual(expected);
  }, 300_000);
});
