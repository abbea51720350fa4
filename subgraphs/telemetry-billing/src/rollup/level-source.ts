import { type SQL, sql } from "drizzle-orm";
import type { MetricWindow } from "../window/metric-window";
import { RAW_RESOLUTION, type Resolution } from "./rollup-ladder";

/**
 * How a window reads one stored level, as SQL fragments over the table aliased `s`: raw samples
 * hold one value per metric column, roll-ups `<column>_sum`, `_max` and `_count`, so the same
 * aggregate reads either. Every reader of windows builds on this.
 */
export function levelSource(level: Resolution, window: MetricWindow) {
  const raw = level === RAW_RESOLUTION;
  const time = sql.raw(raw ? "s.sampled_at" : "s.bucket");
  const since = window.since.toISOString();
  const sum = (column: string) => sql.raw(raw ? `sum(s.${column})` : `sum(s.${column}_sum)`);
  const max = (column: string) => sql.raw(raw ? `max(s.${column})` : `max(s.${column}_max)`);
  const count = (column: string) => sql.raw(raw ? `count(s.${column})` : `sum(s.${column}_count)`);
  return {
    table: sql.raw(raw ? "vm_samples s" : "vm_rollups s"),
    /** This level's rows inside the window. */
    filter: sql`${raw ? sql`true` : sql`s.resolution_minutes = ${level.minutes}`}
      and ${time} >= ${since}::timestamptz and ${time} < ${window.until.toISOString()}::timestamptz`,
    /** The window's bucket a row falls in, from 0. */
    index: sql`floor(extract(epoch from (${time} - ${since}::timestamptz)) / ${window.stepMinutes * 60})::int`,
    /** `<column>_sum`, `_max`, `_count` of the rows grouped. */
    aggregates: (columns: readonly string[]): SQL =>
      sql.join(
        columns.map(
          (c) =>
            sql`${sum(c)}::bigint as ${sql.raw(`${c}_sum`)}, ${max(c)} as ${sql.raw(`${c}_max`)}, ${count(c)}::int as ${sql.raw(`${c}_count`)}`,
        ),
        sql`, `,
      ),
    average: (column: string): SQL => sql`(${sum(column)}::float8 / nullif(${count(column)}, 0))`,
    peak: (column: string): SQL => max(column),
  };
}
