import type { Database, ServiceMetrics } from "@dcx/kit";
import { JOB_SCHEMA, OPERATIONS_QUEUE } from "./operation-runner";

/** Jobs of VM operations not yet finished, by pg-boss state (waiting, to retry, running). */
const UNFINISHED = ["created", "retry", "active"] as const;

/**
 * `dcx_job_queue_depth{queue, state}`: read from pg-boss's own table when scraped, so it shows
 * every replica's queue (they share the database), not only this process's workers.
 */
export function observeOperationQueue(metrics: ServiceMetrics, database: Pick<Database<never>, "executeSql">): void {
  metrics.gaugeReadAtScrape(
    "dcx_job_queue_depth",
    "Unfinished jobs by queue and state (created: waiting, retry: waiting after a failure, active: running)",
    ["queue", "state"],
    async () => {
      const { rows } = await database.executeSql(
        `select state::text as state, count(*)::int as jobs from ${JOB_SCHEMA}.job
          where name = $1 and state::text = any($2::text[]) group by state`,
        [OPERATIONS_QUEUE, UNFINISHED],
      );
      const counted = new Map(rows.map((row) => [String(row.state), Number(row.jobs)]));
      return UNFINISHED.map((state) => ({
        labels: { queue: OPERATIONS_QUEUE, state },
        value: counted.get(state) ?? 0,
      }));
    },
  );
}
