import { getOperationAST, type DocumentNode, OperationTypeNode, parse } from "graphql";

/**
 * Delays before sending a failed query step again: at once (a reset kept-alive socket is gone,
 * a fresh one works), then after a moment (a subgraph that refused the connection may be back).
 */
export const RETRY_DELAYS_MS = [0, 100];

/** The connection failed before the answer's headers came back: nothing of it was handed on. */
const CONNECTION_FAILURES = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "UND_ERR_SOCKET"]);

/** The error codes along `error`'s cause chain, outermost first (undici's fetch wraps the socket's). */
export function errorCodesOf(error: unknown): { code: string; message: string }[] {
  const codes: { code: string; message: string }[] = [];
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string") codes.push({ code, message: cause.message });
  }
  return codes;
}

/** Whether `error`, thrown by fetch before it produced a response, is a connection reset or refused. */
export function failedBeforeAnswer(error: unknown): boolean {
  return errorCodesOf(error).some(({ code }) => CONNECTION_FAILURES.has(code));
}

/**
 * Whether a plan step only reads, so that sending it twice is harmless. A mutation may have run
 * before its connection broke and is never sent again. The planner's text is parsed unless the
 * gateway hands over the document; text that does not parse is not treated as a query.
 */
export function isQueryStep(request: { query?: string; operationName?: string }, document?: DocumentNode): boolean {
  try {
    const parsed = document ?? parse(request.query ?? "");
    return getOperationAST(parsed, request.operationName)?.operation === OperationTypeNode.QUERY;
  } catch {
    return false;
  }
}
