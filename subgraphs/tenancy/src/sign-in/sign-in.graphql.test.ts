import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeTenancy } from "../tenancy-graphql.testing";
import { mailHandedOver, openSignInWorld, type SignInWorld } from "./sign-in.testing";

const REQUEST = `mutation($email: String!) { requestSignInCode(email: $email) { accepted expiresInSeconds } }`;
const SIGN_IN = `mutation($email: String!, $code: String!) { signIn(email: $email, code: $code) { accessToken } }`;

describe("requestSignInCode over GraphQL", () => {
  let world: SignInWorld;
  beforeAll(async () => {
    world = await openSignInWorld();
  });
  afterAll(() => world.close());

  const ask = (email: string, clientAddress?: string) =>
    executeTenancy(world.database.db, world.tenancy, REQUEST, { email }, clientAddress ? { clientAddress } : {});

  it("gives one and the same response for a known and an unknown address", async () => {
    const user = await world.newUser();
    const known = await ask(user.email);
    const unknown = await ask("nobody@datacentrix.co.za");
    expect(known).toEqual({ data: { requestSignInCode: { accepted: true, expiresInSeconds: 600 } } });
    expect(unknown).toEqual(known);
    await mailHandedOver();
    expect(world.mailer.messages.map((message) => message.to)).toEqual([user.email]);
  });

  it("reports RATE_LIMITED with the seconds to wait after 20 requests from one client", async () => {
    const user = await world.newUser();
    for (let i = 0; i < 20; i += 1) expect((await ask(user.email, "198.51.100.9")).errors).toBeUndefined();
    const refused = await ask(user.email, "198.51.100.9");
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions).toEqual({ code: "RATE_LIMITED", retryAfterSeconds: 900 });
  });

  it("reports a client's sixth wrong code in a row as RATE_LIMITED, the first five as one error", async () => {
    const signIn = () =>
      executeTenancy(
        world.database.db,
        world.tenancy,
        SIGN_IN,
        { email: "nobody@datacentrix.co.za", code: "000000" },
        { clientAddress: "198.51.100.11" },
      );
    for (let i = 0; i < 5; i += 1) {
      const refused = await signIn();
      expect(refused.errors?.[0]).toMatchObject({
        message: "Invalid or expired code",
        extensions: { code: "UNAUTHENTICATED" },
      });
    }
    const limited = await signIn();
    expect(limited.data).toBeNull();
    expect(limited.errors?.[0]?.extensions).toEqual({ code: "RATE_LIMITED", retryAfterSeconds: 30 });
  });

  it("reports a malformed address as BAD_USER_INPUT", async () => {
    const refused = await ask("jane@");
    expect(refused.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "email" });
  });
});
