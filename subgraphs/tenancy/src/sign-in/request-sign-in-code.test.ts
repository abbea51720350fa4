import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInCodes } from "../db/schema";
import { requestSignInCode } from "./request-sign-in-code";
import { hashSignInCode } from "./sign-in-code";
import { SIGN_IN_SUBJECT } from "./sign-in-email";
import { codeIn, mailHandedOver, openSignInWorld, type SignInWorld } from "./sign-in.testing";

describe("requestSignInCode", () => {
  let world: SignInWorld;
  beforeAll(async () => {
    world = await openSignInWorld();
  });
  afterAll(() => world.close());

  const request = (email: string, clientAddress = "198.51.100.7") =>
    requestSignInCode(world.database.db, world.deps, { email, clientAddress });
  const codesOf = (email: string) => world.database.db.select().from(signInCodes).where(eq(signInCodes.email, email));

  it("e-mails a 6-digit code valid for 10 minutes and keeps only its HMAC", async () => {
    const user = await world.newUser();
    expect(await request(user.email.toUpperCase())).toEqual({ accepted: true, expiresInSeconds: 600 });
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

  it.each([
    ["a known address", true],
    ["an unknown address", false],
  ])("allows 5 requests per e-mail address in 15 minutes for %s", async (_label, known) => {
    const email = known ? (await world.newUser()).email : `ghost.${Date.now()}@datacentrix.co.za`;
    for (let i = 0; i < 5; i += 1) {
      await request(email, `203.0.113.${i}`);
      world.clock.advanceSeconds(60);
    }
    const refusal = await request(email, "203.0.113.99").catch((error: unknown) => error);
    // The first request leaves the window 15 minutes after it was made: 10 minutes from now.
    expect(refusal).toMatchObject({ extensions: { code: "RATE_LIMITED", retryAfterSeconds: 600 } });
    world.clock.advanceSeconds(600);
    await expect(request(email)).resolves.toEqual({ accepted: true, expiresInSeconds: 600 });
  });

  it("allows 20 requests per client address in 15 minutes, whatever the addresses", async () => {
    const clientAddress = "192.0.2.44";
    for (let i = 0; i < 20; i += 1) await request(`probe${i}.${Date.now()}@example.com`, clientAddress);
    await expect(request("one-more@example.com", clientAddress)).rejects.toMatchObject({
      extensions: { code: "RATE_LIMITED", retryAfterSeconds: 900 },
    });
    await expect(request("one-more@example.com", "192.0.2.45")).resolves.toMatchObject({ accepted: true });
  });

  it("does not pool callers whose address is unknown", async () => {
    const answers = [];
    for (let i = 0; i < 25; i += 1) answers.push(await request(`anonymous${i}.${Date.now()}@example.com`, "unknown"));
    expect(answers.filter((answer) => answer.accepted)).toHaveLength(25);
  });

  it("retires the earlier code when a new one is sent", async () => {
    const user = await world.newUser();
    await request(user.email);
    await request(user.email);
    const rows = await codesOf(user.email);
    expect(rows).toHaveLength(2);
    const live = rows.filter((row) => row.expiresAt > world.clock.now());
    expect(live).toHaveLength(1);
  });

  it("refuses a malformed address with BAD_USER_INPUT", async () => {
    await expect(request("not-an-address")).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "email" },
    });
  });
});
