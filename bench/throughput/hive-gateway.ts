import type { KeyObject } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { GATEWAY_TOKEN_HEADER, type GatewayIdentity, signGatewayToken } from "@dcx/kit";
import type { Authenticator } from "../../supergraph/src/auth/authenticator";
import type { HiveGatewayPlugin, HiveRuntimeModule } from "./hive-runtime-types";

// Loaded untyped: the runtime's typings augment `graphql` (Yoga's `http` error extension) and the
// fetch types for the whole program, which would retype our gateway's own errors and requests.
const HIVE_RUNTIME: string = "@graphql-hive/gateway-runtime";

export interface HiveGatewayOptions {
  supergraphSdl: string;
  /** Subgraph name (as composed into the supergraph) → its GraphQL URL. */
  subgraphUrls: Map<string, string>;
  /** The key our gateway signs subgraph requests with. */
  signingKey: KeyObject;
  /** Our gateway's own authenticator, so both gateways vouch for the same caller the same way. */
  authenticator: Authenticator;
  /**
   * Hive's default: identical subgraph queries in flight at once are sent once and the answer
   * shared. Its key (URL, method, body) does not hold the caller our signature adds, so callers
   * would share answers; off, Hive does the subgraph work our gateway does.
   */
  deduplicateInflightRequests: boolean;
}

export interface RunningHiveGateway {
  graphqlUrl: string;
  close(): Promise<void>;
}

/**
 * Hive Gateway over our supergraph and subgraphs, on a free loopback port. Subgraphs accept only
 * requests signed by the gateway, so a plugin signs each subgraph fetch as SigningDataSource does:
 * our key, the subgraph's name, the method and the body bytes as sent, and the caller our
 * Authenticator resolves for the request (per request, with the same cache as our gateway).
 */
export async function startHiveGateway(options: HiveGatewayOptions): Promise<RunningHiveGateway> {
  const { createGatewayRuntime } = (await import(HIVE_RUNTIME)) as HiveRuntimeModule;
  const nameOfUrl = new Map([...options.subgraphUrls].map(([name, url]) => [url, name]));
  const runtime = createGatewayRuntime({
    supergraph: options.supergraphSdl,
    transportEntries: Object.fromEntries(
      [...options.subgraphUrls].map(([name, location]) => [
        name,
        { location, options: { deduplicateInflightRequests: options.deduplicateInflightRequests } },
      ]),
    ),
    logging: "error",
    landingPage: false,
    graphiql: false,
    plugins: () => [authenticating(options.authenticator), signing(options.signingKey, nameOfUrl)],
  });
  const server = createServer(runtime);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    graphqlUrl: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await runtime.dispose();
    },
  };
}

function authenticating(authenticator: Authenticator): HiveGatewayPlugin {
  return {
    async onContextBuilding({ context, extendContext }) {
      // As our gateway behind a trusted loopback proxy: the forwarded client, else the socket's peer.
      const forwarded = context.headers["x-forwarded-for"]?.split(",")[0]?.trim();
      const clientAddress = forwarded || context.req?.socket.remoteAddress || "unknown";
      const caller = await authenticator.authenticate(context.headers.authorization, clientAddress);
      extendContext({ identity: { caller, clientAddress } });
    },
  };
}

function signing(signingKey: KeyObject, nameOfUrl: Map<string, string>): HiveGatewayPlugin {
  return {
    async onFetch({ url, options, setOptions, context }) {
      const subgraph = nameOfUrl.get(url);
      if (!subgraph) throw new Error(`Hive Gateway fetched ${url}, which is no subgraph of the platform`);
      if (typeof options.body !== "string") throw new Error(`Hive Gateway sent ${subgraph} a body that is not text`);
      const identity: GatewayIdentity | undefined = context?.identity;
      const token = await signGatewayToken(
        signingKey,
        subgraph,
        { method: options.method ?? "GET", body: options.body },
        identity ?? { caller: null, clientAddress: "unknown" },
      );
      setOptions({ ...options, headers: { ...options.headers, [GATEWAY_TOKEN_HEADER]: token } });
    },
  };
}
