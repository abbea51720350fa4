import { type SQL, sql } from "drizzle-orm";

/**
 * Whole columns travel as one array parameter each (`unnest($1::uuid[], $2::int[], …)`): a bulk
 * write is one statement with a handful of parameters however many rows it carries. Drizzle would
 * spread a JS array into one parameter per element, so arrays are sent as PostgreSQL array text.
 */
export function arrayParam(values: readonly (string | number | null)[], type: string): SQL {
  const items = values.map((value) =>
    value === null ? "NULL" : typeof value === "number" || isPlain(value) ? String(value) : quote(value),
  );
  return sql`${`{${items.join(",")}}`}::${sql.raw(type)}[]`;
}

/** Uuids, timestamps, booleans and plain words need no quoting (most of what is sent: it is the hot path). */
const isPlain = (text: string) => /^[\w:.+-]+$/.test(text) && text.toUpperCase() !== "NULL";
const quote = (text: string) => `"${text.replace(/(["\\])/g, "\\$1")}"`;

/** The rows of a raw statement, whichever driver ran it. */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
