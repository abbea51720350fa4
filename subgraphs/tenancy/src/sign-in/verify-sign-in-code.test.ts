import * as crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signInCodes } from "../db/schema";
import type { User } from "../user/user.type";
import { requestSignInCode } from "./request-sign-in-code";
import { codeIn, mailHandedOver, openSignInWorld, type SignInWorld } from "./sign-in.testing";
import { verifySignInCode } from "./verify-sign-in-code";

vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof crypto>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const INVALID = { message: "Invalid or expired code", extensions: { code: "UNAUTHENTICATED" } };

describe("verifySignInCode", () => {
  let world: SignInWorld;
  beforeAll(async () => {
    world = await openSignInWorld();
  });
  afterAll(() => world.close());

  async function sendCode(user: User): Promise<string> {
    await requestSignInCode(world.database.db, world.deps, { email: user.email, clientAddress: "198.51.100.7" });
    await mailHandedOver();
    return codeIn(world.mailer.messages.filter((message) => message.to === user.email).at(-1));
  }
  const verify = (email: string, code: string) =>
    verifySignInCode(world.database.db, world.deps, { email, code, clientAddress: "198.51.100.7" });
  /** A code that is not the right one. */
  const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

  it("signs the user in once with the code they were sent", async () => {
    const user = await world.newUser();
    const code = await sendCode(user);
    await expect(verify(` ${user.email.toUpperCase()} `, ` ${code} `)).resolves.toMatchObject({
      id: user.id,
      email: user.email,
    });
    await expect(verify(user.email, code)).rejects.toMatchObject(INVALID);
  });

  it("refuses a code after its 10 minutes", async () => {
    const user = await world.newUser();
    const code = await sendCode(user);
    world.clock.advanceSeconds(600);
    await expect(verify(user.email, code)).rejects.toMatchObject(INVALID);
    const fresh = await sendCode(user);
    world.clock.advanceSeconds(599);
    await expect(verify(user.email, fresh)).resolves.toMatchObject({ id: user.id });
  });

  it("answers wrong, superseded, unknown-address and disabled-user codes with one error", async () => {
    const user = await world.newUser();
    const first = await sendCode(user);
    await sendCode(user);
    await expect(verify(user.email, first)).rejects.toMatchObject(INVALID);
    await expect(verify(user.email, "12345")).rejects.toMatchObject(INVALID);
    await expect(verify("nobody@datacentrix.co.za", "123456")).rejects.toMatchObject(INVALID);
    const disabled = await world.newUser();
    const code = await sendCode(disabled);
    await world.disable(disabled);
    await expect(verify(disabled.email, code)).rejects.toMatchObject(INVALID);
  });

  it("kills a code after 5 wrong attempts", async () => {
    const user = await world.newUser();
    const code = await sendCode(user);
    for (let i = 0; i < 5; i += 1) await expect(verify(user.email, wrong(code))).rejects.toMatchObject(INVALID);
    const [row] = await world.database.db.select().from(signInCodes).where(eq(signInCodes.email, user.email));
    expect(row!.failedAttempts).toBe(5);
    // Even with the address's own limit cleared, the worn-out code stays dead.
    await world.forgetRejections(user.email);
    await expect(verify(user.email, code)).rejects.toMatchObject(INVALID);
  });

  it("counts wrong codes per address across codes: a new code does not reset them", async () => {
    const user = await world.newUser();
    const first = await sendCode(user);
    for (let i = 0; i < 3; i += 1) await expect(verify(user.email, wrong(first))).rejects.toMatchObject(INVALID);
    world.clock.advanceSeconds(60);
    const second = await sendCode(user);
    for (let i = 0; i < 2; i += 1) await expect(verify(user.email, wrong(second))).rejects.toMatchObject(INVALID);
    world.clock.advanceSeconds(60);
    const third = await sendCode(user);
    // The 6th try in 15 minutes is refused even with the right, brand-new code.
    await expect(verify(user.email, third)).rejects.toMatchObject({
      extensions: { code: "RATE_LIMITED", retryAfterSeconds: 13 * 60 },
    });
    world.clock.advanceSeconds(13 * 60);
    const fourth = await sendCode(user);
    await expect(verify(user.email, fourth)).resolves.toMatchObject({ id: user.id });
  });

  it("applies the wrong-code limit to unknown addresses too", async () => {
    for (let i = 0; i < 5; i += 1)
      await expect(verify("ghost@datacentrix.co.za", "000000")).rejects.toMatchObject(INVALID);
    await expect(verify("ghost@datacentrix.co.za", "000000")).rejects.toMatchObject({
      extensions: { code: "RATE_LIMITED" },
    });
  });

  it("compares in constant time, also when there is no code to compare with", async () => {
    const user = await world.newUser();
    const code = await sendCode(user);
    vi.mocked(crypto.timingSafeEqual).mockClear();
    await verify(user.email, code);
    await verify(user.email, code).catch(() => null);
    await verify("nobody.at.all@datacentrix.co.za", code).catch(() => null);
    expect(crypto.timingSafeEqual).toHaveBeenCalledTimes(3);
    for (const [a, b] of vi.mocked(crypto.timingSafeEqual).mock.calls) {
      expect([(a as Buffer).length, (b as Buffer).length]).toEqual([32, 32]);
    }
  });
});
