import { describe, expect, it } from "vitest";
import { AuthStore, SESSION_ENDED } from "./auth-store";
import {
  fakeClock,
  fakeSessionServer,
  memoryStorage,
  MINUTE,
  reseller,
  settle,
  T0,
  VALID_CODE,
} from "./auth-store.testing";
import { SESSION_SIGNAL_KEY, sessionSignal } from "./session-signal";

function setup(options: { clockOffsetMs?: number } = {}) {
  const clock = fakeClock();
  const storage = memoryStorage();
  const { server, api } = fakeSessionServer(clock, options);
  const store = new AuthStore({ api, signal: sessionSignal(storage), clock });
  /** What a reload finds: the cookie of an earlier sign-in, and the signal that it happened. */
  const signedInBefore = () => {
    server.issue();
    storage.setItem(SESSION_SIGNAL_KEY, String(T0 - MINUTE));
  };
  return { clock, storage, server, api, store, signedInBefore };
}

/** What the page's own code can see of the session in storage: never a refresh token. */
const visibleStorage = (storage: { items: Map<string, string> }) => JSON.stringify([...storage.items]);

async function signedIn(options: { clockOffsetMs?: number } = {}) {
  const context = setup(options);
  context.store.start();
  await context.store.signIn(reseller.email, VALID_CODE);
  return context;
}

describe("starting", () => {
  it("is signed out, without asking the server, when this browser never signed in", () => {
    const { store, server } = setup();
    store.start();
    expect(store.getState()).toEqual({ status: "signed-out", notice: null });
    expect(server.refreshCalls).toEqual([]);
  });

  it("resumes the session with the refresh cookie after a reload", async () => {
    const { store, storage, server, signedInBefore } = setup();
    signedInBefore();
    store.start();
    expect(store.getState()).toEqual({ status: "restoring", problem: null });
    await settle();
    expect(server.refreshCalls).toEqual(["refresh-1"]);
    expect(store.getState()).toEqual({ status: "signed-in", user: reseller });
    expect(store.accessToken()).toBe("access-2");
    expect(server.browser.cookie).toBe("refresh-2");
    expect(visibleStorage(storage)).not.toContain("refresh");
  });

  it("signs out when the cookie is dead or gone", async () => {
    const { store, storage, server, signedInBefore } = setup();
    signedInBefore();
    server.browser.cookie = "revoked";
    store.start();
    await settle();
    expect(store.getState()).toEqual({ status: "signed-out", notice: SESSION_ENDED });
    expect(storage.items.size).toBe(0);
  });

  it("lets the cookie decide when storage is unusable", async () => {
    const clock = fakeClock();
    const { server, api } = fakeSessionServer(clock);
    server.issue();
    const store = new AuthStore({ api, signal: sessionSignal(null), clock });
    store.start();
    await settle();
    expect(store.getState()).toEqual({ status: "signed-in", user: reseller });
  });

  it("keeps trying when the server cannot be reached, and says so", async () => {
    const { store, server, clock, signedInBefore } = setup();
    server.outage = true;
    signedInBefore();
    store.start();
    await settle();
    expect(store.getState()).toMatchObject({
      status: "restoring",
      problem: expect.stringContaining("could not be reached"),
    });
    server.outage = false;
    await clock.advance(30_000);
    expect(store.getState()).toEqual({ status: "signed-in", user: reseller });
  });
});

describe("signing in", () => {
  it("keeps the access token in memory, and in storage only the time of the sign-in", async () => {
    const { store, storage, server } = await signedIn();
    expect(store.getState()).toEqual({ status: "signed-in", user: reseller });
    expect(store.accessToken()).toBe("access-1");
    expect(server.browser.cookie).toBe("refresh-1");
    expect([...storage.items]).toEqual([[SESSION_SIGNAL_KEY, String(T0)]]);
  });

  it("passes a wrong code on to the page and stays signed out", async () => {
    const { store } = setup();
    store.start();
    await expect(store.signIn(reseller.email, "000000")).rejects.toMatchObject({ kind: "unauthenticated" });
    expect(store.getState().status).toBe("signed-out");
  });
});

