import type { CombinedError } from "urql";

/** A GraphQL response path, e.g. ["organization", "vms", 3, "metrics"]. */
export type ResponsePath = ReadonlyArray<string | number>;

/** The smallest shape of a GraphQL error the dashboard reads. */
export interface PathedError {
  message: string;
  path?: ResponsePath | undefined;
}

/** The errors whose response path starts with `prefix`. */
export function errorsUnder<E extends PathedError>(errors: readonly E[], prefix: ResponsePath): E[] {
  return errors.filter(
    (error) =>
      error.path !== undefined &&
      error.path.length >= prefix.length &&
      prefix.every((segment, index) => error.path?.[index] === segment),
  );
}

/** Unique messages, joined for display. */
export function joinMessages(errors: readonly PathedError[]): string {
  return [...new Set(errors.map((error) => error.message))].join("; ");
}

/** The GraphQL errors of a urql result, or an empty list. */
export function graphQLErrorsOf(error: CombinedError | undefined): PathedError[] {
  return error?.graphQLErrors ?? [];
}

export interface ErrorGroup {
  message: string;
  /** Dotted response paths the message was reported at, e.g. "organization.vms.0.metrics". */
  paths: string[];
}

/** One entry per distinct message, in order of first appearance. */
export function groupErrors(errors: readonly PathedError[]): ErrorGroup[] {
  const groups = new Map<string, string[]>();
  for (const error of errors) {
    const paths = groups.get(error.message) ?? [];
    if (error.path && error.path.length > 0) paths.push(error.path.join("."));
    groups.set(error.message, paths);
  }
  return [...groups].map(([message, paths]) => ({ message, paths }));
}

/**
 * The errors that may explain why a nullable field at `path` is null: those
 * reported under it, and those the gateway could not place at all (a subgraph
 * that cannot be reached yields an error without a path). Without this, a
 * wallet that failed to load would look like an organisation without one.
 */
export function errorsExplainingNull<E extends PathedError>(errors: readonly E[], path: ResponsePath): E[] {
  return [...errorsUnder(errors, path), ...errors.filter((error) => !error.path || error.path.length === 0)];
}
