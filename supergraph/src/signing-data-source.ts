import { AsyncLocalStorage } from "node:async_hooks";
import type { KeyObject } from "node:crypto";
import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import type { Fetcher, FetcherResponse } from "@apollo/utils.fetcher";
import { GATEWAY_TOKEN_HEADER, type GatewayIdentity, type RequestIdentity, signGatewayToken } from "@dcx/kit";
import { GraphQLError } from "graphql";

export interface GatewayContext {
  /** Who is calling, established once by the gateway; null before sign-in. */
  identity: RequestIdentity;
}

const ANONYMOUS: GatewayIdentity = { caller: null, clientAddress: "unknown" };

/**
 * Sends the gateway's plan steps to one subgraph, each signed for that subgraph, with the
 * caller's identity, and bound to the exact request (method and body bytes): the token is made
 * in the fetch itself, over the body as serialised for the wire, so it cannot drift from what is
 * sent. The caller's own credentials never travel past the gateway.
 */
export class SigningDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  // The identity of the plan step being sent: the fetcher below sees only URL and request init.
  private readonly sending = new AsyncLocalStorage<GatewayIdentity>();

  constructor(
    readonly subgraphName: string,
    url: string | undefined,
    private readonly signingKey: KeyObject,
  ) {
    super({ url });
    // Node's own fetch (undici) honours the subgraph's `Keep-Alive: timeout=…` and never reuses a
    // socket the subgraph is closing; the default fetcher's agent keeps idle sockets forever, and
    // under load a plan step sent on one the subgraph had just closed failed as "socket hang up".
    this.fetcher = this.signingFetcher(fetch as unknown as Fetcher);
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>["process"]> {
    assertFinite(options.request.variables ?? {}, "");
    const context = options.context as Partial<GatewayContext>;
    const { caller, clientAddress } = context.identity ?? ANONYMOUS;
    return this.sending.run({ caller, clientAddress }, () => super.process(options));
  }

  private signingFetcher(send: Fetcher): Fetcher {
    return async (url, init = {}) => {
      const body = typeof init.body === "string" ? init.body : "";
      const token = await signGatewayToken(
        this.signingKey,
        this.subgraphName,
        { method: init.method ?? "GET", body },
        this.sending.getStore() ?? ANONYMOUS,
      );
      const response = await send(url, { ...init, headers: { ...init.headers, [GATEWAY_TOKEN_HEADER]: token } });
      return answeredWithGraphqlErrors(response);
    };
  }

  /**
   * A subgraph that cannot be reached, or answers with an HTTP error and no GraphQL errors (or
   * refuses the gateway's own signature), becomes one clear error on the fields it serves. The
   * raw reason (with internal addresses) goes to the log, not the client.
   */
  override didEncounterError(error: Error, _request: unknown, response?: FetcherResponse): void {
    console.error(`subgraph ${this.subgraphName} failed: ${error.message}`);
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

/**
 * Apollo Server answers HTTP 400 when the client's input fails GraphQL's own checks (a malformed
 * `Decimal` or `DateTime` variable, a literal the subgraph's scalar refuses). Those errors are the
 * client's to read: a non-2xx answer that carries GraphQL errors is handed on as an ordinary
 * GraphQL response, so they reach the client as they are, not as "service unavailable". A 401 is
 * the subgraph refusing the gateway's own signature — the platform's fault, not the client's.
 */
async function answeredWithGraphqlErrors(response: FetcherResponse): Promise<FetcherResponse> {
  if (response.ok || response.status === 401) return response;
  const type = response.headers.get("content-type") ?? "";
  if (!/^application\/(graphql-response\+)?json/.test(type)) return response;
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  const status = Array.isArray(errors) && errors.length > 0 ? 200 : response.status;
  return new Response(text, {
    status,
    statusText: status === 200 ? "OK" : response.statusText,
    headers: { "content-type": type },
  }) as unknown as FetcherResponse;
}
