import { verifyAccessToken } from "@dcx/kit";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSecret } from "../credentials/secret";
import { refreshTokens, sessions } from "../db/schema";
import { openSignInWorld, type SignInWorld } from "../sign-in/sign-in.testing";
import { refreshSession } from "./refresh-session";
import { signInWithCode } from "./session.testing";

const INVALID = { message: "Invalid or expired refresh token; sign in again", extensions: { code: "UNAUTHENTICATED" } };
const DAY = 24 * 3600;

describe("refreshSession", () => {
  let world: SignInWorld;
  beforeAll(async () => {
    world = await openSignInWorld(new Date(Math.floor(Date.now() / 1000) * 1000));
  });
  afterAll(() => world.close());

  const refresh = (refreshToken: string, clientAddress = "198.51.100.30") =>
    refreshSession(world.database.db, world.tenancy.sessions, { refreshToken, clientAddress });
  const sessionOf = async (accessToken: string) => {
    const { sessionId } = await verifyAccessToken(world.sessionPublicKey, accessToken);
    const [row] = await world.database.db.select().from(sessions).where(eq(sessions.id, sessionId));
    return row!;
  };

  it("rotates: the token is used up, a new refresh token and access token for the same session come back", async () => {
    const first = await signInWithCode(world, await world.newUser());
    world.clock.advanceSeconds(540);
    const second = await refresh(first.refreshToken, "198.51.100.31");
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.user.id).toBe(first.user.id);
    const session = await sessionOf(second.accessToken);
    expect(session.id).toBe((await sessionOf(first.accessToken)).id);
    expect(session).toMatchObject({ lastRefreshedAt: world.clock.now(), clientAddress: "198.51.100.31" });
    const [used] = await world.database.db
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, hashSecret(first.refreshToken)));
    expect(used!.usedAt).toEqual(world.clock.now());
    const third = await refresh(second.refreshToken);
    expect((await sessionOf(third.accessToken)).revokedAt).toBeNull();
  });

  it("revokes the whole session when a used token comes back, and then refuses its newest token too", async () => {
    const first = await signInWithCode(world, await world.newUser());
    const second = await refresh(first.refreshToken);
    await expect(refresh(first.refreshToken)).rejects.toMatchObject(INVALID);
    const session = await sessionOf(first.accessToken);
    expect(session).toMatchObject({ revokedReason: "refresh token reuse", revokedAt: world.clock.now() });
    await expect(refresh(second.refreshToken)).rejects.toMatchObject(INVALID);
  });

  it("refuses a refresh token after its 7 days, and a session after its 30 days however often it was refreshed", async () => {
    const idle = await signInWithCode(world, await world.newUser());
    world.clock.advanceSeconds(7 * DAY - 1);
    const kept = await refresh(idle.refreshToken);
    world.clock.advanceSeconds(7 * DAY);
    await expect(refresh(kept.refreshToken)).rejects.toMatchObject(INVALID);
    expect((await sessionOf(idle.accessToken)).revokedAt).toBeNull();

    const busy = await signInWithCode(world, await world.newUser());
    let token = busy.refreshToken;
    for (let day = 0; day < 29; day += 1) {
      world.clock.advanceSeconds(DAY);
      token = (await refresh(token)).refreshToken;
    }
    const [last] = await world.database.db
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, hashSecret(token)));
    // The last token cannot outlive its session.
    expect(last!.expiresAt).toEqual((await sessionOf(busy.accessToken)).expiresAt);
    world.clock.advanceSeconds(DAY);
    await expect(refresh(token)).rejects.toMatchObject(INVALID);
  });

  it("refuses unknown tokens, tokens of a signed-out session and tokens of a disabled user", async () => {
    await expect(refresh("dcx_rt_not-a-token")).rejects.toMatchObject(INVALID);
    await expect(refresh("")).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "refreshToken" } });

    const signedOut = await signInWithCode(world, await world.newUser());
    const session = await sessionOf(signedOut.accessToken);
    await world.database.db
      .update(sessions)
      .set({ revokedAt: world.clock.now(), revokedReason: "signed out" })
      .where(eq(sessions.id, session.id));
    await expect(refresh(signedOut.refreshToken)).rejects.toMatchObject(INVALID);
    expect((await sessionOf(signedOut.accessToken)).revokedReason).toBe("signed out");

    const user = await world.newUser();
    const disabled = await signInWithCode(world, user);
    await world.disable(user);
    await expect(refresh(disabled.refreshToken)).rejects.toMatchObject(INVALID);
  });
});
