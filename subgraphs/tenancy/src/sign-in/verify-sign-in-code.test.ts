import * as crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signInCodes, signInEvents } from "../db/schema";
import type { User } from "../user/user.type";
import { requestSignInCode } from "./request-sign-in-code";
import { openSignInWorld, type SignInWorld, wrongCode } from "./sign-in.testing";
import { verifySignInCode } from "./verify-sign-in-code";

vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof crypto>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const INVALID = { message: "Invalid or expired code", extensions: { code: "UNAUTHENTICATED" } };
const USER_CLIENT = "198.51.100.7";

describe("verifySignInCode", () => {
  let world: SignInWorld;
  beforeAll(async () => {
    world = await openSignInWorld();
  });
  afterAll(() => world.close());

  async function sendCode(user: User): Promise<string> {
    await requestSignInCode(world.database.db, world.deps, { email: user.email, clientAddress: USER_CLIENT });
    return world.latestCodeFor(user.email);
  }
  const verify = (email: string, code: string, clientAddress = USER_CLIENT) =>
    verifySignInCode(world.database.db, world.deps, { email, code, clientAddress });
  /** Each test guesses from client addresses of its own, so one test's guesses never slow another. */
  let clients = 0;
  const newClient = () => `203.0.113.${++clients}`;

  it("signs the user in once with the code they were sent", async () => {
    const user = await world.newUser();
    const code = await sendCode(user);
    await expect(verify(` ${user.email.toUpperCase()} `, ` ${code} `)).resolves.toMatchObject({
      id: user.id,
      email: user.email,
    });
    await expect(verify(user.email, code, newClient())).rejects.toMatchObject(INVALID);
  });

  it("accepts a code until 10 minutes have passed, not at 10 minutes", async () => {
    const user = await world.newUser();
    const code = await sendCode(user);
    world.clock.advanceSeconds(600);
    await expect(verify(user.email, code, newClient())).rejects.toMatchObject(INVALID);
    const fresh = await sendCode(user);
    world.clock.advanceMs(599_999);
    await expect(verify(user.email, fresh)).resolves.toMatchObject({ id: user.id });
  });

  it("answers wrong, replaced, unknown-address and disabled-user codes with one error", async () => {
    const user = await world.newUser();
    const first = await sendCode(user);
    world.clock.advanceSeconds(60);
    await sendCode(user);
    await expect(verify(user.email, first, newClient())).rejects.toMatchObject(INVALID);
    await expect(verify("nobody@datacentrix.co.za", "123456", newClient())).rejects.toMatchObject(INVALID);
    const disabled = await world.newUser();
    const code = await sendCode(disabled);
    await world.disable(disabled);
    await expect(verify(disabled.email, code, newClient())).rejects.toMatchObject(INVALID);
  });

  it("lets a code survive 4 wrong guesses and kills it at the 5th, and only that code", async () => {
    const survivor = await world.newUser();
    const kept = await sendCode(survivor);
    for (let i = 0; i < 4; i += 1) await expect(verify(survivor.email, wrongCode(kept), newClient())).rejects.toThrow();
    await expect(verify(survivor.email, kept)).resolves.toMatchObject({ id: survivor.id });

    const user = await world.newUser();
    const code = await sendCode(user);
    // From five different clients, so no client's own throttle is what stops the code.
    for (let i = 0; i < 5; i += 1) await expect(verify(user.email, wrongCode(code), newClient())).rejects.toThrow();
    const [row] = await world.database.db.select().from(signInCodes).where(eq(signInCodes.email, user.email));
    expect(row!.failedAttempts).toBe(5);
    await expect(verify(user.email, code)).rejects.toMatchObject(INVALID);
    // The address is not locked: a fresh code, asked for straight away, works.
    await expect(verify(user.email, await sendCode(user))).resolves.toMatchObject({ id: user.id });
  });

  it("counts a guess for an address without a live code against the client, never the address", async () => {
    const victim = await world.newUser();
    const attacker = newClient();
    for (let i = 0; i < 5; i += 1)
      await expect(verify(victim.email, "000000", attacker)).rejects.toMatchObject(INVALID);
    // The attacker's client now backs off, for any address …
    await expect(verify(victim.email, "000000", attacker)).rejects.toMatchObject({
      extensions: { code: "RATE_LIMITED", retryAfterSeconds: 30 },
    });
    await expect(verify("someone.else@datacentrix.co.za", "000000", attacker)).rejects.toMatchObject({
      extensions: { code: "RATE_LIMITED" },
    });
    // … while the victim's own code, sent now, signs in at once.
    await expect(verify(victim.email, await sendCode(victim))).resolves.toMatchObject({ id: victim.id });
    const recorded = await world.database.db.select().from(signInEvents).where(eq(signInEvents.email, victim.email));
    expect(recorded.filter((event) => event.kind === "code_rejected").map((event) => event.clientAddress)).toEqual(
      Array(5).fill(attacker),
    );
  });

  it("applies the same rules to unknown addresses: one error, the client's throttle", async () => {
    const client = newClient();
    for (let i = 0; i < 5; i += 1)
      await expect(verify("ghost@datacentrix.co.za", "000000", client)).rejects.toMatchObject(INVALID);
    await expect(verify("ghost@datacentrix.co.za", "000000", client)).rejects.toMatchObject({
      extensions: { code: "RATE_LIMITED", retryAfterSeconds: 30 },
    });
  });

  it("compares in constant time, also when there is no code to compare with", async () => {
    const user = await world.newUser();
    const code = await sendCode(user);
    vi.mocked(crypto.timingSafeEqual).mockClear();
    await verify(user.email, code);
    await verify(user.email, code, newClient()).catch(() => null);
    await verify("nobody.at.all@datacentrix.co.za", code, newClient()).catch(() => null);
    expect(crypto.timingSafeEqual).toHaveBeenCalledTimes(3);
    for (const [a, b] of vi.mocked(crypto.timingSafeEqual).mock.calls) {
      expect([(a as Buffer).length, (b as Buffer).length]).toEqual([32, 32]);
    }
  });
  it("refuses what cannot be a code as input, without counting, burning or recording anything", async () => {
    const user = await world.newUser();
    const code = await sendCode(user);
    const client = newClient();
    for (const malformed of ["12345", "1234567", "12a456", "\u0000123456", "1".repeat(10_000), ""]) {
      await expect(verify(user.email, malformed, client)).rejects.toMatchObject({
        extensions: { code: "BAD_USER_INPUT", field: "code" },
      });
    }
    const recorded = await world.database.db.select().from(signInEvents).where(eq(signInEvents.clientAddress, client));
    expect(recorded).toEqual([]);
    await expect(verify(user.email, code, client)).resolves.toMatchObject({ id: user.id });
  });
});
