import { type Column, type SQL, sql } from "drizzle-orm";
import { badUserInput } from "../errors";
import { isUuid } from "../ids";

/**
 * Where a page of rows ordered newest first by (a timestamptz, id) ends: the timestamp in
 * microseconds since the epoch (the column's precision; a JavaScript Date keeps milliseconds only,
 * and rows written under one lock can be a microsecond apart) and the id, which breaks ties.
 * Opaque to clients: base64url of `<micros>:<id>`.
 */
export interface TimeCursor {
  /** Microseconds since 1970-01-01T00:00:00Z as decimal digits (at most 17: within the years PostgreSQL stores). */
  micros: string;
  id: string;
}

const SHAPE = /^(-?\d{1,17}):([0-9a-f-]{36})$/i;

export function encodeTimeCursor(cursor: TimeCursor): string {
  return Buffer.from(`${cursor.micros}:${cursor.id}`, "utf8").toString("base64url");
}

/** Null for no cursor (the first page); BAD_USER_INPUT on `after` for anything `encodeTimeCursor` did not make. */
export function decodeTimeCursor(after: string | null | undefined): TimeCursor | null {
  if (after === null || after === undefined) return null;
  const invalid = () => badUserInput("Invalid cursor", "after");
  if (typeof after !== "string" || after.length > 200 || !/^[A-Za-z0-9_-]+={0,2}$/.test(after)) throw invalid();
  const match = SHAPE.exec(Buffer.from(after, "base64url").toString("utf8"));
  if (!match || !isUuid(match[2]!)) throw invalid();
  return { micros: BigInt(match[1]!).toString(), id: match[2]!.toLowerCase() };
}

/** The column's value in microseconds since the epoch, as text (extract(epoch …) is exact numeric). */
export const microsOf = (column: Column): SQL<string> =>
  sql<string>`(extract(epoch from ${column}) * 1000000)::bigint::text`;

/** Rows after the cursor in newest-first order: `(time, id) < cursor`. */
export const olderThan = (time: Column, id: Column, cursor: TimeCursor): SQL =>
  sql`(${time}, ${id}) < (timestamptz 'epoch' + ${cursor.micros}::bigint * interval '1 microsecond', ${cursor.id}::uuid)`;
