import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { context, type Span, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { RequestHandler } from "express";
import { Kind } from "graphql";
import type { Logger } from "./logger";
import type { ServiceMetrics } from "./metrics";
import { incomingTraceContext, tracerOf } from "./tracing";

/** What the logs, metrics and trace learn about one HTTP request while it is served. */
export interface RequestRecord {
  requestId: string;
  operation: string | null;
  operationType: string | null;
  /** The calling organisation (its id), once known. */
  organizationId: string | null;
  callerKind: string | null;
  /** A trusted service calling directly (not through the gateway). */
  service: string | null;
  /** `extensions.code` of every error in the answer. */
  errorCodes: string[];
  span: Span;
}

export interface Observability {
  service: string;
  logger: Logger;
  metrics: ServiceMetrics;
}

const records = new AsyncLocalStorage<RequestRecord>();

/** The request being served, inside `observeRequests`; undefined elsewhere (jobs, start-up). */
export const currentRequest = (): RequestRecord | undefined => records.getStore();

/** Records who is calling, for the request's log line and span. Never a credential. */
export function noteCaller(caller: { organizationId?: string | null; kind?: string | null; service?: string | null }) {
  const record = currentRequest();
  if (!record) return;
  record.organizationId = caller.organizationId ?? null;
  record.callerKind = caller.kind ?? null;
  record.service = caller.service ?? null;
  if (record.organizationId) record.span.setAttribute("dcx.organization.id", record.organizationId);
}

/** The gateway's id for a client request, sent on to subgraphs and back to the client. */
export const REQUEST_ID_HEADER = "x-request-id";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,80}$/;

/** A request id given by a trusted peer, if it looks like one; otherwise a new one. */
export const requestIdFrom = (given: string | undefined): string =>
  given && REQUEST_ID.test(given) ? given : randomUUID();

/**
 * Express middleware in front of /graphql: a server span (continuing the caller's W3C trace),
 * the request's record for the Apollo plugin below, and when the answer is sent one log line
 * and the request's metrics. The request id is returned as `x-request-id`.
 */
export function observeRequests(
  observability: Observability,
  requestIdOf: (header: (name: string) => string | undefined) => string = () => randomUUID(),
): RequestHandler {
  const tracer = tracerOf(observability.service);
  return (req, res, next) => {
    const started = performance.now();
    const parent = incomingTraceContext(req.headers);
    const requestId = requestIdOf((name) => req.header(name));
    const span = tracer.startSpan(
      `${req.method} ${req.baseUrl || req.path}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          "http.request.method": req.method,
          "url.path": req.baseUrl || req.path,
          "dcx.request.id": requestId,
        },
      },
      parent,
    );
    const record: RequestRecord = {
      requestId,
      operation: null,
      operationType: null,
      organizationId: null,
      callerKind: null,
      service: null,
      errorCodes: [],
      span,
    };
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.once("close", () => finish(observability, record, res.statusCode, res.writableFinished, started));
    context.with(trace.setSpan(parent, span), () => records.run(record, next));
  };
}

function finish(observability: Observability, record: RequestRecord, status: number, sent: boolean, started: number) {
  const seconds = (performance.now() - started) / 1000;
  // Refused before GraphQL (a bad signature, a malformed body): the status is the error.
  if (record.errorCodes.length === 0 && status >= 400) record.errorCodes.push(`HTTP_${status}`);
  if (!sent) record.errorCodes.push("CLIENT_CLOSED_REQUEST");
  observability.metrics.observeRequest({ operation: record.operation, seconds, errorCodes: record.errorCodes });

  const failed = status >= 500 || record.errorCodes.includes("INTERNAL_SERVER_ERROR");
  record.span.setAttribute("http.response.status_code", status);
  if (record.errorCodes.length) record.span.setAttribute("dcx.error.codes", record.errorCodes);
  if (failed) record.span.setStatus({ code: SpanStatusCode.ERROR });
  record.span.end();

  const spanContext = record.span.spanContext();
  const entry = {
    event: "request",
    requestId: record.requestId,
    traceId: trace.isSpanContextValid(spanContext) ? spanContext.traceId : undefined,
    operation: record.operation,
    operationType: record.operationType,
    organizationId: record.organizationId,
    callerKind: record.callerKind,
    callingService: record.service,
    status,
    ms: Math.round(seconds * 1000),
    errors: record.errorCodes.length ? record.errorCodes : undefined,
  };
  if (failed) observability.logger.warn(entry, "request failed");
  else observability.logger.info(entry, "request");
}

/** Tells the request's record which operation it runs and which error codes it answered with. */
export const requestObserverPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart({ request }) {
    const record = currentRequest();
    if (record) record.operation = request.operationName ?? null;
    return {
      // A document that fails validation never resolves an operation: name it after its only one.
      async validationDidStart({ document }) {
        const record = currentRequest();
        const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
        if (record && !record.operation && operations.length === 1)
          record.operation = operations[0]!.name?.value ?? null;
      },
      async didResolveOperation({ operationName, operation }) {
        const record = currentRequest();
        if (!record || !operation) return;
        record.operation = operationName ?? null;
        record.operationType = operation.operation;
        record.span.updateName(`${operation.operation} ${operationName ?? "anonymous"}`);
        if (operationName) record.span.setAttribute("graphql.operation.name", operationName);
        record.span.setAttribute("graphql.operation.type", operation.operation);
      },
      async willSendResponse({ response }) {
        const record = currentRequest();
        if (!record || response.body.kind !== "single") return;
        for (const error of response.body.singleResult.errors ?? []) {
          record.errorCodes.push(String(error.extensions?.code ?? "UNKNOWN"));
        }
      },
    };
  },
};