describe("proactive refresh", () => {
  it("rotates the tokens five minutes before the access token expires, again and again", async () => {
    const { store, server, clock, storage } = await signedIn();
    await clock.advance(5 * MINUTE - 1);
    expect(server.refreshCalls).toEqual([]);
    await clock.advance(1);
    expect(server.refreshCalls).toEqual(["refresh-1"]);
    expect(store.accessToken()).toBe("access-2");
    expect(server.browser.cookie).toBe("refresh-2");
    expect(visibleStorage(storage)).not.toContain("refresh");
    await clock.advance(5 * MINUTE);
    expect(server.refreshCalls).toEqual(["refresh-1", "refresh-2"]);
    expect(server.reuseDetected).toBe(false);
  });

  it("schedules by the server's clock when ours is seven minutes behind", async () => {
    const { server, clock } = await signedIn({ clockOffsetMs: 7 * MINUTE });
    await clock.advance(5 * MINUTE - 1);
    expect(server.refreshCalls).toEqual([]);
    await clock.advance(1);
    expect(server.refreshCalls).toHaveLength(1);
  });

  it("reports an access token close to expiry so requests wait for a refresh", async () => {
    const { store, clock, server } = await signedIn();
    server.outage = true;
    expect(store.accessTokenExpiresWithin(30_000)).toBe(false);
    await clock.advance(9 * MINUTE + 31_000);
    expect(store.accessTokenExpiresWithin(30_000)).toBe(true);
  });

  it("keeps the session through an outage and retries in 30 seconds", async () => {
    const { store, server, clock } = await signedIn();
    server.outage = true;
    await clock.advance(5 * MINUTE);
    expect(store.getState().status).toBe("signed-in");
    server.outage = false;
    await clock.advance(30_000);
    expect(server.refreshCalls).toEqual(["refresh-1", "refresh-1"]);
    expect(store.accessToken()).toBe("access-2");
  });
});

describe("refresh on demand", () => {
  it("sends one request for parallel callers, so the token is not rotated twice", async () => {
    const { store, server } = await signedIn();
    let open!: () => void;
    server.gate = new Promise((resolve) => (open = resolve));
    const calls = [store.refresh(), store.refresh(), store.refresh()];
    open();
    await Promise.all(calls);
    expect(server.refreshCalls).toEqual(["refresh-1"]);
    expect(server.reuseDetected).toBe(false);
  });

  it("signs out when the refresh token is refused", async () => {
    const { store, server, storage, clock } = await signedIn();
    server.revoke(); // the session ended on the server: the cookie is dead
    await expect(store.refresh()).rejects.toMatchObject({ kind: "unauthenticated" });
    expect(store.getState()).toEqual({ status: "signed-out", notice: SESSION_ENDED });
    expect(store.accessToken()).toBeNull();
    expect(storage.items.size).toBe(0);
    expect(clock.pendingTimers()).toBe(0);
  });
});

describe("signing out", () => {
  it("ends the session on the server with the access token and forgets everything", async () => {
    const { store, server, storage, clock } = await signedIn();
    await store.signOut();
    expect(server.signOutCalls).toEqual(["access-1"]);
    expect(server.browser.cookie).toBeNull();
    expect(store.getState()).toEqual({ status: "signed-out", notice: null });
    expect(store.accessToken()).toBeNull();
    expect(storage.items.size).toBe(0);
    expect(clock.pendingTimers()).toBe(0);
  });

  it("forgets the session even when the server cannot be told", async () => {
    const { store, server, storage } = await signedIn();
    server.outage = true;
    await expect(store.signOut()).resolves.toBeUndefined();
    expect(store.getState().status).toBe("signed-out");
    expect(storage.items.size).toBe(0);
  });

  it("asks the server to clear the cookie even when no access token could be had", async () => {
    const { store, server, clock } = await signedIn();
    server.outage = true;
    await clock.advance(11 * MINUTE);
    server.browser.cookie = "revoked elsewhere";
    server.outage = false;
    await store.signOut();
    expect(server.signOutCalls).toEqual([null]);
  });

  it("refreshes an expired access token first, so the server can end the session", async () => {
    const { store, server, clock } = await signedIn();
    server.outage = true;
    await clock.advance(11 * MINUTE); // asleep: the proactive refresh could not run
    server.outage = false;
    await store.signOut();
    expect(server.signOutCalls).toEqual(["access-2"]);
    expect(server.currentRefreshToken()).toBeNull();
  });

  it("is not undone by a refresh that was still in flight", async () => {
    const { store, server } = await signedIn();
    let open!: () => void;
    server.gate = new Promise((resolve) => (open = resolve));
    const refreshing = store.refresh();
    await settle();
    await store.signOut();
    open();
    await expect(refreshing).rejects.toThrow();
    expect(store.getState().status).toBe("signed-out");
    expect(store.accessToken()).toBeNull();
  });
});
