import { badUserInput, isUuid } from "@dcx/kit";

/**
 * Where a page of entries ends: the entry's created_at in microseconds since the epoch (the
 * column's full precision; a JavaScript Date keeps only milliseconds, and entries written under
 * one lock can be a microsecond apart) and its id, which breaks ties. Opaque to clients.
 */
export interface EntryCursor {
  /** Microseconds since 1970-01-01T00:00:00Z as decimal digits (at most 17: within the years PostgreSQL stores). */
  createdAtMicros: string;
  id: string;
}

const SHAPE = /^(-?\d{1,17}):([0-9a-f-]{36})$/i;

export function encodeEntryCursor(cursor: EntryCursor): string {
  return Buffer.from(`${cursor.createdAtMicros}:${cursor.id}`, "utf8").toString("base64url");
}

/** Null for no cursor (the first page); BAD_USER_INPUT "Invalid cursor" for anything not made by `encodeEntryCursor`. */
export function decodeEntryCursor(after: string | null | undefined): EntryCursor | null {
  if (after === null || after === undefined) return null;
  const invalid = () => badUserInput("Invalid cursor", "after");
  if (typeof after !== "string" || !/^[A-Za-z0-9_-]+={0,2}$/.test(after)) throw invalid();
  const match = SHAPE.exec(Buffer.from(after, "base64url").toString("utf8"));
  if (!match || !isUuid(match[2]!)) throw invalid();
  return { createdAtMicros: BigInt(match[1]!).toString(), id: match[2]!.toLowerCase() };
}
