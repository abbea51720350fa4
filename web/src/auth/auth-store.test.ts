import { describe, expect, it } from "vitest";
import { AuthStore, SESSION_ENDED } from "./auth-store";
import {
  fakeClock,
  fakeSessionServer,
  memoryStorage,
  MINUTE,
  reseller,
  settle,
  VALID_CODE,
} from "./auth-store.testing";
import { REFRESH_TOKEN_KEY, refreshTokenStorage } from "./token-storage";

function setup(options: { clockOffsetMs?: number; storedToken?: string } = {}) {
  const clock = fakeClock();
  const storage = memoryStorage();
  const { server, api } = fakeSessionServer(clock, options);
  if (options.storedToken) storage.setItem(REFRESH_TOKEN_KEY, options.storedToken);
  const store = new AuthStore({ api, storage: refreshTokenStorage(storage), clock });
  return { clock, storage, server, api, store };
}

async function signedIn(options: { clockOffsetMs?: number } = {}) {
  const context = setup(options);
  context.store.start();
  await context.store.signIn(reseller.email, VALID_CODE);
  return context;
}

describe("starting", () => {
  it("is signed out without a stored refresh token", () => {
    const { store } = setup();
    store.start();
    expect(store.getState()).toEqual({ status: "signed-out", notice: null });
  });

  it("resumes the session of a stored refresh token", async () => {
    const { store, storage, server } = setup();
    storage.setItem(REFRESH_TOKEN_KEY, server.issue().refreshToken);
    store.start();
    expect(store.getState()).toEqual({ status: "restoring", problem: null });
    await settle();
    expect(store.getState()).toEqual({ status: "signed-in", user: reseller });
    expect(store.accessToken()).toBe("access-2");
    expect(storage.items.get(REFRESH_TOKEN_KEY)).toBe("refresh-2");
  });

  it("signs out when the stored token is dead", async () => {
    const { store, storage } = setup({ storedToken: "revoked" });
    store.start();
    await settle();
    expect(store.getState()).toEqual({ status: "signed-out", notice: SESSION_ENDED });
    expect(storage.items.size).toBe(0);
  });

  it("keeps trying when the server cannot be reached, and says so", async () => {
    const { store, server, clock, storage } = setup();
    server.outage = true;
    storage.setItem(REFRESH_TOKEN_KEY, server.issue().refreshToken);
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
  it("keeps the access token in memory and only the refresh token in storage", async () => {
    const { store, storage } = await signedIn();
    expect(store.getState()).toEqual({ status: "signed-in", user: reseller });
    expect(store.accessToken()).toBe("access-1");
    expect([...storage.items]).toEqual([[REFRESH_TOKEN_KEY, "refresh-1"]]);
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
    expect(storage.items.get(REFRESH_TOKEN_KEY)).toBe("refresh-2");
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
    server.issue(); // the session moved on without us: our token is now a reused one
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
