import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACK_CHANNEL_LOGOUT_PATH } from "@dcx/tenancy";
import { openSsoWorld, type SsoWorld } from "./sso-world";

const LOGOUT_URL = `query($to: String!) { singleSignOnLogoutUrl(postLogoutRedirectUri: $to) }`;
const ME = `{ me { email } }`;
const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.["code"];

/** Ending sessions both ways: the platform sends the browser to the IdP, the IdP tells tenancy. */
describe("single sign-on logout", () => {
  let world: SsoWorld;
  beforeAll(async () => {
    world = await openSsoWorld();
  });
  afterAll(() => world?.close());

  it("RP-initiated: the IdP's end-session URL with the ID token as hint; ending there comes back to the dashboard", async () => {
    const { result, browser } = await world.signIn("it@adcock.co.za");
    const token = result.data!.completeSingleSignOn.accessToken;
    const answer = await world.query<{ singleSignOnLogoutUrl: string }>(
      LOGOUT_URL,
      { to: "http://127.0.0.1:5207/" },
      token,
    );
    const url = new URL(answer.data!.singleSignOnLogoutUrl);
    expect(url.origin + url.pathname).toBe(`${world.adcockIdp.issuer}/session/end`);
    expect(url.searchParams.get("id_token_hint")).toMatch(/^ey/);
    expect(url.searchParams.get("post_logout_redirect_uri")).toBe("http://127.0.0.1:5207/");
    // The dashboard signs out of the platform, then sends the browser there.
    expect((await world.query(`mutation { signOut }`, {}, token)).data).toEqual({ signOut: true });
    const delivered = world.adcockIdp.nextBackchannelDelivery();
    const ended = await browser.signOut(url.href);
    expect(ended).toEqual({ leftTo: "http://127.0.0.1:5207/" });
    expect((await delivered).ok).toBe(true);
    // The IdP session is over: the next sign-in asks for the password again.
    const again = await browser.signIn(await world.start("it@adcock.co.za"), "it@adcock.co.za", "wrong password");
    expect("page" in again && again.page).toContain("Wrong e-mail address or password");
  });

  it("is null for a session signed in with an e-mail code", async () => {
    const token = await world.signInWithCode("admin@adcock.co.za");
    expect((await world.query(LOGOUT_URL, { to: "http://127.0.0.1:5207/" }, token)).data).toEqual({
      singleSignOnLogoutUrl: null,
    });
  });

  it("back-channel: the IdP ending its session revokes the platform session at the next request", async () => {
    const first = await world.signIn("it@adcock.co.za");
    const token = first.result.data!.completeSingleSignOn.accessToken;
    const refresh = first.result.data!.completeSingleSignOn.refreshToken;
    // Another session of the same person in another browser stays: the IdP ends one session (sid).
    const other = await world.signIn("it@adcock.co.za");
    const otherToken = other.result.data!.completeSingleSignOn.accessToken;
    expect((await world.query(ME, {}, token)).data).toEqual({ me: { email: "it@adcock.co.za" } });

    // The person signs out at the IdP itself (not through the platform).
    const delivered = world.adcockIdp.nextBackchannelDelivery();
    await first.browser.signOut(`${world.adcockIdp.issuer}/session/end`);
    expect(await delivered).toMatchObject({ clientId: "dcx-cloud", ok: true });

    const refused = await world.query(ME, {}, token);
    expect(codeOf(refused)).toBe("UNAUTHENTICATED");
    const refreshed = await world.query(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, {
      t: refresh,
    });
    expect(codeOf(refreshed)).toBe("UNAUTHENTICATED");
    expect((await world.query(ME, {}, otherToken)).data).toEqual({ me: { email: "it@adcock.co.za" } });
  });

  it("refuses logout tokens that do not check out, and ends nothing", async () => {
    const { result } = await world.signIn("it@adcock.co.za");
    const token = result.data!.completeSingleSignOn.accessToken;
    const post = (body: string, type = "application/x-www-form-urlencoded") =>
      fetch(`${world.subgraph.server.url}${BACK_CHANNEL_LOGOUT_PATH}`, {
        method: "POST",
        headers: { "content-type": type },
        body,
      });
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const unsigned = `${b64({ alg: "none" })}.${b64({
      iss: world.adcockIdp.issuer,
      aud: "dcx-cloud",
      iat: Math.floor(Date.now() / 1000),
      sub: "adcock-0001",
      events: { "http://schemas.openid.net/event/backchannel-logout": {} },
    })}.`;
    for (const body of ["", "logout_token=not-a-jwt", `logout_token=${unsigned}`]) {
      const response = await post(body);
      expect(response.status, body).toBe(400);
      expect(await response.json()).toMatchObject({ error: "invalid_request" });
    }
    expect((await post(`{"logout_token":"${unsigned}"}`, "application/json")).status).toBe(400);
    expect((await world.query(ME, {}, token)).data).toEqual({ me: { email: "it@adcock.co.za" } });
  });
});
