import { describe, expect, it } from "vitest";
import { createAuthApi } from "./auth-api";
import { AuthFailure } from "./auth-errors";

const t0 = Date.parse("2026-03-02T08:00:00.000Z");

const tokens = {
  accessToken: "access-1",
  accessTokenExpiresAt: "2026-03-02T08:10:00.000Z",
  refreshToken: "refresh-1",
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
  headers: Record<string, string>;
  body: { operationName: string; query: string; variables: Record<string, unknown> };
}

function apiAnswering(answer: (init: RequestInit) => Response | Promise<Response>, timeoutMs?: number) {
  const sent: Sent[] = [];
  const api = createAuthApi({
    url: "/graphql",
    now: () => t0,
    timeoutMs,
    fetch: async (url, init) => {
      sent.push({ url, headers: init.headers as Record<string, string>, body: JSON.parse(String(init.body)) });
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
  it("signs in with a JSON POST and returns the tokens, the user and the server's clock offset", async () => {
    const { api, sent } = apiAnswering(() =>
      json({ data: { signIn: tokens } }, { headers: { date: "Mon, 02 Mar 2026 08:00:03 GMT" } }),
    );
    const session = await api.signIn("thandi@cloudtech.example", "123456");

    expect(session).toEqual({ ...tokens, serverClockOffsetMs: 3_000 });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe("/graphql");
    expect(sent[0]?.headers["content-type"]).toBe("application/json");
    expect(sent[0]?.headers["authorization"]).toBeUndefined();
    expect(sent[0]?.body.operationName).toBe("SignIn");
    expect(sent[0]?.body.variables).toEqual({ email: "thandi@cloudtech.example", code: "123456" });
    expect(sent[0]?.body.query).toContain("signIn(email: $email, code: $code)");
  });

  it("refreshes with the refresh token only, never an access token", async () => {
    const { api, sent } = apiAnswering(() =>
      json({ data: { refreshSession: { ...tokens, refreshToken: "refresh-2" } } }),
    );
    const session = await api.refreshSession("refresh-1");
    expect(session.refreshToken).toBe("refresh-2");
    expect(session.serverClockOffsetMs).toBeNull();
    expect(sent[0]?.body.variables).toEqual({ refreshToken: "refresh-1" });
    expect(sent[0]?.headers["authorization"]).toBeUndefined();
  });

  it("signs out with the access token as a bearer token", async () => {
    const { api, sent } = apiAnswering(() => json({ data: { signOut: true } }));
    await api.signOut("access-1");
    expect(sent[0]?.headers["authorization"]).toBe("Bearer access-1");
    expect(sent[0]?.body.operationName).toBe("SignOut");
  });

  it("asks for a code and reports how long it lives", async () => {
    const { api } = apiAnswering(() =>
      json({ data: { requestSignInCode: { accepted: true, expiresInSeconds: 600 } } }),
    );
    await expect(api.requestSignInCode("thandi@cloudtech.example")).resolves.toEqual({ expiresInSeconds: 600 });
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
    const failure = await failureOf(api.refreshSession("refresh-1"));
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
    const failure = await failureOf(api.refreshSession("refresh-1"));
    expect(failure.kind).toBe("unavailable");
  });

  it("reports an answer that is not GraphQL (a proxy's error page) as unavailable", async () => {
    const { api } = apiAnswering(() => new Response("<html>Bad Gateway</html>", { status: 502 }));
    const failure = await failureOf(api.refreshSession("refresh-1"));
    expect(failure).toMatchObject({
      kind: "unavailable",
      message: "DCX Cloud answered HTTP 502 without a GraphQL result",
    });
  });
});
