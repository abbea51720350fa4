/**
 * PostgreSQL's own errors (node-postgres and PGlite alike), found through Drizzle's wrapper
 * (`DrizzleQueryError`, whose message carries the SQL and its bound values: never show it).
 */
export interface DatabaseErrorFacts {
  /** SQLSTATE, e.g. "22003". */
  code: string;
  /** PostgreSQL's message: may quote the offending value, never the statement. */
  message: string;
  column?: string;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** The PostgreSQL error behind `error` (itself or a `cause` a few levels down), if any. */
export function databaseErrorOf(error: unknown): DatabaseErrorFacts | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === "object"; depth += 1) {
    const { code, severity, message, column } = current as Record<string, unknown>;
    // `severity` tells a server error apart from Node's system errors ("EPIPE" is five letters too).
    if (typeof code === "string" && SQLSTATE.test(code) && typeof severity === "string") {
      return {
        code,
        message: typeof message === "string" ? message : "",
        ...(typeof column === "string" ? { column } : {}),
      };
    }
    current =
      (current as { cause?: unknown; originalError?: unknown }).cause ??
      (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * SQLSTATEs that mean the input could not be stored as given (the caller's fault): a value out
 * of a column's range, text that is not a number/uuid/date, text too long or holding NUL.
 * Services validate first; this is the safety net for what a rule missed.
 */
const INPUT_REFUSED: Record<string, string> = {
  "22003": "is out of range",
  "22P02": "is not in the expected format",
  "22001": "is too long",
  "22021": "contains a character that cannot be stored",
  "22P05": "contains a character that cannot be stored",
  "22007": "is not a valid date or time",
  "22008": "is not a valid date or time",
  "22015": "is out of range",
};

/** How to tell the caller their input was refused, or undefined when the fault is not theirs. */
export const inputRefusal = (code: string): string | undefined => INPUT_REFUSED[code];
