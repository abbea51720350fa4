import type { CryptoKey, KeyObject } from "jose";
import { SERVICE_TOKEN_HEADER, assertServiceName, signServiceToken } from "./service-token";

/** A GraphQL response as the target subgraph sent it. */
export interface ServiceResponse<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** The target could not be reached, or did not answer with GraphQL. */
export class ServiceRequestError extends Error {
  constructor(
    readonly target: string,
    message: string,
    readonly status?: number,
  ) {
    super(`Request to ${target} failed: ${message}`);
    this.name = "ServiceRequestError";
  }
}

export interface ServiceClientOptions<TTarget extends string> {
  /** This service's name: the `iss` the targets trust (`dcx-service:<service>`). */
  service: string;
  /** This service's Ed25519 private key. */
  privateKey: CryptoKey | KeyObject;
  /** Each target subgraph's GraphQL URL by subgraph name (the token's audience), e.g. `{ wallet: "http://127.0.0.1:4002/graphql" }`. */
  targets: Record<TTarget, string>;
  /** Per request; 30 s by default. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface ServiceClient<TTarget extends string> {
  /**
   * Sends one operation to `target`, signed for it alone with a fresh token. Resolves to the
   * GraphQL result (errors included, e.g. 401 when the target does not trust this service);
   * throws ServiceRequestError when there is no GraphQL answer.
   */
  request<TData = Record<string, unknown>>(
    target: TTarget,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<ServiceResponse<TData>>;
}

/** Calls other subgraphs directly, as this service (see `createServiceTokenVerifier`). */
export function createServiceClient<TTarget extends string>(
  options: ServiceClientOptions<TTarget>,
): ServiceClient<TTarget> {
  assertServiceName(options.service);
  const send = options.fetch ?? fetch;
  return {
    async request<TData>(target: TTarget, query: string, variables: Record<string, unknown> = {}) {
      const url = Object.hasOwn(options.targets, target) ? options.targets[target] : undefined;
      if (!url) throw new ServiceRequestError(target, "no URL configured for this target");
      const token = await signServiceToken(options.privateKey, options.service, target);
      let response: Response;
      try {
        response = await send(url, {
          method: "POST",
          headers: { "content-type": "application/json", [SERVICE_TOKEN_HEADER]: token },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        });
      } catch (error) {
        throw new ServiceRequestError(target, (error as Error).message);
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new ServiceRequestError(target, `HTTP ${response.status} without a JSON body`, response.status);
      }
      if (typeof body !== "object" || body === null || !("data" in body || "errors" in body)) {
        throw new ServiceRequestError(target, `HTTP ${response.status} without a GraphQL result`, response.status);
      }
      return body as ServiceResponse<TData>;
    },
  };
}
