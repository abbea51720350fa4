import { GraphQLError } from "graphql";

/** Stable error codes clients can switch on (`extensions.code`). */
export const ERROR_CODES = [
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "CONFLICT",
  "INSUFFICIENT_FUNDS",
  "RATE_LIMITED",
  /** A payment provider refused or could not be reached; nothing was charged. */
  "PAYMENT_PROVIDER_ERROR",
  /** A collaborator the request needs (wallet, job runner, catalog) is not configured or not answering; nothing was written. */
  "SERVICE_UNAVAILABLE",
  /** No hypervisor (vCenter) is configured or reachable, so VM operations cannot be accepted; nothing was written. */
  "HYPERVISOR_UNAVAILABLE",
  /** The organisation is suspended for unpaid usage: nothing that starts VMs is accepted until a top-up lifts it. */
  "ORGANIZATION_SUSPENDED",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
    this.name = "DomainError";
  }
}

/** Bad input: nothing has been written. `field` names the offending input path. */
export const badUserInput = (message: string, field?: string) =>
  new DomainError("BAD_USER_INPUT", message, field ? { field } : undefined);

export const notFound = (what: string, id: string) =>
  new DomainError("NOT_FOUND", `${what} ${id} does not exist`, { id });

export const conflict = (message: string) => new DomainError("CONFLICT", message);

/** The error beneath GraphQL's wrappers (at most a few deep): what actually went wrong, for the log. */
export function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 6; depth += 1) {
    const next = current instanceof GraphQLError ? current.originalError : undefined;
    if (!next) break;
    current = next;
  }
  return current;
}
