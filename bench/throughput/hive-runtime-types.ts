import type { IncomingMessage, RequestListener } from "node:http";
import type { GatewayIdentity } from "@dcx/kit";

/** The part of `@graphql-hive/gateway-runtime` the benchmark uses (see hive-gateway.ts for why not its own types). */
export interface HiveRuntimeModule {
  createGatewayRuntime(config: {
    supergraph: string;
    transportEntries: Record<string, { location: string; options: { deduplicateInflightRequests: boolean } }>;
    logging: "error";
    landingPage: boolean;
    graphiql: boolean;
    plugins: () => HiveGatewayPlugin[];
  }): RequestListener & { dispose(): Promise<void> };
}

/** The request's context as the plugins below see it: Node's request, its headers, and what they add. */
interface HiveContext {
  req?: IncomingMessage;
  headers: Record<string, string | undefined>;
  identity?: GatewayIdentity;
}

interface FetchOptions {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface HiveGatewayPlugin {
  onContextBuilding?(payload: {
    context: HiveContext;
    extendContext(extension: Partial<HiveContext>): void;
  }): Promise<void>;
  onFetch?(payload: {
    url: string;
    options: FetchOptions;
    setOptions(options: FetchOptions): void;
    /** Absent when the runtime fetches for itself (e.g. a supergraph), never for a subgraph request. */
    context?: HiveContext;
  }): Promise<void>;
}
