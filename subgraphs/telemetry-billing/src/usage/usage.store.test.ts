import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { telemetryTables } from "../db/schema";
import { telemetryBillingSubgraph } from "../index";
import { RAW_RESOLUTION, ROLLUP_RESOLUTIONS } from "../rollup/rollup-ladder";
import { rollUpPending } from "../rollup/rollup.service";
import { recordPerformance } from "../sample/sample.service";
import { findOrganizationUsage } from "./usage.store";

const RESELLER = "0b7e6d5c-4a3b-4c2d-8e1f-9a8b7c6d5e4f";
const CUSTOMER = "1c8f7e6d-5b4c-4d3e-9f2a-0b9c8d7e6f5a";
const OTHER = "2d9a8f7e-6c5d-4e4f-8a3b-1c0d9e8f7a6b";
const vm = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const at = (time: string) => new Date(`2025-03-01T${time}Z`);
const WINDOW = { since: at("00:00:00"), until: at("02:00:00"), stepMinutes: 60 };

// [vm, organisation, time, cpu %, memory %]
const SAMPLES: [number, string, string, number, number][] = [
  [1, RESELLER, "00:10:00", 10, 50],
  [1, RESELLER, "01:10:00", 30, 50],
  [2, CUSTOMER, "00:20:00", 80, 20],
  [2, CUSTOMER, "01:20:00", 60, 40],
  [3, CUSTOMER, "00:30:00", 5, 90],
  [4, OTHER, "00:40:00", 99, 99], // outside the scope: never counted
];

const TOTALS = [
  "measuredVmCount",
  "averageCpuPercent",
  "peakCpuPercent",
  "averageMemoryPercent",
  "peakMemoryPercent",
  "resolutionMinutes",
];

describe("findOrganizationUsage", () => {
  let database: Database<typeof telemetryTables>;
  const scope = { organizationId: RESELLER, memberIds: [RESELLER, CUSTOMER] };

  beforeAll(async () => {
    database = await openTestDatabase(telemetryBillingSubgraph);
    await recordPerformance(database.db, {
      vms: [],
      samples: SAMPLES.map(([n, organizationId, time, cpu, memory]) => ({
        vmId: vm(n),
        organizationId,
        sampledAt: at(time),
        values: { cpu_usage_bp: cpu * 100, memory_usage_bp: memory * 100 },
        uptimeSeconds: null,
      })),
      guestDisks: [],
    });
    await rollUpPending(database.db);
  });
  afterAll(() => database.close());

  it.each([RAW_RESOLUTION, ROLLUP_RESOLUTIONS[0]!])(
    "averages, peaks and ranks the scope's VMs per bucket (from the %o level), in one query",
    async (level) => {
      database.resetQueryCount();
      const [usage, outsider] = await findOrganizationUsage(
        database.db,
        [scope, { organizationId: OTHER, memberIds: [] }],
        WINDOW,
        level,
      );
      expect(database.queryCount()).toBe(1);
      expect(usage).toMatchObject({
        measuredVmCount: 3,
        averageCpuPercent: 37, // (10 + 30 + 80 + 60 + 5) / 5
        peakCpuPercent: 80,
        averageMemoryPercent: 50, // (50 + 50 + 20 + 40 + 90) / 5
        peakMemoryPercent: 90,
        cpu: { unit: "%", average: [31.67, 45], maximum: [80, 60] },
        memory: { average: [53.33, 45] },
        topVmsByCpu: [
          { vmId: vm(2), averageCpuPercent: 70, peakCpuPercent: 80 },
          { vmId: vm(1), averageCpuPercent: 20, peakCpuPercent: 30 },
          { vmId: vm(3), averageCpuPercent: 5, peakCpuPercent: 5 },
        ],
      });
      expect(outsider).toMatchObject({ measuredVmCount: 0, averageCpuPercent: null, topVmsByCpu: [] });
      expect(outsider!.cpu.average).toEqual([null, null]);
    },
  );

  it.each([RAW_RESOLUTION, ROLLUP_RESOLUTIONS[0]!])(
    "gives the same totals without series or top VMs when only they are asked for (%o level)",
    async (level) => {
      const scopes = [scope, { organizationId: OTHER, memberIds: [] }];
      const [detailed] = await findOrganizationUsage(database.db, scopes, WINDOW, level);
      const [totals, outsider] = await findOrganizationUsage(database.db, scopes, WINDOW, level, false);
      const figures = (usage: typeof detailed) =>
        TOTALS.map((field) => usage![field as keyof typeof usage] as number | null);
      expect(figures(totals)).toEqual(figures(detailed));
      expect(totals).toMatchObject({ measuredVmCount: 3, peakMemoryPercent: 90, topVmsByCpu: [] });
      expect(totals!.cpu.average).toEqual([null, null]);
      expect(outsider).toMatchObject({ measuredVmCount: 0, averageCpuPercent: null, peakCpuPercent: null });
    },
  );
});
