import { createHash, randomBytes } from "node:crypto";
import type { CustomFetch } from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAtIdp } from "@dcx/oidc-simulator/testing";
import { CALLBACK, openSsoWorld, PASSWORD, type SsoWorld } from "./sso-world";

/**
 * An ID token made for another client of the same IdP, genuinely signed and carrying the right
 * nonce, slipped into the token endpoint's answer (as a hostile network or proxy could): the
 * audience check alone must refuse it.
 */
describe("single sign-on and an ID token for another client", () => {
  let world: SsoWorld;
  const logged: string[] = [];
  const swap: { body?: string } = {};
  const through: CustomFetch = async (url, init) => {
    if (swap.body && new URL(url).pathname === "/token") {
      const body = swap.body;
      swap.body = undefined;
      return new Response(body, { status: 200, headers: { "content-type": "application/json" } });
    }
    return fetch(url, init as RequestInit);
  };

  beforeAll(async () => {
    world = await openSsoWorld({ idpFetch: through, log: (line) => logged.push(line) });
  });
  afterAll(() => world?.close());

  it("is refused for its audience, and no session starts", async () => {
    const ours = new URL(await world.start("it@adcock.co.za"));
    // The attacker's own, complete sign-in for "other-app", with our attempt's nonce.
    const verifier = randomBytes(32).toString("base64url");
    const theirs = new URL(ours);
    theirs.searchParams.set("client_id", "other-app");
    theirs.searchParams.set("state", "attacker");
    theirs.searchParams.set("code_challenge", createHash("sha256").update(verifier).digest("base64url"));
    const attacker = await signInAtIdp(theirs.href, "it@adcock.co.za", PASSWORD, world.adcockIdp.issuer);
    const token = await fetch(`${world.adcockIdp.issuer}/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code: new URL(attacker.callbackUrl).searchParams.get("code")!,
        redirect_uri: CALLBACK,
        code_verifier: verifier,
        client_id: "other-app",
        client_secret: `other-app-secret-${"x".repeat(20)}`,
      }).toString(),
    });
    expect(token.status).toBe(200);
    const stolen = await token.text();
    expect(JSON.parse(stolen)).toHaveProperty("id_token");

    // Our own sign-in comes back; its token answer is replaced by the other client's.
    const { callbackUrl } = await signInAtIdp(ours.href, "it@adcock.co.za", PASSWORD, world.adcockIdp.issuer);
    swap.body = stolen;
    const result = await world.complete(callbackUrl);
    expect(result.errors?.[0]?.extensions?.["code"]).toBe("UNAUTHENTICATED");
    expect(swap.body).toBeUndefined();
    expect(logged.join("\n")).toMatch(/claim aud/);

    // The same path untouched signs in: the refusal above was the audience, not the set-up.
    const fine = await world.signIn("it@adcock.co.za");
    expect(fine.result.data?.completeSingleSignOn.user.email).toBe("it@adcock.co.za");
  });
});
