import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInCodes } from "../db/schema";
import { requestSignInCode } from "./request-sign-in-code";
import { openSignInWorld, type SignInWorld, wrongCode } from "./sign-in.testing";
import { verifySignInCode } from "./verify-sign-in-code";

const outcomes = (results: PromiseSettledResult<unknown>[]) =>
  results.map((result) =>
    result.status === "fulfilled"
      ? "ok"
      : String((result.reason as { extensions?: { code?: string } }).extensions?.code),
  );
const tally = (results: PromiseSettledResult<unknown>[]) =>
  outcomes(results).reduce<Record<string, number>>(
    (counts, code) => ({ ...counts, [code]: (counts[code] ?? 0) + 1 }),
    {},
  );

/**
 * Simultaneous sign-in steps. These only bite on the PostgreSQL server (TEST_POSTGRES_URL: a pool
 * of real connections); the embedded database runs one statement at a time, so there they pass
 * without racing.
 */
describe("concurrent sign-in", () => {
  let world: SignInWorld;
  beforeAll(async () => {
    world = await openSignInWorld();
  });
  afterAll(() => world.close());

  const request = (email: string, clientAddress = "198.51.100.7") =>
    requestSignInCode(world.database.db, world.deps, { email, clientAddress });
  const verify = (email: string, code: string, clientAddress: string) =>
    verifySignInCode(world.database.db, world.deps, { email, code, clientAddress });
  const all = <T>(count: number, run: (index: number) => Promise<T>) =>
    Promise.allSettled(Array.from({ length: count }, (_, index) => run(index)));

  it("lets exactly one of several simultaneous verifications of one code succeed", async () => {
    const user = await world.newUser();
    await request(user.email);
    const code = await world.latestCodeFor(user.email);
    const results = await all(4, () => verify(user.email, code, "198.51.100.7"));
    expect(tally(results)).toEqual({ ok: 1, UNAUTHENTICATED: 3 });
  });

  it("sends one code for simultaneous requests for one address", async () => {
    const user = await world.newUser();
    const results = await all(8, (index) => request(user.email, `198.51.100.${20 + index}`));
    expect(tally(results)).toEqual({ ok: 8 });
    expect(await world.database.db.select().from(signInCodes).where(eq(signInCodes.email, user.email))).toHaveLength(1);
  });

  it("holds the per-client request limit exactly under simultaneous requests", async () => {
    const results = await all(25, (index) => request(`burst${index}.${Date.now()}@example.com`, "192.0.2.60"));
    expect(tally(results)).toEqual({ ok: 20, RATE_LIMITED: 5 });
  });

  it("holds a client's free wrong guesses exactly under simultaneous guesses", async () => {
    const results = await all(8, (index) => verify(`nobody${index}@example.com`, "000000", "192.0.2.61"));
    expect(tally(results)).toEqual({ UNAUTHENTICATED: 5, RATE_LIMITED: 3 });
  });

  it("wears a code out at exactly 5 wrong guesses under simultaneous guesses from many clients", async () => {
    const user = await world.newUser();
    await request(user.email);
    const code = await world.latestCodeFor(user.email);
    await all(8, (index) => verify(user.email, wrongCode(code), `192.0.2.${70 + index}`));
    const [row] = await world.database.db.select().from(signInCodes).where(eq(signInCodes.email, user.email));
    expect(row!.failedAttempts).toBe(5);
    await expect(verify(user.email, code, "198.51.100.7")).rejects.toMatchObject({
      extensions: { code: "UNAUTHENTICATED" },
    });
  });
});
