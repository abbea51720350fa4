import { describe, expect, it } from "vitest";
import { createAuthApi } from "./auth-api";
import { AuthFailure } from "./auth-errors";

const t0 = Date.parse("2026-03-02T08:00:00.000Z");

const session = {
  accessToken: "access-1",
  accessTokenExpiresAt: "2026-03-02T08:10:00.000Z",
  user: {
    id: "u1",
    email: "thandi@cloudtech.example",
    displayName: "Thandi Nkosi",
    role: "ADMIN",
    organization: { id: "o1", name: "CloudTech", kind: "RESELLER" },
  },
};

interface Sent {
  url: string;
  init: RequestInit;
  headers: Record<string, string>;
  body: Record<string, unknown> & { operationName?: string; query?: string; variables?: Record<string, unknown> };
}

function apiAnswering(answer: (init: RequestInit) => Response | Promise<Response>, timeoutMs?: number) {
  const sent: Sent[] = [];
  const api = createAuthApi({
    graphqlUrl: "/graphql",
    sessionUrl: "/auth",
    now: () => t0,
    timeoutMs,
    fetch: async (url, init) => {
      sent.push({ url, init, headers: init.headers as Record<string, string>, body: JSON.parse(String(init.body)) });
      return answer(init);
    },
  });
  return { api, sent };
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { ...init, headers: { "content-type": "application/json", ...init.headers } });

async function failureOf(promise: Promise<unknown>): Promise<AuthFailure> {
  const error: unknown = await promise.then(
    () => new Error("expected a failure"),
    (caught: unknown) => caught,
  );
  if (!(error instanceof AuthFailure)) throw error;
  return error;
}

describe("createAuthApi", () => {
  it("signs in at the session route with a JSON POST: the access token, the user, the server's clock offset", async () => {
    const { api, sent } = apiAnswering(() =>
      json({ data: { session } }, { headers: { date: "Mon, 02 Mar 2026 08:00:03 GMT" } }),
    );
    const issued = await api.signIn("thandi@cloudtech.example", "123456");

    expect(issued).toEqual({ ...session, serverClockOffsetMs: 3_000 });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ url: "/auth/sign-in", init: { method: "POST", credentials: "same-origin" } });
    expect(sent[0]?.headers["content-type"]).toBe("application/json");
    expect(sent[0]?.headers["authorization"]).toBeUndefined();
    expect(sent[0]?.body).toEqual({ email: "thandi@cloudtech.example", code: "123456" });
  });

  it("refreshes with nothing but the cookie the browser attaches: no token in the request, none in the answer", async () => {
    const { api, sent } = apiAnswering(() => json({ data: { session: { ...session, accessToken: "access-2" } } }));
    const issued = await api.refreshSession();
    expect(issued.accessToken).toBe("access-2");
    expect(issued.serverClockOffsetMs).toBeNull();
    expect(Object.keys(issued).sort()).toEqual(["accessToken", "accessTokenExpiresAt", "serverClockOffsetMs", "user"]);
    expect(sent[0]).toMatchObject({ url: "/auth/refresh", body: {}, init: { credentials: "same-origin" } });
    expect(sent[0]?.headers["content-type"]).toBe("application/json");
    expect(sent[0]?.headers["authorization"]).toBeUndefined();
  });

  it("reports a session answer without its access token as the server's fault, not a dead session", async () => {
    const { api } = apiAnswering(() => json({ data: { session: { ...session, accessToken: undefined } } }));
    const failure = await failureOf(api.refreshSession());
    expect(failure.kind).toBe("server");
  });

  it("signs out at the session route with the access token as a bearer token, or without one", async () => {
    const { api, sent } = apiAnswering(() => json({ data: { signedOut: true } }));
    await api.signOut("access-1");
    expect(sent[0]).toMatchObject({ url: "/auth/sign-out", init: { credentials: "same-origin" } });
    expect(sent[0]?.headers["authorization"]).toBe("Bearer access-1");
    await api.signOut(null);
    expect(sent[1]?.headers["authorization"]).toBeUndefined();
  });

  it("asks for a code through the graph and reports how long it lives", async () => {
    const { api, sent } = apiAnswering(() =>
      json({ data: { requestSignInCode: { accepted: true, expiresInSeconds: 600 } } }),
    );
    await expect(api.requestSignInCode("thandi@cloudtech.example")).resolves.toEqual({ expiresInSeconds: 600 });
    expect(sent[0]).toMatchObject({ url: "/graphql", body: { operationName: "RequestSignInCode" } });
    expect(sent[0]?.body.variables).toEqual({ email: "thandi@cloudtech.example" });
  });

  it("reports a wrong code as unauthenticated", async () => {
    const { api } = apiAnswering(() =>
      json({ data: null, errors: [{ message: "Invalid or expired code", extensions: { code: "UNAUTHENTICATED" } }] }),
    );
    const failure = await failureOf(api.signIn("thandi@cloudtech.example", "000000"));
    expect(failure.kind).toBe("unauthenticated");
  });

  it("reports a rate limit with its wait", async () => {
    const { api } = apiAnswering(() =>
      json({ errors: [{ message: "Too many", extensions: { code: "RATE_LIMITED", retryAfterSeconds: 90 } }] }),
    );
    const failure = await failureOf(api.requestSignInCode("thandi@cloudtech.example"));
    expect(failure).toMatchObject({ kind: "rate-limited", retryAfterSeconds: 90 });
  });

  it("reads the GraphQL errors of an HTTP 401 answer", async () => {
    const { api } = apiAnswering(() =>
      json(
        { errors: [{ message: "This session has ended; sign in again", extensions: { code: "UNAUTHENTICATED" } }] },
        { status: 401 },
      ),
    );
    const failure = await failureOf(api.signOut("access-1"));
    expect(failure).toMatchObject({ kind: "unauthenticated", message: "This session has ended; sign in again" });
  });

  it("reports a network failure as unavailable", async () => {
    const { api } = apiAnswering(() => Promise.reject(new TypeError("Failed to fetch")));
    const failure = await failureOf(api.refreshSession());
    expect(failure.kind).toBe("unavailable");
    expect(failure.message).toContain("Failed to fetch");
  });

  it("gives up on a server that does not answer, so a refresh cannot hang", async () => {
    const { api } = apiAnswering(
      (init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener("abort", () => reject(init.signal?.reason));
        }),
      20,
    );
    const failure = await failureOf(api.refreshSession());
    expect(failure.kind).toBe("unavailable");
  });

  it("reports an answer that is not GraphQL (a proxy's error page) as unavailable", async () => {
    const { api } = apiAnswering(() => new Response("<html>Bad Gateway</html>", { status: 502 }));
    const failure = await failureOf(api.refreshSession());
    expect(failure).toMatchObject({
      kind: "unavailable",
      message: "DCX Cloud answered HTTP 502 without a GraphQL result",
    });
  });
});
