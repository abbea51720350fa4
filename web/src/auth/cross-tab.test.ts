import { describe, expect, it } from "vitest";
import { AuthStore, SIGNED_OUT_ELSEWHERE } from "./auth-store";
import {
  fakeClock,
  fakeLock,
  fakeSessionServer,
  memoryStorage,
  MINUTE,
  reseller,
  settle,
  VALID_CODE,
} from "./auth-store.testing";
import { REFRESH_TOKEN_KEY, refreshTokenStorage, storedTokenChange } from "./token-storage";

/**
 * Two tabs of one browser: one localStorage, one lock, one server session. A write by one
 * tab reaches the other as a `storage` event (never the writer itself, as in browsers).
 */
function twoTabs() {
  const clock = fakeClock();
  const { server, api } = fakeSessionServer(clock);
  const shared = memoryStorage();
  const lock = fakeLock();
  const tabs: AuthStore[] = [];
  const storageFor = (self: () => AuthStore) => ({
    getItem: (key: string) => shared.getItem(key),
    setItem: (key: string, value: string) => {
      shared.setItem(key, value);
      notifyOthers(self(), key, value);
    },
    removeItem: (key: string) => {
      const existed = shared.items.has(key);
      shared.removeItem(key);
      if (existed) notifyOthers(self(), key, null);
    },
  });
  function notifyOthers(writer: AuthStore, key: string, newValue: string | null) {
    const change = storedTokenChange({ key, newValue });
    for (const tab of tabs) if (tab !== writer && change) tab.storedTokenChanged(change.token);
  }
  for (let index = 0; index < 2; index += 1) {
    const tab: AuthStore = new AuthStore({ api, storage: refreshTokenStorage(storageFor(() => tab)), clock, lock });
    tabs.push(tab);
  }
  const [a, b] = tabs as [AuthStore, AuthStore];
  return { a, b, server, clock, shared };
}

describe("two tabs sharing a session", () => {
  it("follows a sign-in made in the other tab", async () => {
    const { a, b } = twoTabs();
    a.start();
    b.start();
    await a.signIn(reseller.email, VALID_CODE);
    await settle();
    expect(b.getState()).toEqual({ status: "signed-in", user: reseller });
    expect(b.accessToken()).not.toBe(a.accessToken());
  });

  it("never lets both tabs rotate the same refresh token, even when they refresh at once", async () => {
    const { a, b, server, shared } = twoTabs();
    a.start();
    b.start();
    await a.signIn(reseller.email, VALID_CODE);
    await settle();
    await Promise.all([a.refresh(), b.refresh(), a.refresh()]);
    expect(server.reuseDetected).toBe(false);
    expect(new Set(server.refreshCalls).size).toBe(server.refreshCalls.length);
    expect(a.getState().status).toBe("signed-in");
    expect(b.getState().status).toBe("signed-in");
    expect(shared.items.get(REFRESH_TOKEN_KEY)).toBe(server.currentRefreshToken());
  });

  it("keeps both tabs signed in across many proactive refreshes", async () => {
    const { a, b, server, clock } = twoTabs();
    a.start();
    b.start();
    await a.signIn(reseller.email, VALID_CODE);
    await settle();
    await clock.advance(60 * MINUTE);
    expect(server.reuseDetected).toBe(false);
    expect(server.refreshCalls.length).toBeGreaterThanOrEqual(20);
    expect(a.getState().status).toBe("signed-in");
    expect(b.getState().status).toBe("signed-in");
  });

  it("signs the other tab out too", async () => {
    const { a, b, clock, server } = twoTabs();
    a.start();
    b.start();
    await a.signIn(reseller.email, VALID_CODE);
    await settle();
    await a.signOut();
    expect(b.getState()).toEqual({ status: "signed-out", notice: SIGNED_OUT_ELSEWHERE });
    expect(b.accessToken()).toBeNull();
    const calls = server.refreshCalls.length;
    await clock.advance(30 * MINUTE);
    expect(server.refreshCalls.length).toBe(calls);
  });
});
