import { customerUser } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenancySubgraph } from "./index";
import { openTenancyWorld, type TenancyWorld } from "./tenancy-world.testing";

const REQUEST = `mutation($email: String!) { requestSignInCode(email: $email) { accepted } }`;

describe("the request context", () => {
  let world: TenancyWorld;
  beforeAll(async () => {
    world = await openTenancyWorld();
  });
  afterAll(() => world.close());

  it("carries the caller and the client address the gateway signed", () => {
    const caller = customerUser(world.orgs.adcock.id);
    const ctx = createTenancySubgraph(() => world.deps).createContext(world.db, {
      caller,
      clientAddress: "203.0.113.5",
    });
    expect(ctx).toMatchObject({ caller, clientAddress: "203.0.113.5", signIn: world.deps.signIn });
    expect(ctx.sessions).toBe(world.deps.sessions);
  });

  it("limits sign-in code requests per client address as the gateway reports it", async () => {
    // The kit's test gateway signs every request as coming from 127.0.0.1.
    for (let i = 0; i < 20; i += 1) {
      const result = await world.subgraph.request(REQUEST, { email: `probe${i}@example.com` }, { as: null });
      expect(result.errors).toBeUndefined();
    }
    const refused = await world.subgraph.request(REQUEST, { email: "one-more@example.com" }, { as: null });
    expect(refused.errors?.[0]?.extensions).toEqual({ code: "RATE_LIMITED", retryAfterSeconds: 900 });
  });
});
