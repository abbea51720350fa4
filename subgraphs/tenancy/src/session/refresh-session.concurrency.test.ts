import { verifyAccessToken } from "@dcx/kit";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessions } from "../db/schema";
import { openSignInWorld, type SignInWorld } from "../sign-in/sign-in.testing";
import { refreshSession } from "./refresh-session";
import { signInWithCode } from "./session.testing";

/** Runs on PGlite by default and on PostgreSQL (a pool of real connections) with TEST_POSTGRES_URL. */
describe("simultaneous refreshes with one token", () => {
  let world: SignInWorld;
  beforeAll(async () => {
    world = await openSignInWorld(new Date(Math.floor(Date.now() / 1000) * 1000));
  });
  afterAll(() => world.close());

  it("let exactly one succeed; the others count as reuse and end the session", async () => {
    const tokens = await signInWithCode(world, await world.newUser());
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        refreshSession(world.database.db, world.tenancy.sessions, {
          refreshToken: tokens.refreshToken,
          clientAddress: "198.51.100.40",
        }),
      ),
    );
    const succeeded = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    expect(succeeded).toHaveLength(1);
    for (const result of results.filter((r) => r.status === "rejected")) {
      expect(result.reason).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    }
    const { sessionId } = await verifyAccessToken(world.sessionPublicKey, tokens.accessToken);
    const [session] = await world.database.db.select().from(sessions).where(eq(sessions.id, sessionId));
    expect(session!.revokedReason).toBe("refresh token reuse");
    await expect(
      refreshSession(world.database.db, world.tenancy.sessions, {
        refreshToken: succeeded[0]!.refreshToken,
        clientAddress: "198.51.100.40",
      }),
    ).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });
});
