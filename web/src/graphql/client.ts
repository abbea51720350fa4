import { cacheExchange, Client, fetchExchange } from "urql";

/**
 * One client for the whole dashboard. `/graphql` is served by the Vite dev and
 * preview servers, which forward it to the gateway.
 *
 * Operations go out as JSON POSTs: the gateway's CSRF prevention refuses
 * "simple" GET requests without a preflight header.
 */
export const client = new Client({
  url: "/graphql",
  exchanges: [cacheExchange, fetchExchange],
  requestPolicy: "cache-and-network",
  preferGetMethod: false,
});
