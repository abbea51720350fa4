import { randomUUID } from "node:crypto";
import { ERROR_CODES, rootCause } from "@dcx/kit";
import type { GraphQLFormattedError } from "graphql";
import { LIMIT_CODES } from "../limits/limit-errors";

/**
 * Codes whose messages are written for the client: the platform's own, a subgraph that is down,
 * the gateway's limits, and GraphQL's request checks (about the query, never about the data).
 */
const SAFE_CODES = new Set<unknown>([
  ...ERROR_CODES,
  ...LIMIT_CODES,
  "SUBGRAPH_UNAVAILABLE",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** graphql-js stops parsing at `parseOptions.maxTokens` with "…contains more that N tokens…" (sic). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more th\w+ (\d+) tokens/;
/** "Did you mean …?" in validation and variable messages names fields and values that exist. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export type ErrorLog = (entry: Record<string, unknown>) => void;
const logToStderr: ErrorLog = (entry) => console.error(JSON.stringify(entry));

/**
 * The gateway's `formatError`: the last look at every error before it reaches a client. An error
 * with a safe code passes (without any stack); anything else — `INTERNAL_SERVER_ERROR` from a
 * subgraph, no code, an exception — becomes "Internal error" with an `errorId`, and the original
 * (message, stack, path, subgraph) is logged under that id. In production suggestions are hidden.
 */
export function createGatewayErrorFormatter(options: { production: boolean; log?: ErrorLog }) {
  const log = options.log ?? logToStderr;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const tokens = code === "GRAPHQL_PARSE_FAILED" ? TOKEN_LIMIT.exec(formatted.message) : null;
    if (tokens) {
      const maximum = Number(tokens[1]);
      return {
        message: `A query may have at most ${maximum} tokens`,
        extensions: { code: "QUERY_TOO_COMPLEX", limit: "tokens", maximum },
      };
    }
    if (!SAFE_CODES.has(code)) return masked(formatted, error, log);
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
    const message = options.production ? formatted.message.replace(SUGGESTION, "") : formatted.message;
    return { ...formatted, message, extensions };
  };
}

function masked(formatted: GraphQLFormattedError, error: unknown, log: ErrorLog): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  // A subgraph that already masked its error logged it under its own id: keep that one id.
  const errorId = typeof extensions.errorId === "string" ? extensions.errorId : randomUUID();
  const cause = rootCause(error);
  log({
    level: "error",
    event: "masked error",
    errorId,
    code: extensions.code ?? null,
    message: cause instanceof Error ? cause.message : formatted.message,
    stack: cause instanceof Error ? cause.stack : extensions.stacktrace,
    path: formatted.path ?? null,
    subgraph: extensions.serviceName ?? null,
  });
  return {
    message: "Internal error",
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: "INTERNAL_SERVER_ERROR", errorId },
  };
}
