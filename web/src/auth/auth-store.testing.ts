import type { AuthApi } from "./auth-api";
import { AuthFailure } from "./auth-errors";
import type { Clock, CrossTabLock } from "./auth-store";
import type { IssuedSession, SessionUser } from "./session";
import type { KeyValueStorage } from "./session-signal";

export const T0 = Date.parse("2026-03-02T08:00:00.000Z");
export const MINUTE = 60_000;

/** A clock whose timers run only when the test advances it. */
export function fakeClock(start = T0) {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock = {
    now: () => now,
    setTimeout: (callback: () => void, ms: number) => {
      timers.set(nextId, { at: now + ms, callback });
      return nextId++;
    },
    clearTimeout: (handle: unknown) => void timers.delete(handle as number),
    pendingTimers: () => timers.size,
    /** Moves time forward, running each timer that falls due, then lets promises settle. */
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...timers].filter(([, timer]) => timer.at <= until).sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
        await settle();
      }
      now = until;
      await settle();
    },
  };
  return clock satisfies Clock;
}

/** Lets pending promise callbacks run. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function memoryStorage(): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** A lock shared by the "tabs" of a test: tasks run one after another. */
export function fakeLock(): CrossTabLock {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export const reseller: SessionUser = {
  id: "u-thandi",
  email: "thandi@cloudtech.example",
  displayName: "Thandi Nkosi",
  role: "ADMIN",
  organization: { id: "org-cloudtech", name: "CloudTech", kind: "RESELLER" },
};

export const VALID_CODE = "123456";

/**
 * The server side of sessions as the gateway's session routes behave, and the browser's cookie
 * jar (one per browser, shared by its tabs): ten-minute access tokens; the refresh token lives
 * only in the cookie, which the browser attaches when the request is sent; it rotates on every
 * use, and reuse of an old one revokes the session; signing out clears it.
 */
export function fakeSessionServer(clock: Clock, options: { clockOffsetMs?: number } = {}) {
  const offset = options.clockOffsetMs ?? 0;
  let current: string | null = null;
  let currentAccess: string | null = null;
  let issuedCount = 0;
  const server = {
    /** The refresh cookie each refresh request carried ("none" without one). */
    refreshCalls: [] as string[],
    signOutCalls: [] as (string | null)[],
    reuseDetected: false,
    outage: false,
    /** While set, refreshSession waits for it before answering (the cookie is already sent). */
    gate: null as Promise<void> | null,
    /** The browser's HttpOnly cookie: what the page's code can never read. */
    browser: { cookie: null as string | null },
    currentRefreshToken: () => current,
    /** The session ends on the server (signed out on another device, user disabled): the cookie is dead. */
    revoke() {
      current = null;
    },
    currentAccessToken: () => currentAccess,
    /** Starts a session (or rotates it) and sets the browser's cookie, as Set-Cookie does. */
    issue(): IssuedSession {
      issuedCount += 1;
      current = `refresh-${issuedCount}`;
      currentAccess = `access-${issuedCount}`;
      server.browser.cookie = current;
      return {
        accessToken: `access-${issuedCount}`,
        accessTokenExpiresAt: new Date(clock.now() + offset + 10 * MINUTE).toISOString(),
        user: reseller,
        serverClockOffsetMs: offset,
      };
    },
  };
  const api: AuthApi = {
    requestSignInCode: () => Promise.resolve({ expiresInSeconds: 600 }),
    signIn: async (_email, code) => {
      if (code !== VALID_CODE) throw new AuthFailure("unauthenticated", "Invalid or expired code");
      return server.issue();
    },
    refreshSession: async () => {
      const token = server.browser.cookie;
      server.refreshCalls.push(token ?? "none");
      if (server.gate) await server.gate;
      if (server.outage) throw new AuthFailure("unavailable", "DCX Cloud could not be reached (Failed to fetch)");
      if (token === null) throw new AuthFailure("unauthenticated", "No session in this browser; sign in");
      if (token !== current) {
        server.reuseDetected = current !== null;
        current = null;
        server.browser.cookie = null;
        throw new AuthFailure("unauthenticated", "Invalid refresh token");
      }
      return server.issue();
    },
    signOut: async (accessToken) => {
      server.signOutCalls.push(accessToken);
      if (server.outage) throw new AuthFailure("unavailable", "DCX Cloud could not be reached (Failed to fetch)");
      server.browser.cookie = null;
      if (accessToken !== null) current = null;
    },
    signInOptions: () => Promise.resolve({ singleSignOn: false, emailCode: true }),
    startSingleSignOn: () => Promise.reject(new AuthFailure("unauthenticated", "No single sign-on here")),
    completeSingleSignOn: () => Promise.reject(new AuthFailure("unauthenticated", "No single sign-on here")),
    singleSignOnLogoutUrl: () => Promise.resolve(null),
  };
  return { server, api };
}
