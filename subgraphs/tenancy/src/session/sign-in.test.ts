import { verifyAccessToken } from "@dcx/kit";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSecret } from "../credentials/secret";
import { refreshTokens, sessions } from "../db/schema";
import { openSignInWorld, type SignInWorld } from "../sign-in/sign-in.testing";
import { signIn } from "./sign-in";
import { signInWithCode } from "./session.testing";

describe("signIn", () => {
  let world: SignInWorld;
  beforeAll(async () => {
    // Now, to the second: access tokens carry whole seconds, and the gateway checks them against real time.
    world = await openSignInWorld(new Date(Math.floor(Date.now() / 1000) * 1000));
  });
  afterAll(() => world.close());

  it("answers an access token the gateway accepts, naming a new 30-day session of the user", async () => {
    const user = await world.newUser();
    const tokens = await signInWithCode(world, user, "198.51.100.20");
    const claims = await verifyAccessToken(world.sessionPublicKey, tokens.accessToken);
    expect(claims.userId).toBe(user.id);
    expect(tokens.accessTokenExpiresAt.getTime() - world.clock.now().getTime()).toBe(600_000);
    expect(tokens.user).toMatchObject({ id: user.id, email: user.email });

    const [session] = await world.database.db.select().from(sessions).where(eq(sessions.id, claims.sessionId));
    expect(session).toMatchObject({
      userId: user.id,
      clientAddress: "198.51.100.20",
      revokedAt: null,
      lastRefreshedAt: null,
      userAgent: null,
    });
    expect(session!.expiresAt.getTime() - session!.createdAt.getTime()).toBe(30 * 24 * 3_600_000);
  });

  it("answers a dcx_rt_ refresh token of 32 random bytes and stores only its SHA-256", async () => {
    const tokens = await signInWithCode(world, await world.newUser());
    expect(tokens.refreshToken).toMatch(/^dcx_rt_[A-Za-z0-9_-]{43}$/);
    const { sessionId } = await verifyAccessToken(world.sessionPublicKey, tokens.accessToken);
    const rows = await world.database.db.select().from(refreshTokens).where(eq(refreshTokens.sessionId, sessionId));
    expect(rows).toEqual([expect.objectContaining({ tokenHash: hashSecret(tokens.refreshToken), usedAt: null })]);
    expect(rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()).toBe(7 * 24 * 3_600_000);
    const everything = JSON.stringify(await world.database.db.select().from(refreshTokens));
    expect(everything).not.toContain(tokens.refreshToken);
    expect(everything).not.toContain(tokens.refreshToken.slice("dcx_rt_".length));
  });

  it("starts no session for a wrong code", async () => {
    const user = await world.newUser();
    const before = await world.database.db.select().from(sessions);
    await expect(
      signIn(world.database.db, world.tenancy, { email: user.email, code: "000000", clientAddress: "198.51.100.21" }),
    ).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect(await world.database.db.select().from(sessions)).toHaveLength(before.length);
  });
});
