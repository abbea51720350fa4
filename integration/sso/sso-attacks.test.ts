import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessions, ssoIdentities, users } from "../../subgraphs/tenancy/src/db/schema";
import { signInAtIdp } from "@dcx/oidc-simulator/testing";
import { CALLBACK, openSsoWorld, PASSWORD, type SsoWorld } from "./sso-world";

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.["code"];
const messageOf = (result: { errors?: { message: string }[] }) => result.errors?.[0]?.message ?? "";

/** What must fail, against a real OpenID Connect provider; each refusal starts no session. */
describe("single sign-on refuses", () => {
  let world: SsoWorld;
  let sessionsBefore: number;
  const sessionCount = async () => (await world.db.select().from(sessions)).length;

  beforeAll(async () => {
    world = await openSsoWorld();
  });
  afterAll(() => world?.close());

  it("a wrong state: the IdP's answer is not bound to any sign-in this platform started", async () => {
    sessionsBefore = await sessionCount();
    const { callbackUrl } = await signInAtIdp(
      await world.start("it@adcock.co.za"),
      "it@adcock.co.za",
      PASSWORD,
      world.adcockIdp.issuer,
    );
    const forged = new URL(callbackUrl);
    forged.searchParams.set("state", "attacker-chosen-state");
    const result = await world.complete(forged.href);
    expect(codeOf(result)).toBe("UNAUTHENTICATED");
    expect(messageOf(result)).toMatch(/expired or was already used/);
    // The genuine state still works once: a forged one used nothing up.
    expect((await world.complete(callbackUrl)).data?.completeSingleSignOn.user.email).toBe("it@adcock.co.za");
    expect(await sessionCount()).toBe(sessionsBefore + 1);
  });

  it("a replayed code: with its own state, and with a fresh state", async () => {
    const { callbackUrl } = await signInAtIdp(
      await world.start("it@adcock.co.za"),
      "it@adcock.co.za",
      PASSWORD,
      world.adcockIdp.issuer,
    );
    expect((await world.complete(callbackUrl)).errors).toBeUndefined();
    const before = await sessionCount();
    const replayed = await world.complete(callbackUrl);
    expect(codeOf(replayed)).toBe("UNAUTHENTICATED");
    // A fresh attempt's state with the old code: the IdP refuses the used code at the token endpoint.
    const fresh = new URL(await world.start("it@adcock.co.za"));
    const spliced = new URL(callbackUrl);
    spliced.searchParams.set("state", fresh.searchParams.get("state")!);
    const splicedResult = await world.complete(spliced.href);
    expect(codeOf(splicedResult)).toBe("UNAUTHENTICATED");
    expect(messageOf(splicedResult)).toMatch(/did not check out/);
    expect(await sessionCount()).toBe(before);
  });

  it("a code issued to another client of the same IdP", async () => {
    const ours = new URL(await world.start("it@adcock.co.za"));
    // The attacker's own sign-in at the IdP, for its client, carrying our attempt's state.
    const theirs = new URL(ours);
    theirs.searchParams.set("client_id", "other-app");
    const { callbackUrl } = await signInAtIdp(theirs.href, "it@adcock.co.za", PASSWORD, world.adcockIdp.issuer);
    const before = await sessionCount();
    const result = await world.complete(callbackUrl);
    expect(codeOf(result)).toBe("UNAUTHENTICATED");
    expect(await sessionCount()).toBe(before);
  });

  it("an address in a domain the organisation does not own", async () => {
    // The contractor signs in at Adcock's IdP, which vouches for example.net: Adcock does not own it.
    const before = await sessionCount();
    const { result } = await world.signIn("someone@adcock.co.za", world.adcockIdp, "contractor@example.net");
    expect(codeOf(result)).toBe("UNAUTHENTICATED");
    expect(messageOf(result)).toMatch(/contractor@example.net is not in a domain/);
    expect(await sessionCount()).toBe(before);
    // Nor can single sign-on be started for a domain no organisation owns.
    const started = await world.query(
      `mutation { startSingleSignOn(email: "contractor@example.net", redirectUri: "${CALLBACK}") { authorizationUrl } }`,
    );
    expect(codeOf(started)).toBe("NOT_FOUND");
  });

  it("an IdP of organisation A signing in a user of organisation B", async () => {
    // Adcock's IdP says, verified, that this is cloud@sanlam.co.za: only Sanlam's IdP may say so.
    const before = await sessionCount();
    const { result } = await world.signIn("it@adcock.co.za", world.adcockIdp, "cloud@sanlam.co.za");
    expect(codeOf(result)).toBe("UNAUTHENTICATED");
    expect(await sessionCount()).toBe(before);
    const linked = await world.db
      .select()
      .from(ssoIdentities)
      .where(eq(ssoIdentities.userId, world.users.sanlamOwner.id));
    expect(linked).toEqual([]);
    // Sanlam's own IdP signs the same person in.
    const own = await world.signIn("cloud@sanlam.co.za", world.sanlamIdp);
    expect(own.result.data?.completeSingleSignOn.user.organization.name).toBe("Sanlam");
  });

  it("an identity already linked to a user of another organisation, when one IdP serves both", async () => {
    // Adcock's owner signs in once: the IdP's subject is linked to that user.
    const first = await world.signIn("it@adcock.co.za", world.adcockIdp);
    expect(first.result.errors).toBeUndefined();
    const [identity] = await world.db
      .select()
      .from(ssoIdentities)
      .where(eq(ssoIdentities.userId, world.users.adcockOwner.id));
    // As if that subject had been linked through Sanlam (an IdP both trust): Adcock's may not use it.
    await world.db
      .update(ssoIdentities)
      .set({ userId: world.users.sanlamOwner.id })
      .where(eq(ssoIdentities.id, identity!.id));
    try {
      const before = await sessionCount();
      const { result } = await world.signIn("it@adcock.co.za", world.adcockIdp);
      expect(codeOf(result)).toBe("UNAUTHENTICATED");
      expect(messageOf(result)).toMatch(/another organisation/);
      expect(await sessionCount()).toBe(before);
    } finally {
      await world.db
        .update(ssoIdentities)
        .set({ userId: world.users.adcockOwner.id })
        .where(eq(ssoIdentities.id, identity!.id));
    }
  });

  it("an unverified e-mail: never linked, never provisioned", async () => {
    await world.db.insert(users).values({
      organizationId: world.orgs.adcock.id,
      email: "unverified@adcock.co.za",
      displayName: "Has an account",
      role: "member",
    });
    const before = await sessionCount();
    const { result } = await world.signIn("unverified@adcock.co.za");
    expect(codeOf(result)).toBe("UNAUTHENTICATED");
    expect(messageOf(result)).toMatch(/not verified/);
    expect(await sessionCount()).toBe(before);
    expect(await world.db.select().from(ssoIdentities).where(eq(ssoIdentities.subject, "adcock-0003"))).toEqual([]);
  });

  it("an unknown person without just-in-time provisioning; with it, a member is created once", async () => {
    const refused = await world.signIn("new.hire@adcock.co.za");
    expect(messageOf(refused.result)).toMatch(/has no account/);
    const { configureSso } = await import("@dcx/tenancy");
    await configureSso(world.db, world.tenancy.deps.sso, world.orgs.adcock.id, {
      ...world.adcockSso,
      clientSecret: null,
      jitProvisioning: true,
    });
    const created = await world.signIn("new.hire@adcock.co.za");
    expect(created.result.data?.completeSingleSignOn.user).toMatchObject({
      email: "new.hire@adcock.co.za",
      role: "MEMBER",
    });
    const again = await world.signIn("new.hire@adcock.co.za");
    expect(again.result.data?.completeSingleSignOn.user.id).toBe(created.result.data?.completeSingleSignOn.user.id);
  });

  it("a disabled user, though the IdP still signs them in", async () => {
    await world.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, world.users.adcockOwner.id));
    const before = await sessionCount();
    const { result } = await world.signIn("it@adcock.co.za");
    expect(codeOf(result)).toBe("UNAUTHENTICATED");
    expect(messageOf(result)).toMatch(/disabled/);
    expect(await sessionCount()).toBe(before);
  });
});
