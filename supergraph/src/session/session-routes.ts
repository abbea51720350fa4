import type { Caller, RequestIdentity } from "@dcx/kit";
import express, { type ErrorRequestHandler, type Request, type Response, Router } from "express";
import type { FormattedExecutionResult, GraphQLFormattedError } from "graphql";
import { clearedRefreshCookie, readRefreshCookie, refreshCookie } from "./refresh-cookie";
import { COMPLETE_SINGLE_SIGN_ON, REFRESH, SIGN_IN, SIGN_OUT, type SessionTokens } from "./session-documents";

/** An operation's outcome as the gateway's pipeline answered it. */
export interface ExecutedOperation {
  status: number;
  headers: [string, string][];
  body: FormattedExecutionResult;
}

export interface SessionRouteDeps {
  /** Runs one operation through the gateway's own pipeline as `identity`. */
  execute(query: string, variables: Record<string, unknown>, identity: RequestIdentity): Promise<ExecutedOperation>;
  /** The gateway's authenticator: the caller of an `Authorization` header; throws when it is refused. */
  authenticate(authorization: string | undefined, clientAddress: string): Promise<Caller | null>;
  /** Where an unexpected failure is logged (default: a JSON line on stderr). */
  log?: (entry: Record<string, unknown>) => void;
}

const DEAD_TOKEN_CODES = new Set(["UNAUTHENTICATED", "BAD_USER_INPUT"]);
const codesOf = (body: FormattedExecutionResult) => (body.errors ?? []).map((error) => error.extensions?.["code"]);

function refuse(res: Response, status: number, code: string, message: string): void {
  const error: GraphQLFormattedError = { message, extensions: { code } };
  res.status(status).json({ errors: [error] });
}

/** The HTTP status of a refusal, by its code: these routes answer no errors with 200. */
const STATUS_OF_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
  SUBGRAPH_UNAVAILABLE: 503,
};

/** Errors as the graph reported them, with the pipeline's headers (e.g. Retry-After). */
function answerErrors(res: Response, executed: ExecutedOperation): void {
  for (const [name, value] of executed.headers) res.set(name, value);
  const byCode = codesOf(executed.body)
    .map((code) => STATUS_OF_CODE[String(code)])
    .find((status) => status !== undefined);
  const status = byCode ?? (executed.status === 200 ? 400 : executed.status);
  res.status(status).json({ errors: executed.body.errors ?? [] });
}

/** The session without its refresh token, which goes into the cookie instead. */
function answerSession(
  res: Response,
  executed: ExecutedOperation,
  field: "signIn" | "refreshSession" | "completeSingleSignOn",
): void {
  const tokens = executed.body.data?.[field] as SessionTokens | null | undefined;
  if (!tokens || executed.body.errors?.length) return answerErrors(res, executed);
  const { refreshToken, ...session } = tokens;
  res.append("Set-Cookie", refreshCookie(refreshToken));
  res.json({ data: { session } });
}

/** The browser's User-Agent for "Your sessions", when it is plain printable text (else none: never a refusal). */
const userAgentOf = (req: Request): string | null => {
  const header = req.get("user-agent");
  return header && /^[\x20-\x7e]{1,512}$/.test(header) ? header : null;
};

const anonymous = (req: Request): RequestIdentity => ({ caller: null, clientAddress: req.ip ?? "unknown" });

/**
 * Only JSON is accepted: a cross-site page can send a form or `text/plain` without asking, but a
 * JSON request needs a CORS preflight, which these routes never grant. With the cookie's
 * SameSite=Strict, another site can neither make the browser refresh nor sign it in or out.
 */
function requireJson(req: Request, res: Response, next: () => void): void {
  if (req.is("application/json")) return next();
  refuse(res, 415, "BAD_REQUEST", "Send Content-Type: application/json");
}

/** Body-parser failures (malformed JSON, too large) and anything unexpected, as a GraphQL-shaped error. */
const answerFailure =
  (log: NonNullable<SessionRouteDeps["log"]>): ErrorRequestHandler =>
  (error: { status?: number; message?: string }, _req, res, _next) => {
    const status = typeof error.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) log({ level: "error", event: "session route failed", reason: String(error.message) });
    refuse(
      res,
      status,
      status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST",
      status === 500 ? "Unexpected error" : String(error.message),
    );
  };

/**
 * The browser's session, mounted at /auth. Sign-in and refresh answer the access token and the
 * user in the body and the refresh token only as an HttpOnly cookie, rotated on every refresh;
 * sign-out ends the session and clears the cookie. Non-browser clients keep using the graph's
 * `signIn` and `refreshSession`, which answer the refresh token in the body.
 */
export function sessionRoutes(deps: SessionRouteDeps): Router {
  const router = Router();
  router.use((_req, res, next) => {
    res.set("Cache-Control", "no-store");
    next();
  });
  router.use(requireJson, express.json({ limit: "16kb" }));

  router.post("/sign-in", async (req, res) => {
    const { email, code } = (req.body ?? {}) as { email?: unknown; code?: unknown };
    const userAgent = userAgentOf(req);
    answerSession(res, await deps.execute(SIGN_IN, { email, code, userAgent }, anonymous(req)), "signIn");
  });

  // Single sign-on's last step: the URL the IdP sent the browser back to, for the same session and cookie.
  router.post("/single-sign-on", async (req, res) => {
    const { callbackUrl } = (req.body ?? {}) as { callbackUrl?: unknown };
    const userAgent = userAgentOf(req);
    const executed = await deps.execute(COMPLETE_SINGLE_SIGN_ON, { callbackUrl, userAgent }, anonymous(req));
    answerSession(res, executed, "completeSingleSignOn");
  });

  router.post("/refresh", async (req, res) => {
    const refreshToken = readRefreshCookie(req.headers.cookie);
    if (!refreshToken) return refuse(res, 401, "UNAUTHENTICATED", "No session in this browser; sign in");
    const executed = await deps.execute(REFRESH, { refreshToken }, anonymous(req));
    // A refused token is dead for good: drop it, so the browser stops presenting it.
    if (codesOf(executed.body).some((code) => DEAD_TOKEN_CODES.has(String(code)))) {
      res.append("Set-Cookie", clearedRefreshCookie());
    }
    answerSession(res, executed, "refreshSession");
  });

  router.post("/sign-out", async (req, res) => {
    // Whatever happens next, this browser forgets the refresh token.
    res.append("Set-Cookie", clearedRefreshCookie());
    const clientAddress = req.ip ?? "unknown";
    let caller: Caller | null;
    try {
      caller = await deps.authenticate(req.headers.authorization, clientAddress);
    } catch (error) {
      const extensions = (error as { extensions?: { code?: string; http?: { status?: number } } }).extensions;
      return refuse(
        res,
        extensions?.http?.status ?? 401,
        extensions?.code ?? "UNAUTHENTICATED",
        String((error as Error).message),
      );
    }
    if (!caller) return refuse(res, 401, "UNAUTHENTICATED", "Sign out with the session's access token");
    const executed = await deps.execute(SIGN_OUT, {}, { caller, clientAddress });
    if (executed.body.errors?.length) return answerErrors(res, executed);
    res.json({ data: { signedOut: true } });
  });

  router.use(answerFailure(deps.log ?? ((entry) => console.error(JSON.stringify(entry)))));
  return router;
}
