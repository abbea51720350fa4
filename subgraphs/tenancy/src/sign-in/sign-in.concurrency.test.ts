import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInCodes } from "../db/schema";
import { requestSignInCode } from "./request-sign-in-code";
import { codeIn, mailHandedOver, openSignInWorld, type SignInWorld } from "./sign-in.testing";
import { verifySignInCode } from "./verify-sign-in-code";

/** Runs on PGlite by default and on PostgreSQL (a pool of real connections) with TEST_POSTGRES_URL. */
describe("concurrent sign-in", () => {
  let world: SignInWorld;
  beforeAll(async () => {
    world = await openSignInWorld();
  });
  afterAll(() => world.close());

  const request = (email: string) =>
    requestSignInCode(world.database.db, world.deps, { email, clientAddress: "198.51.100.7" });

  it("lets exactly one of several simultaneous verifications of one code succeed", async () => {
    const user = await world.newUser();
    await request(user.email);
    await mailHandedOver();
    const code = codeIn(world.mailer.messages.at(-1));
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        verifySignInCode(world.database.db, world.deps, { email: user.email, code, clientAddress: "198.51.100.7" }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refusals = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(refusals).toHaveLength(3);
    for (const reason of refusals) expect(reason).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });

  it("holds the per-address request limit exactly under simultaneous requests", async () => {
    const user = await world.newUser();
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => request(user.email)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(5);
    const rows = await world.database.db.select().from(signInCodes).where(eq(signInCodes.email, user.email));
    expect(rows).toHaveLength(5);
    expect(rows.filter((row) => row.expiresAt > world.clock.now())).toHaveLength(1);
  });
});
