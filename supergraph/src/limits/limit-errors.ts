import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";

/** Codes the gateway's own limits answer with; clients can switch on them. */
export const LIMIT_CODES = ["QUERY_TOO_COMPLEX", "RATE_LIMITED", "RESPONSE_TOO_LARGE", "QUERY_TIMEOUT"] as const;

export type QueryLimitName = "tokens" | "depth" | "aliases" | "directives" | "cost";

/** The document asks for more than one operation may: nothing was planned or sent to a subgraph. */
export const queryTooComplex = (limit: QueryLimitName, maximum: number, found: number | undefined, message: string) =>
  new GraphQLError(message, {
    extensions: {
      code: "QUERY_TOO_COMPLEX",
      limit,
      maximum,
      ...(found === undefined ? {} : { found }),
      http: { status: 400 },
    },
  });

/** Over the caller's budget or concurrency: try again after `retryAfterSeconds`. */
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new GraphQLError(message, {
    extensions: {
      code: "RATE_LIMITED",
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfterSeconds)]]) },
    },
  });

export const responseTooLarge = (maximumBytes: number) =>
  new GraphQLError(`The response would exceed ${maximumBytes} bytes; ask for fewer items or a smaller window`, {
    extensions: { code: "RESPONSE_TOO_LARGE", maximumBytes },
  });

export const queryTimeout = (timeoutMs: number) =>
  new GraphQLError(`The operation did not finish within ${timeoutMs} ms`, {
    extensions: { code: "QUERY_TIMEOUT", timeoutMs, http: { status: 503 } },
  });
