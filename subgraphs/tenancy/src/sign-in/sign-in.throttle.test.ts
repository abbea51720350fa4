import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { requestSignInCode } from "./request-sign-in-code";
import { openSignInWorld, type SignInWorld } from "./sign-in.testing";
import { verifySignInCode } from "./verify-sign-in-code";

const INVALID = { extensions: { code: "UNAUTHENTICATED" } };
const limited = (retryAfterSeconds: number) => ({ extensions: { code: "RATE_LIMITED", retryAfterSeconds } });

/** Guessing throttles, each at its exact boundary on both sides. */
describe("sign-in guessing throttles", () => {
  let world: SignInWorld;
  beforeAll(async () => {
    world = await openSignInWorld();
  });
  afterAll(() => world.close());
  // Every test starts two hours after the last one's guesses, so no count carries over.
  afterEach(() => world.clock.advanceSeconds(2 * 3600));

  const guess = (clientAddress: string, email = "target@datacentrix.co.za") =>
    verifySignInCode(world.database.db, world.deps, { email, code: "000000", clientAddress });

  it("gives a client 5 free wrong guesses, then waits of 30 s, 1 min, 2 min … since its last one", async () => {
    const client = "198.51.100.50";
    for (let i = 0; i < 5; i += 1) await expect(guess(client)).rejects.toMatchObject(INVALID);
    for (const backoff of [30, 60, 120, 240]) {
      await expect(guess(client)).rejects.toMatchObject(limited(backoff));
      world.clock.advanceMs(backoff * 1000 - 1);
      await expect(guess(client)).rejects.toMatchObject(limited(1));
      world.clock.advanceMs(1);
      await expect(guess(client)).rejects.toMatchObject(INVALID);
    }
  });

  it("caps the wait at 15 minutes", async () => {
    const client = "198.51.100.51";
    for (let i = 0; i < 5; i += 1) await guess(client).catch(() => null);
    // Waits of 30, 60, 120 and 240 s: the 9th guess lands 7½ minutes in.
    for (const backoff of [30, 60, 120, 240]) {
      world.clock.advanceSeconds(backoff);
      await expect(guess(client)).rejects.toMatchObject(INVALID);
    }
    // 30 s × 2^4 = 8 min, then 16 min capped to 15: both within the hour of the first five.
    await expect(guess(client)).rejects.toMatchObject(limited(480));
    world.clock.advanceSeconds(480);
    await expect(guess(client)).rejects.toMatchObject(INVALID);
    await expect(guess(client)).rejects.toMatchObject(limited(900));
    world.clock.advanceMs(900_000 - 1);
    await expect(guess(client)).rejects.toMatchObject(limited(1));
    world.clock.advanceMs(1);
    await expect(guess(client)).rejects.toMatchObject(INVALID);
    await expect(guess(client)).rejects.toMatchObject(limited(900));
  });

  it("forgets a client's wrong guesses an hour after they were made", async () => {
    const client = "198.51.100.52";
    for (let i = 0; i < 5; i += 1) await guess(client).catch(() => null);
    world.clock.advanceSeconds(30);
    await expect(guess(client)).rejects.toMatchObject(INVALID); // 6 in the hour: the next waits 60 s
    world.clock.advanceMs(60 * 60_000 - 30_000 - 1);
    // 59:59.999 after the first five they still count: 6 guesses, the wait after the last one is over.
    await expect(guess(client)).rejects.toMatchObject(INVALID); // the 7th: now 7 in the hour
    await expect(guess(client)).rejects.toMatchObject(limited(120));
    world.clock.advanceMs(1);
    // An hour after the first five they are gone: 2 remain, so guessing is free again.
    await expect(guess(client)).rejects.toMatchObject(INVALID);
    await expect(guess(client)).rejects.toMatchObject(INVALID);
  });

  it("after 60 wrong guesses in a minute anywhere, holds back clients with a wrong guess, not clean ones", async () => {
    const user = await world.newUser();
    const dirty = "192.0.2.200";
    await expect(guess(dirty)).rejects.toMatchObject(INVALID);
    world.clock.advanceSeconds(10);
    // 58 more from a crowd of clients (5 each, their free allowance), all at one moment.
    for (let i = 0; i < 58; i += 1) await expect(guess(`192.0.2.${Math.floor(i / 5)}`)).rejects.toMatchObject(INVALID);
    await expect(guess(dirty)).rejects.toMatchObject(INVALID); // the 60th in the minute is still compared
    // The 61st from a client that guessed wrong waits until the oldest guess is a minute old.
    await expect(guess(dirty)).rejects.toMatchObject(limited(50));
    await expect(guess("unknown")).rejects.toMatchObject(limited(50));
    // A client with a clean hour is still heard: the rightful user signs in.
    await requestSignInCode(world.database.db, world.deps, { email: user.email, clientAddress: "198.51.100.77" });
    const code = await world.latestCodeFor(user.email);
    await expect(
      verifySignInCode(world.database.db, world.deps, { email: user.email, code, clientAddress: "198.51.100.77" }),
    ).resolves.toMatchObject({ id: user.id });

    world.clock.advanceMs(50_000 - 1);
    await expect(guess(dirty)).rejects.toMatchObject(limited(1));
    world.clock.advanceMs(1);
    await expect(guess(dirty)).rejects.toMatchObject(INVALID);
  });
});
