import { errorsUnder, type PathedError, type ResponsePath, unplacedErrors } from "../graphql/errors";

/**
 * A nullable field of a table row as its cell shows it: the value, "none" (null without any error:
 * an organisation without a wallet) or "unavailable" with the errors that explain it (placed under
 * the field, or its subgraph down). A value beside errors placed under it is unavailable too: a
 * partly nulled figure would read as a real one.
 */
export type Cell<T> =
  { state: "value"; value: T } | { state: "none" } | { state: "unavailable"; errors: PathedError[] };

export function cellOf<T>(
  value: T | null | undefined,
  errors: readonly PathedError[],
  path: ResponsePath,
  service: string,
): Cell<T> {
  const placed = errorsUnder(errors, path);
  if (value === null || value === undefined) {
    const explaining = [...placed, ...unplacedErrors(errors, service)];
    return explaining.length > 0 ? { state: "unavailable", errors: explaining } : { state: "none" };
  }
  return placed.length > 0 ? { state: "unavailable", errors: placed } : { state: "value", value };
}
