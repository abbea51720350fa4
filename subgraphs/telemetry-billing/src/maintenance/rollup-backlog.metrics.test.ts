import { ServiceMetrics } from "@dcx/kit";
import { openTestDatabase, seriesValue } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rollupPending } from "../db/rollup.schema";
import { telemetryTables } from "../db/schema";
import { observeRollupBacklog } from "./rollup-backlog.metrics";

describe("roll-up backlog metric", () => {
  let database: Awaited<ReturnType<typeof openTestDatabase<typeof telemetryTables>>>;
  beforeAll(async () => {
    database = await openTestDatabase({ name: "telemetry-billing", tables: telemetryTables });
  });
  afterAll(() => database?.close());

  it("counts the marked buckets per resolution when scraped", async () => {
    const metrics = new ServiceMetrics("telemetry-billing");
    observeRollupBacklog(metrics, database);
    const depth = async (resolution: string) =>
      seriesValue((await metrics.render()).body, "dcx_job_queue_depth", {
        queue: "rollups",
        resolution_minutes: resolution,
      });
    expect(await depth("30")).toBeUndefined();
    const at = (iso: string) => new Date(iso);
    await database.db.insert(rollupPending).values([
      { resolutionMinutes: 30, bucket: at("2026-11-26T10:00:00Z") },
      { resolutionMinutes: 30, bucket: at("2026-11-26T10:30:00Z") },
      { resolutionMinutes: 120, bucket: at("2026-11-26T10:00:00Z") },
    ]);
    expect(await depth("30")).toBe(2);
    expect(await depth("120")).toBe(1);
  });
});
