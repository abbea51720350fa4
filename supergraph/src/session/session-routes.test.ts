import { verifyAccessToken } from "@dcx/kit";
import { graphqlRequest } from "@dcx/kit/testing";
import { parseSetCookie } from "cookie";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTenancyGateway, type TenancyGateway } from "../testing/tenancy-gateway";
import { REFRESH_COOKIE } from "./refresh-cookie";

interface Answer {
  status: number;
  setCookies: string[];
  text: string;
  body: { data?: Record<string, { accessToken: string } & Record<string, unknown>>; errors?: { extensions: object }[] };
}

const WEEK = 7 * 24 * 3600;

describe("the browser's session routes: the refresh token only ever in an HttpOnly cookie", () => {
  let world: TenancyGateway;
  beforeAll(async () => {
    world = await startTenancyGateway();
  });
  afterAll(() => world?.close());

  async function post(
    path: string,
    options: { body?: object; cookie?: string; authorization?: string; contentType?: string } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { "content-type": options.contentType ?? "application/json" };
    if (options.cookie !== undefined) headers["cookie"] = `${REFRESH_COOKIE}=${options.cookie}`;
    if (options.authorization) headers["authorization"] = `Bearer ${options.authorization}`;
    const response = await fetch(`${world.gateway.url}${path}`, {
      method: "POST",
      headers,
      body: JSON.stringify(options.body ?? {}),
    });
    const text = await response.text();
    return { status: response.status, setCookies: response.headers.getSetCookie(), text, body: JSON.parse(text) };
  }

  /** The refresh token a Set-Cookie hands over, after checking every attribute the cookie carries. */
  function issuedToken(answer: Answer): string {
    expect(answer.setCookies).toHaveLength(1);
    const cookie = answer.setCookies[0]!;
    const value = parseSetCookie(cookie).value!;
    expect(value).toMatch(/^dcx_rt_[A-Za-z0-9_-]{43}$/);
    expect(cookie).toBe(
      `${REFRESH_COOKIE}=${value}; Max-Age=${WEEK}; Path=/auth/refresh; HttpOnly; Secure; SameSite=Strict`,
    );
    // The token is in the cookie and nowhere in the body.
    expect(answer.text).not.toContain(value);
    expect(answer.text).not.toContain("refreshToken");
    expect(answer.text).not.toContain("dcx_rt_");
    return value;
  }

  function expectCleared(answer: Answer): void {
    expect(answer.setCookies).toHaveLength(1);
    expect(answer.setCookies[0]).toBe(
      `${REFRESH_COOKIE}=; Max-Age=0; Path=/auth/refresh; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Strict`,
    );
  }

  async function signedIn() {
    const { email, code } = await world.userWithCode();
    const answer = await post("/auth/sign-in", { body: { email, code } });
    expect(answer.status).toBe(200);
    return { email, answer, refreshToken: issuedToken(answer), accessToken: answer.body.data!.session!.accessToken };
  }

  it("signs in: the access token and the user in the body, the refresh token as the cookie", async () => {
    const { email, answer, accessToken } = await signedIn();
    expect(answer.body.data!.session).toEqual({
      accessToken,
      accessTokenExpiresAt: expect.any(String),
      user: expect.objectContaining({
        email,
        displayName: "Johan Botha",
        organization: expect.objectContaining({ name: "Adcock" }),
      }),
    });
    const me = await graphqlRequest(
      world.gateway.graphqlUrl,
      "{ me { email } }",
      {},
      { authorization: `Bearer ${accessToken}` },
    );
    expect(me.data).toEqual({ me: { email } });
  });

  it("refuses a wrong code with 401 and sets no cookie", async () => {
    const { email } = await world.userWithCode();
    const answer = await post("/auth/sign-in", { body: { email, code: "000000" } });
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(answer.setCookies).toEqual([]);
  });

  it("rotates the cookie on every refresh, and answers a new access token of the same session", async () => {
    const first = await signedIn();
    const refreshed = await post("/auth/refresh", { cookie: first.refreshToken });
    expect(refreshed.status).toBe(200);
    const second = issuedToken(refreshed);
    expect(second).not.toBe(first.refreshToken);
    const key = world.tenancySessionKey();
    const before = await verifyAccessToken(key, first.accessToken);
    const after = await verifyAccessToken(key, refreshed.body.data!.session!.accessToken);
    expect(after.sessionId).toBe(before.sessionId);
    expect(issuedToken(await post("/auth/refresh", { cookie: second }))).not.toBe(second);
  });

  it("refuses a refresh without the cookie", async () => {
    const answer = await post("/auth/refresh");
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: "UNAUTHENTICATED" });
    expect(answer.setCookies).toEqual([]);
  });

  it("refuses a stale (rotated) cookie, clears it, and the reuse ends the session", async () => {
    const first = await signedIn();
    const newest = issuedToken(await post("/auth/refresh", { cookie: first.refreshToken }));
    const stale = await post("/auth/refresh", { cookie: first.refreshToken });
    expect(stale.status).toBe(401);
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    expectCleared(stale);
    const afterReuse = await post("/auth/refresh", { cookie: newest });
    expect(afterReuse.status).toBe(401);
    expectCleared(afterReuse);
  });

  it("refuses a refresh that is not JSON (a cross-site form cannot send one) and leaves the token unused", async () => {
    const { refreshToken } = await signedIn();
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const answer = await post("/auth/refresh", { cookie: refreshToken, contentType });
      expect(answer.status).toBe(415);
      expect(answer.body.errors?.[0]?.extensions).toEqual({ code: "BAD_REQUEST" });
      expect(answer.setCookies).toEqual([]);
    }
    expect((await post("/auth/refresh", { cookie: refreshToken })).status).toBe(200);
  });

  it("answers malformed JSON as a GraphQL-shaped BAD_REQUEST", async () => {
    const response = await fetch(`${world.gateway.url}/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST" } }] });
  });

  it("grants no CORS: another origin's preflight gets no Access-Control-Allow-Origin", async () => {
    const preflight = await fetch(`${world.gateway.url}/auth/refresh`, {
      method: "OPTIONS",
      headers: {
        origin: "https://evil.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("signs out: the session ends on the server and the cookie is cleared", async () => {
    const { refreshToken, accessToken } = await signedIn();
    const answer = await post("/auth/sign-out", { authorization: accessToken });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { signedOut: true } });
    expectCleared(answer);
    const refresh = await post("/auth/refresh", { cookie: refreshToken });
    expect(refresh.status).toBe(401);
  });

  it("clears the cookie on sign-out even without a usable access token", async () => {
    const answer = await post("/auth/sign-out");
    expect(answer.status).toBe(401);
    expectCleared(answer);
  });

  it("keeps the graph's signIn for non-browser clients, which get the refresh token in the body", async () => {
    const { email, code } = await world.userWithCode();
    const result = await graphqlRequest<{ signIn: { refreshToken: string } }>(
      world.gateway.graphqlUrl,
      `mutation($email: String!, $code: String!) { signIn(email: $email, code: $code) { refreshToken } }`,
      { email, code },
    );
    expect(result.data?.signIn.refreshToken).toMatch(/^dcx_rt_/);
  });
});
