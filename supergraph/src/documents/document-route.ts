import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Caller, currentRequest, noteCaller } from "@dcx/kit";
import type { RequestHandler, Response } from "express";
import type { GraphQLError } from "graphql";
import { callerKey } from "../limits/caller-key";
import type { ConcurrencyLimit } from "../limits/concurrency-limit";
import type { CallerBudget } from "../limits/shared-cost-budget";
import type { DocumentClient } from "./document-client";
import { subgraphForKind } from "./document-kinds";

/**
 * What one download spends of the caller's query budget: about a dashboard's worth, since
 * rendering a long invoice costs a subgraph as much. Capped at the largest cost one operation may
 * have, so a download is always possible on an unused budget.
 */
export const DOCUMENT_COST = 3_000;

/** Answer headers handed on from the subgraph; nothing else (no internal addresses, no cookies). */
const PASSED_ON = ["content-type", "content-disposition", "cache-control", "x-content-type-options", "content-length"];

export interface DocumentRouteDeps {
  /** The gateway's authenticator, as at /graphql: throws for refused credentials. */
  authenticate(authorization: string | undefined, clientAddress: string): Promise<Caller | null>;
  /** A subgraph's GraphQL URL by name; documents are served beside it. */
  subgraphUrl(name: string): string | undefined;
  client: DocumentClient;
  limits: {
    budget: CallerBudget;
    concurrency: ConcurrencyLimit;
    /** Throws RATE_LIMITED for a caller that retries before the time it was told. */
    refuseEarlyRetry(limitKey: string): void;
    maxCost: number;
    executionTimeoutMs: number;
  };
  log: (entry: Record<string, unknown>) => void;
}

const answer = (res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });

/**
 * `GET /documents/<kind>/<path…>` (mount at /documents): authenticates the caller exactly as
 * /graphql does (401 without one), spends the caller's budget and concurrency like an operation,
 * and fetches the document from the subgraph that makes its kind with a gateway token bound to
 * that very URL; the subgraph decides what the caller may see (404 for what it may not), and its
 * answer is streamed back as it came.
 */
export function documentRoute(deps: DocumentRouteDeps): RequestHandler {
  const cost = Math.min(DOCUMENT_COST, deps.limits.maxCost);
  return async (req, res) => {
    if (req.method !== "GET") {
      res.set("Allow", "GET");
      answer(res, 405, "BAD_REQUEST", "Documents are read with GET");
      return;
    }
    const clientAddress = req.ip ?? "unknown";
    let caller: Caller | null;
    try {
      caller = await deps.authenticate(req.headers.authorization, clientAddress);
    } catch (error) {
      const { message, extensions } = error as GraphQLError;
      const status = (extensions?.http as { status?: number } | undefined)?.status ?? 401;
      answer(res, status, String(extensions?.code ?? "UNAUTHENTICATED"), message);
      return;
    }
    if (!caller) {
      answer(res, 401, "UNAUTHENTICATED", "Sign in to download documents");
      return;
    }
    noteCaller({ organizationId: caller.organizationId, kind: caller.kind });

    // Parsed as a URL: dot segments are resolved first, so nothing outside /documents is reached.
    const url = new URL(req.originalUrl, "http://gateway.invalid");
    const [, root, kind = "", ...rest] = url.pathname.split("/");
    const subgraph = subgraphForKind(kind);
    const base = subgraph && deps.subgraphUrl(subgraph);
    if (root !== "documents" || !subgraph || !base || rest.length === 0 || rest.includes("")) {
      answer(res, 404, "NOT_FOUND", "No such document");
      return;
    }
    const record = currentRequest();
    if (record) record.operation = `documents/${kind}`;

    const limitKey = callerKey({ caller, clientAddress });
    const release = await reserve(res, deps.limits, limitKey, cost);
    if (!release) return;
    res.once("close", release);

    const timeout = AbortSignal.timeout(deps.limits.executionTimeoutMs);
    let response;
    try {
      response = await deps.client.get(
        subgraph,
        new URL(`${url.pathname}${url.search}`, base),
        { caller, clientAddress },
        timeout,
      );
    } catch (error) {
      deps.log({ level: "error", event: "document fetch failed", subgraph, reason: String(error) });
      if (timeout.aborted) {
        answer(res, 503, "QUERY_TIMEOUT", `The document was not ready within ${deps.limits.executionTimeoutMs} ms`);
      } else answer(res, 503, "SUBGRAPH_UNAVAILABLE", `The ${subgraph} service is unavailable`, { service: subgraph });
      return;
    }
    // A 401 here is the subgraph refusing the gateway's own signature: the platform's fault.
    if (response.status === 401) {
      deps.log({ level: "error", event: "document signature refused", subgraph });
      await response.body?.cancel();
      answer(res, 503, "SUBGRAPH_UNAVAILABLE", `The ${subgraph} service is unavailable`, { service: subgraph });
      return;
    }
    res.status(response.status);
    for (const name of PASSED_ON) {
      const value = response.headers.get(name);
      if (value !== null) res.set(name, value);
    }
    if (!response.body) {
      res.end();
      return;
    }
    try {
      await pipeline(Readable.fromWeb(response.body), res);
    } catch (error) {
      // The client went away, or the subgraph broke off: the answer is already on its way.
      deps.log({ level: "warn", event: "document stream ended early", subgraph, reason: String(error) });
    }
  };
}

/** Takes a concurrency slot and spends the budget, or answers RATE_LIMITED and returns null. */
async function reserve(res: Response, limits: DocumentRouteDeps["limits"], limitKey: string, cost: number) {
  const refuse = (message: string, retryAfterSeconds: number) => {
    res.set("Retry-After", String(retryAfterSeconds));
    answer(res, 429, "RATE_LIMITED", message, { retryAfterSeconds });
    return null;
  };
  try {
    limits.refuseEarlyRetry(limitKey);
  } catch (error) {
    const retryAfterSeconds = Number((error as GraphQLError).extensions?.retryAfterSeconds ?? 1);
    return refuse((error as Error).message, retryAfterSeconds);
  }
  const release = limits.concurrency.acquire(limitKey, cost);
  if (!release) return refuse("Too many requests at once for this caller; retry in a second", 1);
  const spent = await limits.budget.spend(limitKey, cost);
  if (!spent.ok) {
    release();
    return refuse(
      `A document costs ${cost} and the caller's budget is spent; retry in ${spent.retryAfterSeconds} s`,
      spent.retryAfterSeconds,
    );
  }
  return release;
}
