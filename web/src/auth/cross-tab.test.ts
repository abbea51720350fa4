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
import { type CrossTabLock } from "./auth-store";
import { sessionSignal, sessionSignalChange } from "./session-signal";

/**
 * Two tabs of one browser: one localStorage, one cookie jar (the fake server's), one lock, one
 * server session. A change to storage reaches the other tab as a `storage` event (never the
 * writer itself, and only when the value changes, as in browsers).
 */
function twoTabs(options: { lock?: CrossTabLock | undefined } = { lock: fakeLock() }) {
  const clock = fakeClock();
  const { server, api } = fakeSessionServer(clock);
  const shared = memoryStorage();
  const tabs: AuthStore[] = [];
  const storageFor = (self: () => AuthStore) => ({
    getItem: (key: string) => shared.getItem(key),
    setItem: (key: string, value: string) => {
      const changed = shared.getItem(key) !== value;
      shared.setItem(key, value);
      if (changed) notifyOthers(self(), key, value);
    },
    removeItem: (key: string) => {
      const existed = shared.items.has(key);
      shared.removeItem(key);
      if (existed) notifyOthers(self(), key, null);
    },
  });
  function notifyOthers(writer: AuthStore, key: string, newValue: string | null) {
    const change = sessionSignalChange({ key, newValue });
    for (const tab of tabs) if (tab !== writer && change) tab.sessionSignalled(change);
  }
  for (let index = 0; index < 2; index += 1) {
    const signal = sessionSignal(storageFor(() => tab));
    const tab: AuthStore = new AuthStore({ api, signal, clock, ...(options.lock ? { lock: options.lock } : {}) });
    tabs.push(tab);
  }
  const [a, b] = tabs as [AuthStore, AuthStore];
  return { a, b, server, clock, shared };
}

async function bothSignedIn(options?: Parameters<typeof twoTabs>[0]) {
  const tabs = twoTabs(options);
  tabs.a.start();
  tabs.b.start();
  await tabs.a.signIn(reseller.email, VALID_CODE);
  await settle();
  return tabs;
}

describe("two tabs sharing a session through one refresh cookie", () => {
  it("follows a sign-in made in the other tab, with an access token of its own", async () => {
    const { a, b, server } = await bothSignedIn();
    expect(b.getState()).toEqual({ status: "signed-in", user: reseller });
    expect(b.accessToken()).not.toBe(a.accessToken());
    expect(server.refreshCalls).toEqual(["refresh-1"]);
  });

  it("never lets both tabs rotate the same cookie, even when they refresh at once", async () => {
    const { a, b, server, shared } = await bothSignedIn();
    let open!: () => void;
    server.gate = new Promise((resolve) => (open = resolve)); // the answers take a while
    const all = Promise.all([a.refresh(), b.refresh(), a.refresh()]);
    await settle();
    open();
    await all;
    expect(server.reuseDetected).toBe(false);
    expect(new Set(server.refreshCalls).size).toBe(server.refreshCalls.length);
    expect(a.getState().status).toBe("signed-in");
    expect(b.getState().status).toBe("signed-in");
    expect(server.browser.cookie).toBe(server.currentRefreshToken());
    expect(JSON.stringify([...shared.items])).not.toContain("refresh");
  });

  it("would lose the session to simultaneous refreshes without the lock (why the lock is there)", async () => {
    const { a, b, server } = await bothSignedIn({ lock: undefined });
    let open!: () => void;
    server.gate = new Promise((resolve) => (open = resolve));
    const both = Promise.allSettled([a.refresh(), b.refresh()]);
    open();
    await both;
    expect(server.reuseDetected).toBe(true);
  });

  it("keeps both tabs signed in across many proactive refreshes", async () => {
    const { a, b, server, clock } = await bothSignedIn();
    await clock.advance(60 * MINUTE);
    expect(server.reuseDetected).toBe(false);
    expect(server.refreshCalls.length).toBeGreaterThanOrEqual(20);
    expect(a.getState().status).toBe("signed-in");
    expect(b.getState().status).toBe("signed-in");
  });

  it("does not disturb the other tab when one refreshes: no event, its access token stays", async () => {
    const { a, b, server } = await bothSignedIn();
    const before = b.accessToken();
    await a.refresh();
    await a.refresh();
    expect(b.getState().status).toBe("signed-in");
    expect(b.accessToken()).toBe(before);
    await b.refresh();
    expect(server.reuseDetected).toBe(false);
    expect(b.getState().status).toBe("signed-in");
  });

  it("signs the other tab out too", async () => {
    const { a, b, clock, server } = await bothSignedIn();
    await a.signOut();
    expect(b.getState()).toEqual({ status: "signed-out", notice: SIGNED_OUT_ELSEWHERE });
    expect(b.accessToken()).toBeNull();
    const calls = server.refreshCalls.length;
    await clock.advance(30 * MINUTE);
    expect(server.refreshCalls.length).toBe(calls);
  });
});
