/**
 * Why an auth operation failed, in the terms the UI and the session care about:
 * - `unauthenticated`: wrong or expired code, or a refresh token that is dead (rotated, revoked)
 * - `rate-limited`: too many attempts; `retryAfterSeconds` when the server said how long to wait
 * - `bad-input`: the server refused the input (e.g. a malformed e-mail address)
 * - `unavailable`: the server could not be reached or did not answer with GraphQL
 * - `server`: any other error the server reported
 */
export type AuthFailureKind = "unauthenticated" | "rate-limited" | "bad-input" | "unavailable" | "server";

export class AuthFailure extends Error {
  constructor(
    readonly kind: AuthFailureKind,
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = "AuthFailure";
  }
}

/** The shape of a GraphQL error this module reads. */
export interface GraphQLErrorLike {
  message: string;
  extensions?: Readonly<Record<string, unknown>> | undefined;
}

const codeOf = (error: GraphQLErrorLike): unknown => error.extensions?.["code"];

function retryAfterOf(error: GraphQLErrorLike): number | null {
  const value = error.extensions?.["retryAfterSeconds"];
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.ceil(value) : null;
}

/** The most telling failure among a response's errors: rate limits first, then authentication. */
export function failureFromGraphQLErrors(errors: readonly GraphQLErrorLike[]): AuthFailure {
  const limited = errors.find((error) => codeOf(error) === "RATE_LIMITED");
  if (limited) return new AuthFailure("rate-limited", limited.message, retryAfterOf(limited));
  const unauthenticated = errors.find((error) => codeOf(error) === "UNAUTHENTICATED");
  if (unauthenticated) return new AuthFailure("unauthenticated", unauthenticated.message);
  const badInput = errors.find((error) => codeOf(error) === "BAD_USER_INPUT");
  if (badInput) return new AuthFailure("bad-input", badInput.message);
  const messages = [...new Set(errors.map((error) => error.message))].join("; ");
  return new AuthFailure("server", messages || "The server reported an error without a message");
}

/** Any thrown value as an AuthFailure; unknown errors count as the server being unavailable. */
export function toAuthFailure(error: unknown): AuthFailure {
  if (error instanceof AuthFailure) return error;
  return new AuthFailure("unavailable", error instanceof Error ? error.message : String(error));
}

/**
 * Whether a failed refresh means the session is over (the refresh token was refused), as
 * opposed to a hiccup worth retrying (network, a subgraph down, a rate limit).
 */
export function endsSession(failure: AuthFailure): boolean {
  return failure.kind === "unauthenticated" || failure.kind === "bad-input";
}

/**
 * Whether an API result failed for want of a valid access token: UNAUTHENTICATED in the
 * GraphQL errors, or HTTP 401 (the gateway refuses an expired or ended session outright).
 */
export function isAuthError(error: { graphQLErrors: readonly GraphQLErrorLike[]; response?: unknown }): boolean {
  if (error.graphQLErrors.some((graphQLError) => codeOf(graphQLError) === "UNAUTHENTICATED")) return true;
  const response: unknown = error.response;
  return typeof response === "object" && response !== null && "status" in response && response.status === 401;
}
