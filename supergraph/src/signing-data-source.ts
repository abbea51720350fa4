import { AsyncLocalStorage } from "node:async_hooks";
import type { KeyObject } from "node:crypto";
import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import type { FetcherRequestInit, FetcherResponse } from "@apollo/utils.fetcher";
import {
  createLogger,
  currentRequest,
  GATEWAY_TOKEN_HEADER,
  type GatewayIdentity,
  type Logger,
  REQUEST_ID_HEADER,
  type RequestIdentity,
  signGatewayToken,
  withTraceHeaders,
} from "@dcx/kit";
import { GraphQLError } from "graphql";
import { InFlightLimit } from "./in-flight-limit";
import { failedBeforeAnswer, isQueryStep, RETRY_DELAYS_MS, errorCodesOf } from "./plan-step-retry";
import { CONNECTIONS_PER_SUBGRAPH, type SubgraphAnswer, sendToSubgraph } from "./subgraph-client";
import { SubgraphResponse } from "./subgraph-response";

export interface GatewayContext {
  /** Who is calling, established once by the gateway; null before sign-in. */
  identity: RequestIdentity;
}

const ANONYMOUS: GatewayIdentity = { caller: null, clientAddress: "unknown" };

/** The plan step being sent: who asks, and whether it only reads (and so may be sent again). */
interface PlanStep {
  identity: GatewayIdentity;
  query: boolean;
}

/**
 * Sends the gateway's plan steps to one subgraph, each signed for that subgraph, with the
 * caller's identity, and bound to the exact request (method and body bytes): the token is made
 * in the fetch itself, over the body as serialised for the wire, so it cannot drift from what is
 * sent. The caller's own credentials never travel past the gateway.
 *
 * Steps go over the gateway's pool of kept-alive connections (`subgraph-client.ts`), at most
 * `CONNECTIONS_PER_SUBGRAPH` at once; one waiting for its turn is signed only when it gets it, so
 * its token does not expire in the queue. A query step whose connection was reset or refused
 * before its answer began is sent again, signed afresh (a token is accepted once). Each step
 * carries the client request's id and the W3C trace context, so the subgraph's log line and span
 * join the gateway's.
 */
export class SigningDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  // The plan step being sent: the fetcher below sees only URL and request init.
  private readonly sending = new AsyncLocalStorage<PlanStep>();
  private readonly inFlight = new InFlightLimit(CONNECTIONS_PER_SUBGRAPH);

  constructor(
    readonly subgraphName: string,
    url: string | undefined,
    private readonly signingKey: KeyObject,
    private readonly logger: Logger = createLogger("gateway"),
  ) {
    super({ url });
    this.fetcher = (url, init = {}) => this.inFlight.run(() => this.send(url, init));
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>["process"]> {
    assertFinite(options.request.variables ?? {}, "");
    const context = options.context as Partial<GatewayContext>;
    const { caller, clientAddress } = context.identity ?? ANONYMOUS;
    const query = isQueryStep(options.request, "document" in options ? options.document : undefined);
    return this.sending.run({ identity: { caller, clientAddress }, query }, () => super.process(options));
  }

  private async send(url: string, init: FetcherRequestInit): Promise<FetcherResponse> {
    const step = this.sending.getStore();
    const body = typeof init.body === "string" ? init.body : "";
    const requestId = currentRequest()?.requestId;
    const correlation = withTraceHeaders(requestId ? { [REQUEST_ID_HEADER]: requestId } : {});
    for (let attempt = 0; ; attempt += 1) {
      const token = await signGatewayToken(
        this.signingKey,
        this.subgraphName,
        { method: init.method ?? "GET", body },
        step?.identity ?? ANONYMOUS,
      );
      const headers = { ...init.headers, ...correlation, [GATEWAY_TOKEN_HEADER]: token };
      let response: SubgraphAnswer;
      try {
        response = await sendToSubgraph(url, { method: init.method, headers, body: init.body, signal: init.signal });
      } catch (error) {
        const delayMs = RETRY_DELAYS_MS[attempt];
        if (!step?.query || delayMs === undefined || !failedBeforeAnswer(error)) throw error;
        this.logger.warn(
          { event: "query step sent again", subgraph: this.subgraphName, reason: reasonOf(error) },
          "query step sent again",
        );
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        continue;
      }
      // Read whole while the step holds its place: a failure from here on is not retried.
      return handedOn(url, response, await response.text());
    }
  }

  /**
   * A subgraph that cannot be reached, or answers with an HTTP error and no GraphQL errors (or
   * refuses the gateway's own signature), becomes one clear error on the fields it serves. The
   * raw reason (with internal addresses) goes to the log, not the client.
   */
  override didEncounterError(error: Error, _request: unknown, response?: FetcherResponse): void {
    this.logger.error(
      { event: "subgraph failed", subgraph: this.subgraphName, reason: reasonOf(error) },
      `subgraph ${this.subgraphName} failed`,
    );
    throw new GraphQLError(`The ${this.subgraphName} service is unavailable`, {
      extensions: { code: "SUBGRAPH_UNAVAILABLE", service: this.subgraphName, status: response?.status },
    });
  }
}

/**
 * A JSON body can carry 1e999, which parses to Infinity; the gateway checks built-in scalars but
 * passes a custom scalar's value (a `Decimal`, a `DateTimeISO`) on as it is, and serialising it
 * for the subgraph would turn it into null — "no threshold" instead of a refusal. Refused here.
 */
function assertFinite(value: unknown, path: string): void {
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new GraphQLError(`${path} must be a finite number`, { extensions: { code: "BAD_USER_INPUT", field: path } });
  }
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      assertFinite(inner, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key);
    }
  }
}

/** The socket's own error code, for the log: "fetch failed" alone says nothing. */
function reasonOf(error: unknown): string {
  const socket = errorCodesOf(error).at(-1);
  return socket ? `${socket.code}: ${socket.message}` : String(error);
}

/**
 * The subgraph's answer, as the gateway reads it.
 *
 * Apollo Server answers HTTP 400 when the client's input fails GraphQL's own checks (a malformed
 * `Decimal` or `DateTime` variable, a literal the subgraph's scalar refuses). Those errors are the
 * client's to read: a non-2xx answer that carries GraphQL errors is handed on as an ordinary
 * GraphQL response, so they reach the client as they are, not as "service unavailable". A 401 is
 * the subgraph refusing the gateway's own signature — the platform's fault, not the client's.
 */
function handedOn(url: string, response: SubgraphAnswer, text: string): FetcherResponse {
  const type = String(response.headers["content-type"] ?? "");
  const ok = response.status >= 200 && response.status < 300;
  const carriesErrors =
    !ok && response.status !== 401 && /^application\/(graphql-response\+)?json/.test(type) && hasErrors(text);
  return new SubgraphResponse(url, carriesErrors ? 200 : response.status, response.headers, text);
}

function hasErrors(text: string): boolean {
  try {
    const errors = (JSON.parse(text) as { errors?: unknown } | null)?.errors;
    return Array.isArray(errors) && errors.length > 0;
  } catch {
    return false;
  }
}
