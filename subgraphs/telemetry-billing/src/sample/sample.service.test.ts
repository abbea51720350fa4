import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { telemetryTables } from "../db/schema";
import { telemetryBillingSubgraph } from "../index";
import { rowsOf } from "../sql/sql-arrays";
import { listSamplePartitions } from "./sample-partitions";
import { recordPerformance } from "./sample.service";
import type { PerformanceDelivery, VmPerformanceSample } from "./sample.types";

const ORG = "0b7e6d5c-4a3b-4c2d-8e1f-9a8b7c6d5e4f";
const VM = "11111111-1111-4111-8111-111111111111";
const at = (iso: string) => new Date(`2025-03-01T${iso}Z`);
const sample = (time: string, cpu: number | null = 1234): VmPerformanceSample => ({
  vmId: VM,
  organizationId: ORG,
  sampledAt: at(time),
  values: { cpu_usage_bp: cpu, disk_latency_ms: 3 },
  uptimeSeconds: 600,
});
const delivery = (overrides: Partial<PerformanceDelivery>): PerformanceDelivery => ({
  vms: [],
  samples: [],
  guestDisks: [],
  ...overrides,
});

describe("recordPerformance", () => {
  let database: Database<typeof telemetryTables>;
  const count = async (table: string) =>
    rowsOf<{ n: number }>(await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;
  const state = async () =>
    rowsOf<{ powered_on: boolean; newest_sample_at: string }>(
      await database.db.execute(sql`select powered_on, newest_sample_at from vm_collection_state`),
    );

  beforeAll(async () => {
    database = await openTestDatabase(telemetryBillingSubgraph);
  });
  afterAll(() => database.close());

  it("writes samples, marks their roll-up buckets and creates the day's partition", async () => {
    const report = await recordPerformance(
      database.db,
      delivery({
        vms: [{ vmId: VM, organizationId: ORG, poweredOn: true, polledAt: at("10:07:00") }],
        samples: [sample("09:55:00"), sample("10:00:00"), sample("10:05:00", null)],
        guestDisks: [
          { vmId: VM, organizationId: ORG, sampledAt: at("10:05:00"), path: "/", capacityMb: 10240, freeMb: 1024 },
        ],
      }),
    );
    expect(report).toEqual({ samplesWritten: 3, samplesAlreadyStored: 0, newestSampleAt: at("10:05:00") });
    expect((await listSamplePartitions(database.db)).map((p) => p.name)).toEqual(["vm_samples_p20250301"]);
    expect(await count("vm_guest_disk_samples")).toBe(1);
    const pending = rowsOf<{ bucket: string }>(
      await database.db.execute(sql`select bucket from rollup_pending where resolution_minutes = 30 order by bucket`),
    ).map((row) => new Date(row.bucket).toISOString());
    expect(pending).toEqual([at("09:30:00").toISOString(), at("10:00:00").toISOString()]);
    const [stored] = rowsOf<Record<string, unknown>>(
      await database.db.execute(
        sql`select cpu_usage_bp, disk_read_kbps from vm_samples where sampled_at = ${at("10:05:00").toISOString()}::timestamptz`,
      ),
    );
    expect(stored).toEqual({ cpu_usage_bp: null, disk_read_kbps: null }); // not reported: null, never 0
    expect(await state()).toEqual([expect.objectContaining({ powered_on: true })]);
  });

  it("writes nothing twice: a resent or overlapping delivery only counts the repeats", async () => {
    const report = await recordPerformance(
      database.db,
      delivery({ samples: [sample("10:00:00"), sample("10:05:00"), sample("10:10:00")] }),
    );
    expect(report).toMatchObject({ samplesWritten: 1, samplesAlreadyStored: 2 });
    expect(await count("vm_samples")).toBe(4);
  });

  it("keeps the newest poll's power state and the newest sample when deliveries arrive out of order", async () => {
    await recordPerformance(
      database.db,
      delivery({ vms: [{ vmId: VM, organizationId: ORG, poweredOn: false, polledAt: at("10:20:00") }] }),
    );
    await recordPerformance(
      database.db,
      delivery({
        vms: [{ vmId: VM, organizationId: ORG, poweredOn: true, polledAt: at("10:12:00") }],
        samples: [sample("08:00:00")],
      }),
    );
    const [row] = await state();
    expect(row).toMatchObject({ powered_on: false });
    expect(new Date(row!.newest_sample_at as string)).toEqual(at("10:10:00"));
  });

  it("takes power states from polls only: samples of past days do not make a VM look running and silent", async () => {
    const backfilledVm = "22222222-2222-4222-8222-222222222222";
    await recordPerformance(database.db, delivery({ samples: [{ ...sample("03:00:00"), vmId: backfilledVm }] }));
    const states = rowsOf<{ vm_id: string }>(await database.db.execute(sql`select vm_id from vm_power_states`));
    expect(states.map((row) => row.vm_id)).toEqual([VM]);
  });

  it("writes again after another replica's retention dropped a day this process knew", async () => {
    await recordPerformance(
      database.db,
      delivery({ samples: [{ ...sample("12:00:00"), sampledAt: new Date("2025-02-01T12:00:00Z") }] }),
    );
    await database.db.execute(sql`drop table vm_samples_p20250201`);
    const again = await recordPerformance(
      database.db,
      delivery({ samples: [{ ...sample("12:00:00"), sampledAt: new Date("2025-02-01T12:05:00Z") }] }),
    );
    expect(again.samplesWritten).toBe(1);
  });

  it("accepts the limits themselves: 100 % and 5 000 items in a list", async () => {
    const full = { ...sample("13:00:00"), values: { cpu_usage_bp: 10_000, memory_usage_bp: 10_000 } };
    expect((await recordPerformance(database.db, delivery({ samples: [full] }))).samplesWritten).toBe(1);
    const many = Array.from({ length: 5_000 }, (_, i) => ({
      vmId: VM,
      organizationId: ORG,
      poweredOn: true,
      polledAt: new Date(at("13:00:00").getTime() + i),
    }));
    await expect(recordPerformance(database.db, delivery({ vms: many }))).resolves.toBeDefined();
  });

  it.each([
    ["a VM id that is not a UUID", { samples: [{ ...sample("11:00:00"), vmId: "vm-1" }] }, "samples[0].vmId"],
    ["an invalid instant", { samples: [{ ...sample("11:00:00"), sampledAt: new Date("x") }] }, "samples[0].sampledAt"],
    [
      "a negative value",
      { samples: [{ ...sample("11:00:00"), values: { disk_read_kbps: -1 } }] },
      "samples[0].diskReadKbps",
    ],
    ["over 100 %", { samples: [{ ...sample("11:00:00"), values: { cpu_usage_bp: 10_001 } }] }, "samples[0].cpuUsageBp"],
    [
      "a fraction",
      { samples: [{ ...sample("11:00:00"), values: { memory_usage_bp: 1.5 } }] },
      "samples[0].memoryUsageBp",
    ],
    ["negative uptime", { samples: [{ ...sample("11:00:00"), uptimeSeconds: -5 }] }, "samples[0].uptimeSeconds"],
    [
      "more free than capacity",
      {
        guestDisks: [{ vmId: VM, organizationId: ORG, sampledAt: at("11:00:00"), path: "/", capacityMb: 1, freeMb: 2 }],
      },
      "guestDisks[0].freeMb",
    ],
    [
      "a path with a control character",
      {
        guestDisks: [
          { vmId: VM, organizationId: ORG, sampledAt: at("11:00:00"), path: "/\u0000", capacityMb: 1, freeMb: 0 },
        ],
      },
      "guestDisks[0].path",
    ],
    ["5 001 samples", { samples: Array.from({ length: 5_000 }, () => sample("11:00:00")) }, "samples"],
  ])("refuses %s as BAD_USER_INPUT naming the item, and writes nothing", async (_, overrides, field) => {
    const before = await count("vm_samples");
    const good = sample("11:30:00");
    await expect(
      recordPerformance(
        database.db,
        delivery({ ...overrides, samples: [good, ...("samples" in overrides ? overrides.samples : [])] }),
      ),
    ).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: field.replace("samples[0]", "samples[1]") },
    });
    expect(await count("vm_samples")).toBe(before);
  });
});
