import { randomUUID } from "node:crypto";
import { type Caller, verifyAccessToken } from "@dcx/kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeIn, mailHandedOver } from "../sign-in/sign-in.testing";
import { asCaller, openTenancyWorld, type TenancyWorld } from "../tenancy-world.testing";
import { type User, UserRole } from "../user/user.type";

const REQUEST_CODE = `mutation($email: String!) { requestSignInCode(email: $email) { accepted } }`;
const SIGN_IN = `mutation($email: String!, $code: String!) {
  signIn(email: $email, code: $code) { accessToken accessTokenExpiresAt refreshToken user { id email organization { name } } } }`;
const REFRESH = `mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }`;
const SESSION_CALLER = `query($id: ID!) { internalSessionCaller(sessionId: $id) {
  kind id sessionId organizationId organizationKind role readOnly allOrganizations visibleOrganizationIds } }`;
const MY_SESSIONS = `{ mySessions { id createdAt lastRefreshedAt expiresAt clientAddress current } }`;

interface Tokens {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; organization: { name: string } };
}

describe("sessions in the graph", () => {
  let world: TenancyWorld;
  beforeAll(async () => {
    world = await openTenancyWorld();
  });
  afterAll(() => world.close());

  /** Signs in through the graph as an anonymous client would, and turns the session into its caller as the gateway does. */
  async function signIn(user: User): Promise<{ tokens: Tokens; caller: Caller }> {
    await world.subgraph.request(REQUEST_CODE, { email: user.email }, { as: null });
    await mailHandedOver();
    const code = codeIn(world.mailer.messages.filter((message) => message.to === user.email).at(-1));
    const result = await world.subgraph.request<{ signIn: Tokens }>(SIGN_IN, { email: user.email, code }, { as: null });
    expect(result.errors).toBeUndefined();
    const tokens = result.data!.signIn;
    const { sessionId } = await verifyAccessToken(world.sessionPublicKey, tokens.accessToken);
    const found = await world.subgraph.request<{ internalSessionCaller: never }>(
      SESSION_CALLER,
      { id: sessionId },
      {
        as: null,
      },
    );
    return { tokens, caller: asCaller(found.data!.internalSessionCaller) };
  }

  it("signs in anonymously with the e-mailed code, from the client address the gateway reports", async () => {
    const user = await world.newUser(world.orgs.vodacom);
    const { tokens, caller } = await signIn(user);
    expect(tokens.user).toEqual({ id: user.id, email: user.email, organization: { name: "Vodacom" } });
    expect(caller).toMatchObject({ kind: "user", id: user.id, organizationId: world.orgs.vodacom.id });
    const me = await world.subgraph.request(`{ me { id email role } }`, {}, { as: caller });
    expect(me).toEqual({ data: { me: { id: user.id, email: user.email, role: "ADMIN" } } });
    const sessions = await world.subgraph.request<{ mySessions: { clientAddress: string }[] }>(
      MY_SESSIONS,
      {},
      {
        as: caller,
      },
    );
    // The kit's test gateway reports 127.0.0.1 for every request.
    expect(sessions.data?.mySessions).toEqual([expect.objectContaining({ clientAddress: "127.0.0.1", current: true })]);
  });

  it("lists only the caller's own live sessions and marks the current one", async () => {
    const user = await world.newUser(world.orgs.adcock, UserRole.MEMBER);
    const laptop = await signIn(user);
    world.clock.advanceSeconds(60);
    const phone = await signIn(user);
    await signIn(await world.newUser(world.orgs.adcock));
    const result = await world.subgraph.request<{ mySessions: { id: string; current: boolean }[] }>(
      MY_SESSIONS,
      {},
      {
        as: phone.caller,
      },
    );
    expect(result.data?.mySessions.map((session) => [session.id, session.current])).toEqual([
      [phone.caller.sessionId, true],
      [laptop.caller.sessionId, false],
    ]);
  });

  it("revokes an own session, answers NOT_FOUND for another user's, and changes nothing then", async () => {
    const user = await world.newUser(world.orgs.pnp);
    const mine = await signIn(user);
    const other = await signIn(user);
    const colleague = await signIn(await world.newUser(world.orgs.pnp));
    const revoke = (id: string, as: Caller) =>
      world.subgraph.request(`mutation($id: ID!) { revokeSession(id: $id) }`, { id }, { as });

    for (const id of [colleague.caller.sessionId!, randomUUID()]) {
      const refused = await revoke(id, mine.caller);
      expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(["NOT_FOUND"]);
    }
    // An id that cannot be one is refused as input, naming it.
    expect((await revoke("not-an-id", mine.caller)).errors?.[0]?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      field: "id",
    });
    const stillLive = await world.subgraph.request(SESSION_CALLER, { id: colleague.caller.sessionId }, { as: null });
    expect(stillLive.data?.internalSessionCaller).not.toBeNull();

    expect(await revoke(other.caller.sessionId!, mine.caller)).toEqual({ data: { revokeSession: true } });
    const gone = await world.subgraph.request(SESSION_CALLER, { id: other.caller.sessionId }, { as: null });
    expect(gone).toEqual({ data: { internalSessionCaller: null } });
    const refresh = await world.subgraph.request(REFRESH, { token: other.tokens.refreshToken }, { as: null });
    expect(refresh.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("signs out: the session ends, its refresh token stops working", async () => {
    const { tokens, caller } = await signIn(await world.newUser(world.orgs.reseller));
    expect(await world.subgraph.request(`mutation { signOut }`, {}, { as: caller })).toEqual({
      data: { signOut: true },
    });
    const ended = await world.subgraph.request(SESSION_CALLER, { id: caller.sessionId }, { as: null });
    expect(ended).toEqual({ data: { internalSessionCaller: null } });
    const refresh = await world.subgraph.request(REFRESH, { token: tokens.refreshToken }, { as: null });
    expect(refresh.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });

  it("refreshes through the graph, rotating the token", async () => {
    const { tokens } = await signIn(await world.newUser(world.orgs.reseller));
    const first = await world.subgraph.request<{ refreshSession: Tokens }>(
      REFRESH,
      { token: tokens.refreshToken },
      {
        as: null,
      },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.refreshSession.refreshToken).not.toBe(tokens.refreshToken);
    const replay = await world.subgraph.request(REFRESH, { token: tokens.refreshToken }, { as: null });
    expect(replay.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });

  it("refuses text that cannot be a refresh token as input, and a well-formed unknown one as UNAUTHENTICATED", async () => {
    for (const token of ["dcx_rt_a\u0000b", "dcx_rt_a\nb", `dcx_rt_${"a".repeat(250)}`, "  "]) {
      const refused = await world.subgraph.request(REFRESH, { token }, { as: null });
      expect(refused.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "refreshToken" });
    }
    const longest = await world.subgraph.request(REFRESH, { token: `dcx_rt_${"a".repeat(249)}` }, { as: null });
    expect(longest.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("has no user, no sessions and nothing to sign out for an API key", async () => {
    const apiKey: Caller = { ...(await world.callerIn(world.orgs.vodacom)), kind: "api_key", sessionId: undefined };
    expect(await world.subgraph.request(`{ me { id } mySessions { id } }`, {}, { as: apiKey })).toEqual({
      data: { me: null, mySessions: [] },
    });
    const signOut = await world.subgraph.request(`mutation { signOut }`, {}, { as: apiKey });
    expect(signOut.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
  });
});
