import type { Database, ServiceMetrics } from "@dcx/kit";

/**
 * `dcx_job_queue_depth{queue="rollups"}`: roll-up buckets marked and not yet recomputed. It
 * should fall back to zero after each delivery; a backlog that only grows means maintenance is
 * behind (and windows are answered from raw samples meanwhile).
 */
export function observeRollupBacklog(metrics: ServiceMetrics, database: Pick<Database<never>, "executeSql">): void {
  metrics.gaugeReadAtScrape(
    "dcx_job_queue_depth",
    "Work waiting to be done, by queue (rollups: marked buckets not yet recomputed)",
    ["queue", "resolution_minutes"],
    async () => {
      const { rows } = await database.executeSql(
        "select resolution_minutes, count(*)::int as buckets from rollup_pending group by resolution_minutes",
      );
      return rows.map((row) => ({
        labels: { queue: "rollups", resolution_minutes: String(row.resolution_minutes) },
        value: Number(row.buckets),
      }));
    },
  );
}
