import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "../user/user.type";
import { requestSignInCode } from "./request-sign-in-code";
import { openSignInWorld, type SignInWorld, wrongCode } from "./sign-in.testing";
import { verifySignInCode } from "./verify-sign-in-code";

const USER_CLIENT = "198.51.100.10";

/**
 * An attacker who does not receive the victim's e-mail hammers the victim's address with code
 * requests and wrong codes from a client of their own. Whichever goes first, the victim gets a
 * working code and signs in within a minute.
 */
describe("nobody can lock a user out of signing in", () => {
  let world: SignInWorld;
  beforeAll(async () => {
    world = await openSignInWorld();
  });
  afterAll(() => world.close());

  let attackers = 0;
  const request = (email: string, clientAddress: string) =>
    requestSignInCode(world.database.db, world.deps, { email, clientAddress }).catch((error: unknown) => error);
  const verify = (email: string, code: string, clientAddress: string) =>
    verifySignInCode(world.database.db, world.deps, { email, code, clientAddress });

  const newAttacker = () => `203.0.113.${++attackers}`;

  /**
   * 30 code requests and 30 wrong codes for the address over 3 seconds. The guesses are made wrong
   * on purpose (from the victim's inbox, which the attacker cannot read), so none can succeed by luck.
   */
  async function hammer(victim: User, attacker: string) {
    for (let i = 0; i < 30; i += 1) {
      await request(victim.email, attacker);
      const guess = wrongCode(await world.latestCodeFor(victim.email).catch(() => "000000"));
      await verify(victim.email, guess, attacker).catch(() => null);
      world.clock.advanceMs(100);
    }
  }

  it("the attacker first, then the user: the user signs in within a minute", async () => {
    const victim = await world.newUser();
    // Without any code having been requested: these count against the attacker only.
    const attacker = newAttacker();
    for (let i = 0; i < 5; i += 1) await verify(victim.email, "123456", attacker).catch(() => null);
    world.clock.advanceSeconds(30);
    await hammer(victim, attacker);
    const start = world.clock.now().getTime();

    world.clock.advanceSeconds(5);
    expect(await request(victim.email, USER_CLIENT)).toEqual({ accepted: true, expiresInSeconds: 600 });
    const code = await world.latestCodeFor(victim.email);
    world.clock.advanceSeconds(20);
    await expect(verify(victim.email, code, USER_CLIENT)).resolves.toMatchObject({ id: victim.id });
    expect(world.clock.now().getTime() - start).toBeLessThan(60_000);
  });

  it("the user first, then the attacker: the user signs in with that code while it survives", async () => {
    const victim = await world.newUser();
    await request(victim.email, USER_CLIENT);
    const code = await world.latestCodeFor(victim.email);
    const attacker = newAttacker();
    for (let i = 0; i < 30; i += 1) await request(victim.email, attacker);
    for (let i = 0; i < 4; i += 1) await verify(victim.email, wrongCode(code), attacker).catch(() => null);
    world.clock.advanceSeconds(30);
    await expect(verify(victim.email, code, USER_CLIENT)).resolves.toMatchObject({ id: victim.id });
  });

  it("the user first, then the attacker wears the code out: a fresh one signs in within a minute", async () => {
    const victim = await world.newUser();
    await request(victim.email, USER_CLIENT);
    const start = world.clock.now().getTime();
    const first = await world.latestCodeFor(victim.email);
    const attacker = newAttacker();
    await hammer(victim, attacker);

    world.clock.advanceSeconds(10);
    await expect(verify(victim.email, first, USER_CLIENT)).rejects.toMatchObject({
      extensions: { code: "UNAUTHENTICATED" },
    });
    await request(victim.email, USER_CLIENT);
    const fresh = await world.latestCodeFor(victim.email);
    expect(fresh).not.toBe(first);
    // The attacker keeps going, but its client is backing off.
    await hammer(victim, attacker);
    world.clock.advanceSeconds(15);
    await expect(verify(victim.email, fresh, USER_CLIENT)).resolves.toMatchObject({ id: victim.id });
    expect(world.clock.now().getTime() - start).toBeLessThan(60_000);
  });
});
