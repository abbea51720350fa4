import { cacheExchange, Client, fetchExchange } from "urql";
import { type ExchangeSession, sessionAuthExchange } from "../auth/auth-exchange";

/**
 * The dashboard's client for one session. `/graphql` is served by the Vite dev and preview
 * servers, which forward it to the gateway. Every operation carries the session's access
 * token (see `auth/auth-exchange.ts`).
 *
 * Operations go out as JSON POSTs: the gateway's CSRF prevention refuses "simple" GET
 * requests without a preflight header.
 */
export function createGraphQLClient(session: ExchangeSession): Client {
  return new Client({
    url: "/graphql",
    exchanges: [cacheExchange, sessionAuthExchange(session), fetchExchange],
    requestPolicy: "cache-and-network",
    preferGetMethod: false,
  });
}
