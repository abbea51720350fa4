import { type SQL, sql } from "drizzle-orm";

export { arrayParam, rowsOf } from "../../../subgraphs/telemetry-billing/src/sql/sql-arrays";

/**
 * A timestamptz as the graph prints a date: ISO 8601 in UTC to the millisecond. The subgraphs go
 * through a JavaScript Date, which keeps milliseconds and drops the rest; `MS` truncates alike.
 */
export const isoOf = (column: SQL): SQL => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
