import { Client, fetchExchange, gql } from "urql";
import { describe, expect, it } from "vitest";
import { sessionAuthExchange } from "./auth-exchange";
import { AuthStore } from "./auth-store";
import { fakeClock, fakeSessionServer, memoryStorage, MINUTE, reseller, VALID_CODE } from "./auth-store.testing";
import { sessionSignal } from "./session-signal";

const Probe = gql`
  query Probe($kind: OrganizationKind) {
    organizations(kind: $kind) {
      id
    }
  }
`;

/**
 * A gateway stand-in: by default it accepts only the newest access token the fake server
 * issued, and answers anything else as the real gateway does, HTTP 401 with UNAUTHENTICATED.
 */
async function setup() {
  const clock = fakeClock();
  const { server, api } = fakeSessionServer(clock);
  const auth = new AuthStore({ api, signal: sessionSignal(memoryStorage()), clock });
  auth.start();
  await auth.signIn(reseller.email, VALID_CODE);
  const seen: Array<string | null> = [];
  let accepts = (token: string | null) => token === server.currentAccessToken();
  const client = new Client({
    url: "http://gateway.test/graphql",
    exchanges: [sessionAuthExchange(auth), fetchExchange],
    fetch: async (_url, init) => {
      const authorization = new Headers(init?.headers).get("authorization");
      seen.push(authorization);
      const ok = accepts(authorization?.replace(/^Bearer /, "") ?? null);
      const body = ok
        ? { data: { organizations: [{ id: "org-cloudtech" }] } }
        : { errors: [{ message: "This session has ended; sign in again", extensions: { code: "UNAUTHENTICATED" } }] };
      return new Response(JSON.stringify(body), {
        status: ok ? 200 : 401,
        headers: { "content-type": "application/json" },
      });
    },
  });
  const query = (kind?: string) => client.query(Probe, { kind }, { requestPolicy: "network-only" }).toPromise();
  const gatewayAccepts = (predicate: (token: string | null) => boolean) => (accepts = predicate);
  return { auth, server, clock, seen, query, gatewayAccepts };
}

describe("sessionAuthExchange", () => {
  it("sends the access token as a bearer token", async () => {
    const { query, seen } = await setup();
    const result = await query();
    expect(result.error).toBeUndefined();
    expect(seen).toEqual(["Bearer access-1"]);
  });

  it("refreshes a token about to expire before sending, instead of sending it", async () => {
    const { query, seen, clock, server } = await setup();
    server.outage = true;
    await clock.advance(9 * MINUTE + 45_000); // the proactive refresh failed; 15 s left
    server.outage = false;
    const result = await query();
    expect(result.error).toBeUndefined();
    expect(seen).toEqual(["Bearer access-2"]);
  });

  it("refreshes once on HTTP 401 and retries the operation with the new token", async () => {
    const { query, seen, server, gatewayAccepts } = await setup();
    gatewayAccepts((token) => token === "access-2"); // access-1 is refused, e.g. expired early
    const result = await query();
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({ organizations: [{ id: "org-cloudtech" }] });
    expect(server.refreshCalls).toEqual(["refresh-1"]);
    expect(seen).toEqual(["Bearer access-1", "Bearer access-2"]);
  });

  it("refreshes once for parallel operations that were all refused", async () => {
    const { query, server, gatewayAccepts } = await setup();
    gatewayAccepts((token) => token === "access-2");
    const results = await Promise.all([query("CUSTOMER"), query("RESELLER"), query("PROVIDER")]);
    expect(results.map((result) => result.error)).toEqual([undefined, undefined, undefined]);
    expect(server.refreshCalls).toEqual(["refresh-1"]);
    expect(server.reuseDetected).toBe(false);
  });

  it("does not loop: a retry that fails again is returned as an error", async () => {
    const { query, seen, server, gatewayAccepts, auth } = await setup();
    gatewayAccepts(() => false);
    const result = await query();
    expect(result.error?.graphQLErrors[0]?.extensions["code"]).toBe("UNAUTHENTICATED");
    expect(server.refreshCalls).toHaveLength(1);
    expect(seen).toHaveLength(2);
    expect(auth.getState().status).toBe("signed-in");
  });

  it("signs out when the refresh after a 401 is refused", async () => {
    const { query, server, gatewayAccepts, auth } = await setup();
    gatewayAccepts(() => false);
    server.revoke(); // the session ended on the server: the cookie is dead
    const result = await query();
    expect(result.error).toBeDefined();
    expect(auth.getState()).toMatchObject({ status: "signed-out" });
  });
});
