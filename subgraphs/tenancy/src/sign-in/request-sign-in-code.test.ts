import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInCodes } from "../db/schema";
import { requestSignInCode } from "./request-sign-in-code";
import { hashSignInCode } from "./sign-in-code";
import { SIGN_IN_SUBJECT } from "./sign-in-email";
import { codeIn, mailHandedOver, openSignInWorld, type SignInWorld, wrongCode } from "./sign-in.testing";
import { verifySignInCode } from "./verify-sign-in-code";

const ACCEPTED = { accepted: true, expiresInSeconds: 600 };

describe("requestSignInCode", () => {
  let world: SignInWorld;
  beforeAll(async () => {
    world = await openSignInWorld();
  });
  afterAll(() => world.close());

  const request = (email: string, clientAddress = "198.51.100.7") =>
    requestSignInCode(world.database.db, world.deps, { email, clientAddress });
  const verify = (email: string, code: string, clientAddress = "198.51.100.8") =>
    verifySignInCode(world.database.db, world.deps, { email, code, clientAddress });
  const codesOf = (email: string) => world.database.db.select().from(signInCodes).where(eq(signInCodes.email, email));
  const mailsTo = (email: string) => world.mailer.messages.filter((message) => message.to === email).length;

  it("e-mails a 6-digit code valid for 10 minutes and keeps only its HMAC", async () => {
    const user = await world.newUser();
    expect(await request(user.email.toUpperCase())).toEqual(ACCEPTED);
    await mailHandedOver();
    const message = world.mailer.messages.at(-1);
    expect(message).toMatchObject({ to: user.email, subject: SIGN_IN_SUBJECT });
    const code = codeIn(message);

    const [row] = await codesOf(user.email);
    expect(row!.codeHash).toBe(hashSignInCode(world.deps.codeSecret, user.email, code));
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(600_000);
    expect(JSON.stringify(await world.database.db.select().from(signInCodes))).not.toContain(code);
  });

  it("answers an unknown or disabled address exactly as a known one, sending nothing", async () => {
    const known = await world.newUser();
    const disabled = await world.newUser();
    await world.disable(disabled);
    const sentBefore = world.mailer.messages.length;
    const answers = [
      await request(known.email),
      await request("nobody@datacentrix.co.za"),
      await request(disabled.email),
    ];
    await mailHandedOver();
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(world.mailer.messages.slice(sentBefore).map((message) => message.to)).toEqual([known.email]);
    expect(await codesOf("nobody@datacentrix.co.za")).toEqual([]);
    expect(await codesOf(disabled.email)).toEqual([]);
  });

  it("sends no new code while the newest is alive and under a minute old; at a minute it replaces it", async () => {
    const user = await world.newUser();
    await request(user.email);
    const first = await world.latestCodeFor(user.email);
    world.clock.advanceMs(59_999);
    expect(await request(user.email, "203.0.113.20")).toEqual(ACCEPTED);
    await mailHandedOver();
    expect(mailsTo(user.email)).toBe(1);
    expect(await codesOf(user.email)).toHaveLength(1);

    world.clock.advanceMs(1);
    expect(await request(user.email, "203.0.113.20")).toEqual(ACCEPTED);
    const second = await world.latestCodeFor(user.email);
    expect(mailsTo(user.email)).toBe(2);
    const rows = await codesOf(user.email);
    expect(rows).toHaveLength(2);
    expect(rows.filter((row) => row.expiresAt > world.clock.now())).toHaveLength(1);
    // Only the newest e-mail's code signs in.
    await expect(verify(user.email, first)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    await expect(verify(user.email, second)).resolves.toMatchObject({ id: user.id });
  });

  it("replaces at once a code that was used or worn out by wrong guesses", async () => {
    const user = await world.newUser();
    await request(user.email);
    await verify(user.email, await world.latestCodeFor(user.email));
    await request(user.email);
    const second = await world.latestCodeFor(user.email);
    expect(mailsTo(user.email)).toBe(2);

    for (let i = 0; i < 5; i += 1) await verify(user.email, wrongCode(second), "203.0.113.21").catch(() => null);
    await request(user.email);
    const third = await world.latestCodeFor(user.email);
    expect(mailsTo(user.email)).toBe(3);
    await expect(verify(user.email, third)).resolves.toMatchObject({ id: user.id });
  });

  it("never refuses a request because of the e-mail address, however many were made for it", async () => {
    const user = await world.newUser();
    for (let i = 0; i < 60; i += 1) {
      await expect(request(user.email, `203.0.113.${100 + (i % 20)}`)).resolves.toEqual(ACCEPTED);
      world.clock.advanceSeconds(20);
    }
    // One e-mail per minute at most: 60 requests over 20 minutes sent 20 codes.
    await mailHandedOver();
    expect(mailsTo(user.email)).toBe(20);
    await expect(request(user.email, "198.51.100.99")).resolves.toEqual(ACCEPTED);
    await expect(verify(user.email, await world.latestCodeFor(user.email))).resolves.toMatchObject({ id: user.id });
  });

  it("allows 20 requests per client address in 15 minutes, whatever the addresses", async () => {
    const clientAddress = "192.0.2.44";
    for (let i = 0; i < 20; i += 1) await request(`probe${i}.${Date.now()}@example.com`, clientAddress);
    await expect(request("one-more@example.com", clientAddress)).rejects.toMatchObject({
      extensions: { code: "RATE_LIMITED", retryAfterSeconds: 900 },
    });
    await expect(request("one-more@example.com", "192.0.2.45")).resolves.toEqual(ACCEPTED);
    world.clock.advanceMs(15 * 60_000 - 1);
    await expect(request("one-more@example.com", clientAddress)).rejects.toMatchObject({
      extensions: { code: "RATE_LIMITED", retryAfterSeconds: 1 },
    });
    world.clock.advanceMs(1);
    await expect(request("one-more@example.com", clientAddress)).resolves.toEqual(ACCEPTED);
  });

  it("does not pool callers whose address is unknown", async () => {
    const answers = [];
    for (let i = 0; i < 25; i += 1) answers.push(await request(`anonymous${i}.${Date.now()}@example.com`, "unknown"));
    expect(answers.filter((answer) => answer.accepted)).toHaveLength(25);
  });

  it("refuses a malformed address with BAD_USER_INPUT and writes nothing", async () => {
    const before = await world.database.db.select().from(signInCodes);
    await expect(request("not-an-address")).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "email" },
    });
    expect(await world.database.db.select().from(signInCodes)).toHaveLength(before.length);
  });
});
