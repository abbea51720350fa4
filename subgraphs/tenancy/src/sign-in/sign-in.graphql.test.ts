import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeTenancy } from "../tenancy-graphql.testing";
import { mailHandedOver, openSignInWorld, type SignInWorld } from "./sign-in.testing";

const REQUEST = `mutation($email: String!) { requestSignInCode(email: $email) { accepted expiresInSeconds } }`;

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

  it("reports RATE_LIMITED with the seconds to wait", async () => {
    const user = await world.newUser();
    for (let i = 0; i < 5; i += 1) await ask(user.email, "198.51.100.9");
    const refused = await ask(user.email, "198.51.100.9");
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions).toEqual({ code: "RATE_LIMITED", retryAfterSeconds: 900 });
  });

  it("reports a malformed address as BAD_USER_INPUT", async () => {
    const refused = await ask("jane@");
    expect(refused.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "email" });
  });
});
