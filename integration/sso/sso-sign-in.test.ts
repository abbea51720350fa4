import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSsoWorld, type SsoWorld } from "./sso-world";

const ME = `{ me { email role organization { name } } mySessions { current userAgent signInMethod } }`;

/** Single sign-on end to end: the gateway, tenancy and a real OpenID Connect provider over HTTP. */
describe("single sign-on through the gateway", () => {
  let world: SsoWorld;
  beforeAll(async () => {
    world = await openSsoWorld();
  });
  afterAll(() => world?.close());

  it("offers single sign-on for an address in the organisation's domain, and says nothing of accounts", async () => {
    const options = `query($email: String!) { signInOptions(email: $email) { singleSignOn emailCode } }`;
    expect((await world.query(options, { email: "Anyone@Adcock.co.za" })).data).toEqual({
      signInOptions: { singleSignOn: true, emailCode: true },
    });
    expect((await world.query(options, { email: "someone@example.net" })).data).toEqual({
      signInOptions: { singleSignOn: false, emailCode: true },
    });
  });

  it("signs an existing user in by a verified e-mail, links the subject, and the session works through the gateway", async () => {
    const { result } = await world.signIn("it@adcock.co.za");
    expect(result.errors).toBeUndefined();
    const tokens = result.data!.completeSingleSignOn;
    expect(tokens.user).toMatchObject({
      id: world.users.adcockOwner.id,
      role: "OWNER",
      organization: { name: "Adcock" },
    });
    expect(tokens.refreshToken).toMatch(/^dcx_rt_/);
    const me = await world.query<{
      me: { email: string };
      mySessions: { current: boolean; userAgent: string | null; signInMethod: string }[];
    }>(ME, {}, tokens.accessToken);
    expect(me.data!.me.email).toBe("it@adcock.co.za");
    expect(me.data!.mySessions.find((session) => session.current)).toEqual({
      current: true,
      userAgent: "Mozilla/5.0 (X11; Linux x86_64) Test/1.0",
      signInMethod: "SINGLE_SIGN_ON",
    });
    // The refresh token is an ordinary session's: it rotates like an e-mail-code sign-in's.
    const refreshed = await world.query<{ refreshSession: { accessToken: string } }>(
      `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`,
      { t: tokens.refreshToken },
    );
    expect(refreshed.data?.refreshSession.accessToken).toBeTruthy();
  });

  it("signs the same person in again by subject, even when the IdP has since changed the address", async () => {
    const again = await world.signIn("it@adcock.co.za");
    expect(again.result.data?.completeSingleSignOn.user.id).toBe(world.users.adcockOwner.id);
  });
});
