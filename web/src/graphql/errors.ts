import type { CombinedError } from "urql";
import { type PlacedField, SERVED_BY } from "./services";

/** A GraphQL response path, e.g. ["organization", "vms", 3, "metrics"]. */
export type ResponsePath = ReadonlyArray<string | number>;

/** The smallest shape of a GraphQL error the dashboard reads. */
export interface PathedError {
  message: string;
  path?: ResponsePath | undefined;
  /** `service` names the subgraph of a `SUBGRAPH_UNAVAILABLE` error, which has no path. */
  extensions?: { readonly [key: string]: unknown } | undefined;
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

/** The errors of one field of a row, given the row's errors and the length of the row's path. */
export function errorsAtField<E extends PathedError>(
  rowErrors: readonly E[],
  rowPathLength: number,
  field: string,
): E[] {
  return rowErrors.filter((error) => error.path?.[rowPathLength] === field);
}

/**
 * Errors the gateway could not place on a path that may concern a field `services` serve: a
 * subgraph that cannot be reached answers one error naming itself (`extensions.service`), so one
 * naming another subgraph is left out; one naming none may concern anything.
 */
export function unplacedErrors<E extends PathedError>(errors: readonly E[], services: string | readonly string[]): E[] {
  const concerned: readonly string[] = typeof services === "string" ? [services] : services;
  return errors.filter((error) => {
    if (error.path && error.path.length > 0) return false;
    const named = error.extensions?.service;
    return typeof named !== "string" || concerned.includes(named);
  });
}

/** A nullable field as a cell may show it: its value, or "unavailable" with the errors behind that. */
export type FieldOutcome<T, E extends PathedError = PathedError> =
  { available: true; value: T } | { available: false; errors: E[] };

/**
 * A value is shown only when it arrived and nothing failed at or below it. A null (a subgraph
 * down nulls the field) or a value beside errors placed under it (some of its parts were nulled)
 * is "unavailable": a chart of the parts that arrived would pass gaps off as no load. A null is
 * explained by the errors placed under it and by `unplaced` ones (see `unplacedErrors`), which
 * never make a value that did arrive unavailable.
 */
export function fieldOutcome<T, E extends PathedError>(
  value: T | null | undefined,
  placed: readonly E[],
  unplaced: readonly E[] = [],
): FieldOutcome<T, E> {
  if (value === null || value === undefined) return { available: false, errors: [...placed, ...unplaced] };
  if (placed.length > 0) return { available: false, errors: [...placed] };
  return { available: true, value };
}

/**
 * The outcome of `field` of a row (or of the root, with `depth` 1), given the errors under the
 * row and those without a path: the row's errors at that field, or its subgraph being down.
 */
export function outcomeOfField<T, E extends PathedError>(
  value: T | null | undefined,
  errors: readonly E[],
  depth: number,
  field: PlacedField,
): FieldOutcome<T, E> {
  return fieldOutcome(value, errorsAtField(errors, depth, field), unplacedErrors(errors, SERVED_BY[field]));
}
